// Code actions: each diagnostic's fixes as quick fixes (the first safe fix preferred; a snippet
// fix as a snippet edit only where the client accepts one), "fix all
// <rule> in file", source.fixAll.goalplan (every safe fix of the file), and suppressing a
// diagnostic with `<!-- goalplan-disable-next-line ID -->` in Markdown or
// `# goalplan-disable-line ID` at the end of a YAML line.
import {
  CodeActionKind, type CodeAction, type CodeActionContext, type Range, type SnippetTextEdit, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { combineFixes, soundFixes } from '../../core/edits/fixes';
import { positionAt } from '../../core/parse/lines';
import type { Diagnostic, Fix, ParsedDocument, TextEdit } from '../../core/types';
import { overlaps, sameRange, toLspEdit, toRange } from '../convert';
import { parseLine, regionAt } from '../cursor';
import { SOURCE, toLspDiagnostic } from './diagnostics';
import type { ServiceContext } from './types';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.goalplan`;
export const codeActionKinds = [CodeActionKind.QuickFix, FIX_ALL_KIND];

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * The code actions for a range of a document. `current`: the core diagnostics last published
 * for it (they carry the fixes); `context`: what the client sent (its diagnostics, `only`).
 */
export function getCodeActions(
  ctx: ServiceContext,
  doc: ParsedDocument,
  current: readonly Diagnostic[],
  range: Range,
  context: CodeActionContext,
): CodeAction[] {
  const toLsp = (d: Diagnostic) => toLspDiagnostic(ctx, doc, d);
  const only = context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    // The diagnostics the client sends back, matched to ours by rule and range (ours carry the fixes).
    const asked = context.diagnostics.filter((d) => d.source === SOURCE);
    const matched = current.filter((d) => {
      const r = toRange(doc, d.span);
      return asked.length ? asked.some((a) => a.code === d.rule && sameRange(a.range, r)) : overlaps(r, range);
    });
    for (const d of matched) {
      const lsp = toLsp(d);
      let preferred = false;
      // Only fixes the core verified (re-parsed: no new GP001, no other key changed) are offered;
      // a refused one is left out.
      const sound = soundFixes(doc, d, { maxFileSize: ctx.configFor(doc.uri).maxFileSize }).fixes;
      for (const fix of sound) {
        // A snippet fix (GP209, GP210: keys for the clinician to fill in) goes, with its tab stops,
        // only to a client that accepts snippet edits. As plain text it would either leave a literal
        // `$1` or, stops emptied, empty keys that GP002 reports while GP209/GP210 stay: not a fix.
        if (fix.snippet && !ctx.features.snippetEdits) continue;
        const edit = fix.snippet ? snippetEditOf(doc, fix, ctx.versionOf(doc.uri)) : workspaceEditOf(ctx, doc, [fix]);
        if (!edit) continue;
        const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit };
        // The first safe fix is the one to apply without asking (only for clients that read isPreferred).
        if (fix.safe && !preferred) {
          preferred = true;
          if (ctx.features.preferredCodeActions) action.isPreferred = true;
        }
        out.push(action);
      }
      const sameRule = current.filter((x) => x.rule === d.rule && x.fixes?.some((f) => f.safe));
      if (sameRule.length > 1 && sound.some((f) => f.safe)) {
        const edit = combinedEdit(ctx, doc, sameRule);
        if (edit) out.push({ title: `Fix all ${d.rule} (${d.alias}) in this file`, kind: CodeActionKind.QuickFix, diagnostics: sameRule.map(toLsp), edit });
      }
      const suppress = suppressionEdit(doc, d);
      if (suppress) {
        out.push({
          title: `Suppress ${d.rule} (${d.alias}) on this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: { changes: { [doc.uri]: [toLspEdit(doc, suppress)] } },
        });
      }
    }
  }
  if (wants(only, FIX_ALL_KIND) && (only?.length ?? 0) > 0) {
    const fixable = current.filter((d) => d.fixes?.some((f) => f.safe));
    const edit = fixable.length ? combinedEdit(ctx, doc, fixable) : undefined;
    if (edit) out.push({ title: 'Fix all GoalPlan problems in this file', kind: FIX_ALL_KIND, diagnostics: fixable.map(toLsp), edit });
  }
  return out;
}

/**
 * The first safe fix of each diagnostic, skipping any that overlaps an earlier one, as verified
 * together by the core (combineFixes): a fix that would break the file is left out.
 */
export function combinedEdit(ctx: ServiceContext, doc: ParsedDocument, diags: readonly Diagnostic[]): WorkspaceEdit | undefined {
  const c = combineFixes(doc, diags, { maxFileSize: ctx.configFor(doc.uri).maxFileSize });
  return c.edits.length ? workspaceEditOf(ctx, doc, [{ title: 'fix all', edits: c.edits, safe: true }]) : undefined;
}

/**
 * A snippet fix as a workspace edit: SnippetTextEdits in a TextDocumentEdit (LSP 3.18), the only
 * place a snippet edit may stand, for the version of the document the fix was computed on.
 */
function snippetEditOf(doc: ParsedDocument, fix: Fix, version: number | undefined): WorkspaceEdit | undefined {
  if (fix.uri && fix.uri !== doc.uri) return undefined;
  const edits: SnippetTextEdit[] = fix.edits.map((e) => ({ range: toRange(doc, e.span), snippet: { kind: 'snippet', value: e.newText } }));
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: version ?? null }, edits }] };
}

function workspaceEditOf(ctx: ServiceContext, doc: ParsedDocument, fixes: Fix[]): WorkspaceEdit | undefined {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const fix of fixes) {
    const uri = fix.uri ?? doc.uri;
    const target = uri === doc.uri ? doc : ctx.workspace.get(uri);
    if (!target) return undefined;
    for (const e of fix.edits) (changes[uri] ??= []).push(toLspEdit(target, e));
  }
  return { changes };
}

/**
 * Where a suppression comment can go without changing what the file means: a `#` comment at the
 * end of a YAML line (not inside a block scalar, where `#` would be text), or an HTML comment
 * line before a Markdown body line.
 */
export function suppressionEdit(doc: ParsedDocument, d: Diagnostic): TextEdit | undefined {
  const line = positionAt(doc.lineStarts, d.span.start).line;
  const start = doc.lineStarts[line];
  const end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
  const text = doc.text.slice(start, end).replace(/\r?\n$/, '');
  const region = regionAt(doc, d.span.start);
  if (region) {
    if (d.span.start < region.contentSpan.start || insideBlockScalar(doc, region.contentSpan.start, line) || parseLine(text).blank) return undefined;
    const existing = /#[ \t]*goalplan-disable-line\b[^\r\n]*/.exec(text);
    if (existing) return { span: { start: start + existing.index + existing[0].length, end: start + existing.index + existing[0].length }, newText: ` ${d.rule}` };
    return { span: { start: start + text.length, end: start + text.length }, newText: ` # goalplan-disable-line ${d.rule}` };
  }
  // Before the front matter nothing may stand; the body is Markdown.
  if (d.span.start < doc.bodySpan.start) return undefined;
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start, end: start }, newText: `${indent}<!-- goalplan-disable-next-line ${d.rule} -->${eol}` };
}

/** True when `line` continues a `|` or `>` block scalar opened on a less indented line above it. */
function insideBlockScalar(doc: ParsedDocument, regionStart: number, line: number): boolean {
  const lineText = (l: number) => doc.text.slice(doc.lineStarts[l], (doc.lineStarts[l + 1] ?? doc.text.length)).replace(/\r?\n$/, '');
  const indentOf = (t: string) => /^[ ]*/.exec(t)![0].length;
  let limit = indentOf(lineText(line));
  for (let l = line - 1; l >= 0 && doc.lineStarts[l] >= regionStart; l--) {
    const t = lineText(l);
    if (t.trim() === '') continue;
    const ind = indentOf(t);
    if (ind >= limit) continue;
    if (/[:-][ \t]+[|>][+-]?\d*[ \t]*(#.*)?$/.test(t) || /^[ \t]*[|>][+-]?\d*[ \t]*$/.test(t)) return true;
    limit = ind;
    if (ind === 0) break;
  }
  return false;
}
