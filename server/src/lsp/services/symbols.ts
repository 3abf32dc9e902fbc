// Outline: a plan shows its problems and goals (with statements); a session shows its sections
// (headings) and the goals it addresses.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { ParsedDocument, Span } from '../../core/types';
import { toRange } from '../convert';
import { unquoted } from '../cursor';
import { sessionGoalKeys } from '../goals';
import type { ServiceContext } from './types';

/** The outline of a document. */
export function findDocumentSymbols(_ctx: ServiceContext, doc: ParsedDocument): DocumentSymbol[] {
  if (doc.kind === 'goal-plan' && !doc.broken) return planSymbols(doc);
  if (doc.kind === 'session-log' && !doc.broken) return sessionSymbols(doc);
  return [];
}

function sym(doc: ParsedDocument, name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const range = toRange(doc, span);
  // The selection range must lie inside the range.
  const sel = selection.start >= span.start && selection.end <= span.end ? toRange(doc, selection) : range;
  return { name: name || '(unnamed)', kind, range, selectionRange: sel, detail, children };
}

function planSymbols(doc: ParsedDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const fm = doc.frontMatter;
  const problems = doc.plan?.problems;
  if (fm && Array.isArray(problems) && problems.length) {
    const children = problems.map((p, i) => {
      const span = fm.rangeOf(['problems', i], 'value');
      return sym(doc, String(p?.id ?? `#${i + 1}`), SymbolKind.Enum, span, unquoted(doc.text, fm.rangeOf(['problems', i, 'id'])), p?.text);
    });
    out.push(sym(doc, 'Problems', SymbolKind.Namespace, fm.rangeOf(['problems'], 'pair'), fm.rangeOf(['problems'], 'key'), undefined, children));
  }
  for (const b of doc.goalBlocks) {
    const id = b.goal?.id ?? b.idHint;
    const selection = b.goal?.id ? unquoted(doc.text, b.region.rangeOf(['id'])) : b.region.outerSpan;
    out.push(sym(doc, String(id ?? 'goal'), SymbolKind.Object, b.region.outerSpan, selection, b.goal?.statement));
  }
  return out;
}

function sessionSymbols(doc: ParsedDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const fm = doc.frontMatter;
  const goals = sessionGoalKeys(doc);
  if (fm && goals.length) {
    const children = goals.map((g) => sym(doc, g.id, SymbolKind.Object, fm.rangeOf(['goals', g.id], 'pair'), g.span));
    out.push(sym(doc, 'Goals addressed', SymbolKind.Namespace, fm.rangeOf(['goals'], 'pair'), fm.rangeOf(['goals'], 'key'), goals.map((g) => g.id).join(', '), children));
  }
  // Sections nest by heading depth.
  const stack: Array<{ depth: number; sym: DocumentSymbol }> = [];
  for (const h of doc.headings) {
    const s = sym(doc, h.text, SymbolKind.String, { start: h.span.start, end: h.sectionSpan.end }, h.span, h.empty ? 'empty' : undefined, []);
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    if (stack.length) stack[stack.length - 1].sym.children!.push(s);
    else out.push(s);
    stack.push({ depth: h.depth, sym: s });
  }
  return out;
}
