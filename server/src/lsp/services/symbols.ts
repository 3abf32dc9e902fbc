// Outline: a plan shows its problems, values, assessment and agreement, and its goals (with
// statements, the client's words and revisions); a session shows its sections (headings) and
// the goals it addresses.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { ParsedDocument, Span } from '../../core/types';
import { toRange } from '../convert';
import { unquoted } from '../cursor';
import { sessionGoalKeys } from '../goals';
import type { ServiceContext } from './types';

/**
 * The outline of a document: nested DocumentSymbols for clients with
 * hierarchicalDocumentSymbolSupport, else the same symbols as a flat SymbolInformation list
 * (each naming its container).
 */
export function findDocumentSymbols(ctx: ServiceContext, doc: ParsedDocument): DocumentSymbol[] | SymbolInformation[] {
  const tree = documentSymbolTree(doc);
  return ctx.features.hierarchicalSymbols ? tree : flatten(doc.uri, tree);
}

/** The nested outline (what a hierarchical client gets). */
export function documentSymbolTree(doc: ParsedDocument): DocumentSymbol[] {
  return doc.broken ? [] : doc.kind === 'goal-plan' ? planSymbols(doc) : doc.kind === 'session-log' ? sessionSymbols(doc) : [];
}

function flatten(uri: string, symbols: DocumentSymbol[], containerName?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(containerName ? { containerName } : {}) });
    out.push(...flatten(uri, s.children ?? [], s.name));
  }
  return out;
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
  if (fm && doc.plan) out.push(...collaborationSymbols(doc, fm));
  for (const b of doc.goalBlocks) {
    const id = b.goal?.id ?? b.idHint;
    const selection = b.goal?.id ? unquoted(doc.text, b.region.rangeOf(['id'])) : b.region.outerSpan;
    const children: DocumentSymbol[] = [];
    const g = b.goal;
    if (g?.client_words !== undefined && b.region.has(['client_words'])) {
      children.push(sym(doc, 'In the client\'s words', SymbolKind.String, b.region.rangeOf(['client_words'], 'pair'), b.region.rangeOf(['client_words'], 'key'), g.client_words));
    }
    if (Array.isArray(g?.revisions) && g.revisions.length && b.region.has(['revisions'])) {
      const revs = g.revisions.map((r, i) => sym(doc, String(r?.date ?? `#${i + 1}`), SymbolKind.Event, b.region.rangeOf(['revisions', i], 'value'), b.region.rangeOf(['revisions', i], 'value'), r?.reason));
      children.push(sym(doc, 'Revisions', SymbolKind.Namespace, b.region.rangeOf(['revisions'], 'pair'), b.region.rangeOf(['revisions'], 'key'), undefined, revs));
    }
    out.push(sym(doc, String(id ?? 'goal'), SymbolKind.Object, b.region.outerSpan, selection, g?.statement, children.length ? children : undefined));
  }
  return out;
}

/** SPEC 5.2's plan keys: values, the assessment's lists, the client's agreement. */
function collaborationSymbols(doc: ParsedDocument, fm: NonNullable<ParsedDocument['frontMatter']>): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const plan = doc.plan!;
  const list = (path: Array<string | number>, items: unknown, name: string): DocumentSymbol | undefined => {
    if (!Array.isArray(items) || !fm.has(path)) return undefined;
    const children = items.map((v, i) => sym(doc, String(v), SymbolKind.String, fm.rangeOf([...path, i], 'value'), fm.rangeOf([...path, i], 'value')));
    return sym(doc, name, SymbolKind.Namespace, fm.rangeOf(path, 'pair'), fm.rangeOf(path, 'key'), `${items.length}`, children);
  };
  const values = list(['values'], plan.values, 'Values');
  if (values) out.push(values);
  if (plan.assessment && fm.has(['assessment'])) {
    const parts = ([['strengths', 'Strengths'], ['needs', 'Needs'], ['preferences', 'Preferences']] as const)
      .map(([k, name]) => list(['assessment', k], plan.assessment?.[k], name))
      .filter((s): s is DocumentSymbol => !!s);
    out.push(sym(doc, 'Assessment', SymbolKind.Namespace, fm.rangeOf(['assessment'], 'pair'), fm.rangeOf(['assessment'], 'key'), undefined, parts));
  }
  if (plan.agreement !== undefined && fm.has(['agreement'])) {
    const entries = Array.isArray(plan.agreement) ? plan.agreement : [plan.agreement];
    const detail = entries.map((a) => [a?.by, a?.method, a?.date].filter(Boolean).join(' ')).join('; ');
    out.push(sym(doc, 'Agreement', SymbolKind.Key, fm.rangeOf(['agreement'], 'pair'), fm.rangeOf(['agreement'], 'key'), detail));
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
