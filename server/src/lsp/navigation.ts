// Moving between a note and the goals it serves: definition (a goal id in a session or a
// `parent` -> the goal block in the plan; a `problem` -> the problem entry), references (a plan
// goal id -> every session naming it, and `parent` links), rename of a goal id across the plan
// (`id`, `parent`) and its sessions (`goals` keys) in one WorkspaceEdit, with prepareRename.
import {
  ResponseError, ErrorCodes, type DefinitionParams, type Location, type PrepareRenameParams, type Range, type ReferenceParams,
  type RenameParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { ParsedDocument } from '../core/types';
import type { ServerContext } from './context';
import { toOffset, toRange } from './convert';
import { unquoted } from './cursor';
import { allOccurrences, goalBlockById, planOfDoc } from './goals';
import { targetAt } from './hover';

/** Goal ids are written as plain YAML scalars: no whitespace, no YAML indicators. */
const VALID_ID = /^[^\s:#,\[\]{}&*!|>'"%@`-][^\s:#,\[\]{}]*$/;

export function registerNavigation(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onDefinition((p: DefinitionParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? definition(ctx, doc, toOffset(doc, p.position)) : null;
  });
  connection.onReferences((p: ReferenceParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? references(ctx, doc, toOffset(doc, p.position), p.context.includeDeclaration) : null;
  });
  connection.onPrepareRename((p: PrepareRenameParams) => {
    const doc = ctx.get(p.textDocument.uri);
    if (!doc) return null;
    const g = goalAt(ctx, doc, toOffset(doc, p.position));
    return g ? { range: toRange(doc, g.span), placeholder: g.id } : null;
  });
  connection.onRenameRequest((p: RenameParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? rename(ctx, doc, toOffset(doc, p.position), p.newName) : null;
  });
}

/** A goal id under the cursor that resolves to a plan (for rename and references). */
function goalAt(ctx: ServerContext, doc: ParsedDocument, offset: number) {
  const { target } = targetAt(doc, offset);
  if (target?.kind !== 'goal') return undefined;
  const plan = planOfDoc(ctx.workspace, doc);
  if (!plan || !goalBlockById(plan, target.id)?.goal) return undefined;
  return { id: target.id, span: unquoted(doc.text, target.span), plan };
}

export function definition(ctx: ServerContext, doc: ParsedDocument, offset: number): Location | null {
  const { target } = targetAt(doc, offset);
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

export function references(ctx: ServerContext, doc: ParsedDocument, offset: number, includeDeclaration: boolean): Location[] | null {
  const g = goalAt(ctx, doc, offset);
  if (!g) return null;
  return allOccurrences(ctx.workspace, g.plan, g.id)
    .filter((o) => includeDeclaration || o.role !== 'definition')
    .map((o) => ({ uri: o.uri, range: toRange(ctx.get(o.uri)!, o.span) }));
}

export function rename(ctx: ServerContext, doc: ParsedDocument, offset: number, newName: string): WorkspaceEdit | null {
  const g = goalAt(ctx, doc, offset);
  if (!g) return null;
  if (!VALID_ID.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is not a valid goal id (no spaces or YAML punctuation).`);
  if (newName !== g.id && goalBlockById(g.plan, newName)) throw new ResponseError(ErrorCodes.InvalidParams, `The plan already has a goal ${newName}.`);
  const changes: Record<string, TextEdit[]> = {};
  for (const o of allOccurrences(ctx.workspace, g.plan, g.id)) {
    const target = ctx.get(o.uri)!;
    (changes[o.uri] ??= []).push({ range: toRange(target, o.span) as Range, newText: newName });
  }
  if (!ctx.documentChanges) return { changes };
  // Versioned edits for open documents, so a stale edit is rejected rather than misapplied.
  const documentChanges = Object.entries(changes).map(([uri, edits]) => ({
    textDocument: { uri, version: ctx.open.get(uri)?.version ?? null },
    edits,
  }));
  return { documentChanges };
}
