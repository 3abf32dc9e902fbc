// `--fix`: applies every safe fix, file by file, until nothing changes (at most 10 passes, since
// one fix can reveal or settle another), then writes each changed file atomically. Fixes of one
// pass never overlap: a fix whose edits touch an edit already taken waits for the next pass.
// Inserted line breaks follow the file's own line endings; a file that is not valid UTF-8, or
// was too large to read whole, is never rewritten (its bytes could not be kept). Each pass goes
// through the core's combineFixes, which re-parses the result and drops (with a reason) any fix
// that would break the YAML or change another key's value.
import * as fs from 'node:fs';
import { combineFixes, selectFixes, type DroppedFix } from '../core/edits/fixes';
import type { Diagnostic, TextEdit } from '../core/types';
import { lintAll } from '../core/lint';
import { Workspace } from '../core/model/workspace';
import { parseDocument } from '../core/parse/document';
import { writeFileAtomic, WriteRefusedError, type WriteOps } from '../node/atomicWrite';
import type { ConfigResolver } from '../node/configResolver';
import { dominantEol, editsWithEol } from '../node/eol';
import { readFileSafe, type ReadResult } from '../node/readFile';

export const MAX_PASSES = 10;

export interface FixOutcome {
  /** Files rewritten. */
  written: string[];
  /** Files that could not be written, with an error code (ECHANGED: changed on disk since read). */
  failed: { path: string; code: string; reason?: string }[];
  /** Fixes refused by the core's verification (each file and fix named once). */
  dropped: Array<DroppedFix & { path: string }>;
}

export interface FixOptions {
  /** File operations of the write (tests simulate a crash here). */
  ops?: WriteOps;
  /** Called after the fixes are computed, before anything is written (tests change a file here). */
  beforeWrite?: () => void;
}

export function fixFiles(files: readonly string[], resolver: ConfigResolver, today: string, opts: FixOptions = {}): FixOutcome {
  const ws = new Workspace();
  const read = new Map<string, ReadResult>();
  const seen = new Set<string>();
  for (const f of files) {
    try {
      // A note reached twice (a symlink and its target both listed) is fixed once, through one name.
      const real = fs.realpathSync(f);
      if (seen.has(real)) continue;
      seen.add(real);
      const maxFileSize = resolver.configFor(f).maxFileSize;
      const r = readFileSafe(f, maxFileSize);
      read.set(f, r);
      ws.set(parseDocument(f, r.text, { size: r.size, maxFileSize }));
    } catch {
      // Unreadable files are reported by the lint run that follows.
    }
  }
  const changed = new Set<string>();
  const dropped = new Map<string, DroppedFix & { path: string }>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const diags = lintAll(ws, { today, configFor: (u) => resolver.configFor(u) });
    let any = false;
    for (const [uri, list] of diags) {
      const r = read.get(uri);
      if (!r || !r.lossless || r.truncated) continue;
      const doc = ws.get(uri)!;
      const eol = dominantEol(doc.text);
      const maxFileSize = resolver.configFor(uri).maxFileSize;
      const c = combineFixes(doc, list, { maxFileSize, prepare: (edits) => editsWithEol(edits, eol) });
      for (const d of c.dropped) dropped.set(`${uri}\0${d.rule}\0${d.title}`, { ...d, path: uri });
      if (!c.doc || c.text === doc.text) continue;
      ws.set(c.doc);
      changed.add(uri);
      any = true;
    }
    if (!any) break;
  }
  opts.beforeWrite?.();
  const out: FixOutcome = { written: [], failed: [], dropped: [...dropped.values()] };
  for (const f of [...changed].sort()) {
    const r = read.get(f)!;
    const text = ws.get(f)!.text;
    try {
      writeFileAtomic(f, text, { expected: r, mode: r.mode, ops: opts.ops });
      out.written.push(f);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      out.failed.push(error instanceof WriteRefusedError ? { path: f, code, reason: error.reason } : { path: f, code });
    }
  }
  return out;
}

/** The safe same-file edits `--fix` would consider for one file, before the core verifies them (tests). */
export function pickEdits(diags: readonly Diagnostic[], uri: string): TextEdit[] {
  return selectFixes(diags, uri).taken;
}
