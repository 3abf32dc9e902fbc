// Reads, parses and lints a set of files with full cross-file context among them. The CLI runs
// this once over every file, or once per worker over a shard of whole clients, or once per
// changed client with --cache: the rules only look across files of the same client
// (WorkspaceView is keyed by client), so each way gives the same diagnostics for a file.
import { lintAll } from '../core/lint';
import { clientOf, Workspace } from '../core/model/workspace';
import { parseDocument } from '../core/parse/document';
import { positionAt } from '../core/parse/lines';
import type { Diagnostic, ParsedDocument, Severity } from '../core/types';
import type { ConfigResolver } from './configResolver';
import { clientIn } from './clientHint';
import { injectRuleFaultsFromEnv } from './faults';
import { readFileSafe } from './readFile';

injectRuleFaultsFromEnv();

/** One diagnostic with 1-based line and column (UTF-16 code units, as editors count). */
export interface OutDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  alias: string;
  message: string;
  /** True when a safe fix exists (`--fix` would apply it). */
  fixable: boolean;
}

export interface FileResult {
  /** Absolute path. */
  path: string;
  /** sha256 of the bytes read. */
  hash?: string;
  /** The client the file is indexed under, when it is. */
  client?: string;
  diagnostics: OutDiagnostic[];
  /** I/O error code when the file could not be read (nothing else is known about it). */
  error?: string;
}

/** A rule that threw on a file: a bug, reported by rule and file only (never note text). */
export interface RuleError {
  rule: string;
  /** Absolute path. */
  path: string;
}

export interface LintRun {
  results: FileResult[];
  ruleErrors: RuleError[];
}

/** Each (rule, file) once, in file then rule order. */
export function uniqueRuleErrors(errors: readonly RuleError[]): RuleError[] {
  const seen = new Map<string, RuleError>();
  for (const e of errors) seen.set(`${e.path}\0${e.rule}`, e);
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

export interface LoadedFile {
  doc: ParsedDocument;
  hash: string;
}

/** Reads and parses one file; throws only on I/O errors. */
export function loadFile(file: string, resolver: ConfigResolver): LoadedFile {
  const maxFileSize = resolver.configFor(file).maxFileSize;
  const r = readFileSafe(file, maxFileSize);
  return { doc: parseDocument(file, r.text, { size: r.size, maxFileSize }), hash: r.hash };
}

/**
 * Lints files with full cross-file context. Files are read once, grouped by client (a cheap
 * guess from the front matter head), and each group is parsed and linted on its own, so only
 * one client's parsed documents are alive at a time: a 12,000-file run stays small and the
 * garbage collector stays out of the way. A client the guess split over two groups (e.g. an
 * id written with a YAML tag or escapes) is linted again as a whole, so the result is exactly
 * that of one workspace holding every file.
 */
export function lintPaths(files: readonly string[], resolver: ConfigResolver, today: string): LintRun {
  const results = new Map<string, FileResult>();
  const texts = new Map<string, { text: string; size: number; hash: string }>();
  const groups = new Map<string, string[]>();
  for (const file of files) {
    try {
      const r = readFileSafe(file, resolver.configFor(file).maxFileSize);
      texts.set(file, { text: r.text, size: r.size, hash: r.hash });
      const hint = r.truncated ? undefined : clientIn(r.text.slice(0, 4096));
      const key = hint !== undefined ? `c:${hint}` : `f:${file}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(file);
    } catch (error) {
      results.set(file, { path: file, diagnostics: [], error: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  }
  const ruleErrors: RuleError[] = [];
  const groupOf = new Map<string, string>();
  const clientGroups = new Map<string, Set<string>>();
  for (const [key, members] of groups) {
    for (const r of lintGroup(members, texts, resolver, today, ruleErrors)) {
      results.set(r.path, r);
      groupOf.set(r.path, key);
      if (r.client !== undefined) {
        let set = clientGroups.get(r.client);
        if (!set) clientGroups.set(r.client, (set = new Set()));
        set.add(key);
      }
    }
  }
  const split = new Set([...clientGroups].filter(([, g]) => g.size > 1).map(([c]) => c));
  if (split.size > 0) {
    const again = files.filter((f) => { const c = results.get(f)?.client; return c !== undefined && split.has(c); });
    for (const r of lintGroup(again, texts, resolver, today, ruleErrors)) results.set(r.path, r);
  }
  return { results: files.map((f) => results.get(f)!), ruleErrors: uniqueRuleErrors(ruleErrors) };
}

/** One workspace over the given (already read) files. */
function lintGroup(files: readonly string[], texts: ReadonlyMap<string, { text: string; size: number; hash: string }>, resolver: ConfigResolver, today: string, ruleErrors: RuleError[]): FileResult[] {
  const ws = new Workspace();
  const out: FileResult[] = [];
  for (const file of files) {
    const t = texts.get(file)!;
    const doc = parseDocument(file, t.text, { size: t.size, maxFileSize: resolver.configFor(file).maxFileSize });
    ws.set(doc);
    out.push({ path: file, hash: t.hash, client: clientOf(doc), diagnostics: [] });
  }
  const lint = lintAll(ws, {
    today,
    configFor: (uri) => resolver.configFor(uri),
    onRuleError: (rule, uri) => ruleErrors.push({ rule: rule.id, path: uri }),
  });
  for (const r of out) {
    const doc = ws.get(r.path)!;
    r.diagnostics = (lint.get(r.path) ?? []).map((d) => toOut(doc.text, doc.lineStarts, d));
  }
  return out;
}

export function toOut(text: string, lineStarts: readonly number[], d: Diagnostic): OutDiagnostic {
  const s = positionAt(lineStarts, d.span.start);
  const e = positionAt(lineStarts, d.span.end);
  // Editors do not count a BOM as a column.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const col = (p: { line: number; character: number }) => (p.line === 0 ? Math.max(0, p.character - bom) : p.character) + 1;
  return {
    line: s.line + 1,
    column: col(s),
    endLine: e.line + 1,
    endColumn: col(e),
    severity: d.severity,
    rule: d.rule,
    alias: d.alias,
    message: d.message,
    fixable: !!d.fixes?.some((f) => f.safe && (!f.uri || f.uri === d.uri)),
  };
}
