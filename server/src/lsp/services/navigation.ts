// Moving between a note and the goals it serves: definition (a goal id in a session or a
// `parent` -> the goal block in the plan; a `problem` -> the problem entry), references (a plan
// goal id -> every session naming it, and `parent` links), rename of a goal id across the plan
// (`id`, `parent`) and its sessions (`goals` keys) in one WorkspaceEdit, with prepareRename.
import {
  ResponseError, ErrorCodes, type Location, type Position, type Range, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { renameGoal } from '../../core/edits/renameGoal';
import type { ParsedDocument } from '../../core/types';
import { toOffset, toRange } from '../convert';
import { unquoted } from '../cursor';
import { allOccurrences, goalBlockById, goalKeyDocsOfPlan, planOfDoc } from '../goals';
import { targetAt } from './hover';
import type { ServiceContext } from './types';

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
 * Renames the goal id at the position in one WorkspaceEdit; throws InvalidParams (with the
 * core's reason) for a name that cannot be a goal id, is taken, or would damage a file.
 */
export function doRename(ctx: ServiceContext, doc: ParsedDocument, position: Position, newName: string): WorkspaceEdit | null {
  const g = goalAt(ctx, doc, toOffset(doc, position));
  if (!g) return null;
  // The core writes the new id in each place's own YAML context (and the goal's heading, `### G2
  // Contact a friend`), and verifies every file.
  const r = renameGoal(g.plan, goalKeyDocsOfPlan(ctx.workspace, g.plan), g.id, newName, { maxFileSize: (uri) => ctx.configFor(uri).maxFileSize });
  if (!r.ok) throw new ResponseError(ErrorCodes.InvalidParams, r.reason);
  const changes: Record<string, TextEdit[]> = {};
  for (const [uri, edits] of r.edits) {
    const target = ctx.workspace.get(uri)!;
    changes[uri] = edits.map((e) => ({ range: toRange(target, e.span) as Range, newText: e.newText }));
  }
  if (!ctx.features.documentChanges) return { changes };
  // Versioned edits for open documents, so a stale edit is rejected rather than misapplied.
  const documentChanges = Object.entries(changes).map(([uri, edits]) => ({
    textDocument: { uri, version: ctx.versionOf(uri) ?? null },
    edits,
  }));
  return { documentChanges };
}
