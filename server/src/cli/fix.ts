// `--fix`: applies every safe fix, file by file, until nothing changes (at most 10 passes, since
// one fix can reveal or settle another), then writes each changed file atomically. Fixes of one
// pass never overlap: a fix whose edits touch an edit already taken waits for the next pass.
// Inserted line breaks follow the file's own line endings; a file that is not valid UTF-8, or
// was too large to read whole, is never rewritten (its bytes could not be kept).
import { lintAll } from '../core/lint';
import { Workspace } from '../core/model/workspace';
import { parseDocument } from '../core/parse/document';
import type { Diagnostic, Fix, TextEdit } from '../core/types';
import { writeFileAtomic, type WriteOps } from '../node/atomicWrite';
import type { ConfigResolver } from '../node/configResolver';
import { dominantEol, editsWithEol } from '../node/eol';
import { readFileSafe, type ReadResult } from '../node/readFile';

export const MAX_PASSES = 10;

export interface FixOutcome {
  /** Files rewritten. */
  written: string[];
  /** Files that could not be written, with an error code (ECHANGED: changed on disk since read). */
  failed: { path: string; code: string }[];
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
  for (const f of files) {
    try {
      const maxFileSize = resolver.configFor(f).maxFileSize;
      const r = readFileSafe(f, maxFileSize);
      read.set(f, r);
      ws.set(parseDocument(f, r.text, { size: r.size, maxFileSize }));
    } catch {
      // Unreadable files are reported by the lint run that follows.
    }
  }
  const changed = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const diags = lintAll(ws, { today, configFor: (u) => resolver.configFor(u) });
    let any = false;
    for (const [uri, list] of diags) {
      const r = read.get(uri);
      if (!r || !r.lossless || r.truncated) continue;
      const doc = ws.get(uri)!;
      const edits = pickEdits(list, uri);
      if (edits.length === 0) continue;
      const text = applyEdits(doc.text, editsWithEol(edits, dominantEol(doc.text)));
      if (text === doc.text) continue;
      const maxFileSize = resolver.configFor(uri).maxFileSize;
      ws.set(parseDocument(uri, text, { maxFileSize }));
      changed.add(uri);
      any = true;
    }
    if (!any) break;
  }
  opts.beforeWrite?.();
  const out: FixOutcome = { written: [], failed: [] };
  for (const f of [...changed].sort()) {
    const r = read.get(f)!;
    const text = ws.get(f)!.text;
    try {
      writeFileAtomic(f, text, { expected: r, mode: r.mode, ops: opts.ops });
      out.written.push(f);
    } catch (error) {
      out.failed.push({ path: f, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  }
  return out;
}

/** Safe same-file fixes in diagnostic order, skipping any that overlaps one already taken. */
export function pickEdits(diags: readonly Diagnostic[], uri: string): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const d of diags) {
    const fix = d.fixes?.find((f) => isApplicable(f, uri));
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => i !== j && overlaps(e, o)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}

function isApplicable(f: Fix, uri: string): boolean {
  return f.safe && !f.snippet && (!f.uri || f.uri === uri) && f.edits.length > 0;
}

/** Overlapping ranges, or two edits at the same start (their order would be ambiguous). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end);
}

/** Applies non-overlapping edits from the end so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}
