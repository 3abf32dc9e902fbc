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
import { readFileSafe } from './readFile';

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

export interface LintRun {
  results: FileResult[];
  /** "rule GP309 failed on FILE" lines: a bug in a rule, reported by name only (never note text). */
  ruleErrors: string[];
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

export function lintPaths(files: readonly string[], resolver: ConfigResolver, today: string): LintRun {
  const ws = new Workspace();
  const results = new Map<string, FileResult>();
  for (const file of files) {
    try {
      const { doc, hash } = loadFile(file, resolver);
      ws.set(doc);
      results.set(file, { path: file, hash, client: clientOf(doc), diagnostics: [] });
    } catch (error) {
      results.set(file, { path: file, diagnostics: [], error: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  }
  const ruleErrors: string[] = [];
  const lint = lintAll(ws, {
    today,
    configFor: (uri) => resolver.configFor(uri),
    onRuleError: (rule, uri) => ruleErrors.push(`rule ${rule.id} failed on ${uri}`),
  });
  for (const [uri, diags] of lint) {
    const doc = ws.get(uri)!;
    results.get(uri)!.diagnostics = diags.map((d) => toOut(doc.text, doc.lineStarts, d));
  }
  return { results: files.map((f) => results.get(f)!), ruleErrors };
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
