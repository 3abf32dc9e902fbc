// Moving between a note and the goals it serves: definition (a goal id in a session or a
// `parent` -> the goal block in the plan; a `problem` -> the problem entry), references (a plan
// goal id -> every session naming it, and `parent` links), rename of a goal id across the plan
// (`id`, `parent`) and its sessions (`goals` keys) in one WorkspaceEdit, with prepareRename.
import {
  ResponseError, ErrorCodes, type Location, type Position, type Range, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ParsedDocument, Span } from '../../core/types';
import { toOffset, toRange } from '../convert';
import { unquoted } from '../cursor';
import { allOccurrences, goalBlockById, planOfDoc } from '../goals';
import { targetAt } from './hover';
import type { ServiceContext } from './types';

/** Goal ids are written as plain YAML scalars: no whitespace, no YAML indicators. */
const VALID_ID = /^[^\s:#,\[\]{}&*!|>'"%@`-][^\s:#,\[\]{}]*$/;

/**
 * The id at the start of each heading of the plan that begins with it as a whole word
 * (`### G2 Contact…`, `## G2: …`; not `### G20`, not an id later in the heading).
 */
export function headingIdSpans(plan: ParsedDocument, id: string): Span[] {
  const out: Span[] = [];
  for (const h of plan.headings) {
    const line = plan.text.slice(h.span.start, h.span.end);
    const m = /^[ \t]{0,3}#{1,6}[ \t]+/.exec(line);
    if (!m || !line.startsWith(id, m[0].length)) continue;
    // The id must end there: `G2 `, `G2:`, `G2.` end it; `G20`, `G2a`, `G2.1`, `G2-b` do not.
    if (/^[.-]?[\p{L}\p{N}_]/u.test(line.slice(m[0].length + id.length))) continue;
    const start = h.span.start + m[0].length;
    out.push({ start, end: start + id.length });
  }
  return out;
}

/** A goal id under the cursor that resolves to a plan (for rename and references). */
function goalAt(ctx: ServiceContext, doc: ParsedDocument, offset: number) {
  const { target } = targetAt(doc, offset);
  if (target?.kind !== 'goal') return undefined;
  const plan = planOfDoc(ctx.workspace, doc);
  if (!plan || !goalBlockById(plan, target.id)?.goal) return undefined;
  return { id: target.id, span: unquoted(doc.text, target.span), plan };
}

/** Where the goal or problem id at the position is defined. */
export function findDefinition(ctx: ServiceContext, doc: ParsedDocument, position: Position): Location | null {
  const { target } = targetAt(doc, toOffset(doc, position));
  if (target?.kind === 'goal') {
    const plan = planOfDoc(ctx.workspace, doc);
    const block = plan && goalBlockById(plan, target.id);
    if (!plan || !block) return null;
    const span = block.goal ? unquoted(plan.text, block.region.rangeOf(['id'])) : block.region.outerSpan;
    return { uri: plan.uri, range: toRange(plan, span) };
  }
  if (target?.kind === 'problem' && doc.plan?.problems && doc.frontMatter) {
    const i = doc.plan.problems.findIndex((p) => p?.id === target.id);
    if (i === -1) return null;
    return { uri: doc.uri, range: toRange(doc, unquoted(doc.text, doc.frontMatter.rangeOf(['problems', i, 'id']))) };
  }
  return null;
}

/** Every place the goal id at the position is written (its `id:` only with includeDeclaration). */
export function findReferences(ctx: ServiceContext, doc: ParsedDocument, position: Position, includeDeclaration: boolean): Location[] | null {
  const g = goalAt(ctx, doc, toOffset(doc, position));
  if (!g) return null;
  return allOccurrences(ctx.workspace, g.plan, g.id)
    .filter((o) => includeDeclaration || o.role !== 'definition')
    .map((o) => ({ uri: o.uri, range: toRange(ctx.workspace.get(o.uri)!, o.span) }));
}

/** The goal id at the position and its range, when it can be renamed (it names a goal of a plan). */
export function prepareRename(ctx: ServiceContext, doc: ParsedDocument, position: Position): { range: Range; placeholder: string } | null {
  const g = goalAt(ctx, doc, toOffset(doc, position));
  return g ? { range: toRange(doc, g.span), placeholder: g.id } : null;
}

/**
 * Renames the goal id at the position in one WorkspaceEdit; throws InvalidParams for a name
 * that is not an id or is taken.
 */
export function doRename(ctx: ServiceContext, doc: ParsedDocument, position: Position, newName: string): WorkspaceEdit | null {
  const g = goalAt(ctx, doc, toOffset(doc, position));
  if (!g) return null;
  if (!VALID_ID.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is not a valid goal id (no spaces or YAML punctuation).`);
  if (newName !== g.id && goalBlockById(g.plan, newName)) throw new ResponseError(ErrorCodes.InvalidParams, `The plan already has a goal ${newName}.`);
  const changes: Record<string, TextEdit[]> = {};
  for (const o of allOccurrences(ctx.workspace, g.plan, g.id)) {
    const target = ctx.workspace.get(o.uri)!;
    (changes[o.uri] ??= []).push({ range: toRange(target, o.span) as Range, newText: newName });
  }
  // The goal's Markdown heading names it too (`### G2 Contact a friend`): renamed with it.
  for (const span of headingIdSpans(g.plan, g.id)) (changes[g.plan.uri] ??= []).push({ range: toRange(g.plan, span), newText: newName });
  if (!ctx.features.documentChanges) return { changes };
  // Versioned edits for open documents, so a stale edit is rejected rather than misapplied.
  const documentChanges = Object.entries(changes).map(([uri, edits]) => ({
    textDocument: { uri, version: ctx.versionOf(uri) ?? null },
    edits,
  }));
  return { documentChanges };
}
