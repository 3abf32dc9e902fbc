// Hover, definition, references, rename and document symbols as plain functions over the
// in-memory clinic (test/lsp/fixtures.ts).
import * as assert from 'node:assert/strict';
import type { DocumentSymbol, Hover, WorkspaceEdit } from 'vscode-languageserver';
import { doHover } from '../../../server/src/lsp/services/hover';
import { doRename, findDefinition, findReferences, prepareRename } from '../../../server/src/lsp/services/navigation';
import { findDocumentSymbols } from '../../../server/src/lsp/services/symbols';
import { applyTextEdits, at, editsByUri } from '../../lsp/harness';
import { clinic } from '../../lsp/fixtures';
import { testContext, uriOf, type TestContext } from './context';

const PLAN = 'clients/C-0100/plan.md';
const SESSION_A = 'clients/C-0100/sessions/2026-10-13.md';
const SESSION_B = 'clients/C-0100/sessions/2026-11-10.md';

describe('lsp services: hover, navigation, rename, symbols', () => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = testContext(clinic());
  });
  const text = (rel: string) => ctx.doc(rel).text;
  const valueOf = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
  const hover = (rel: string, needle: string, delta = 0) => valueOf(doHover(ctx, ctx.doc(rel), at(text(rel), needle, delta)));

  it("hover on a session's goal id: statement, measure, due and latest values", () => {
    const h = hover(SESSION_B, '  G1:', 3);
    assert.match(h, /reduce PHQ-9 score from 15 to 7/);
    assert.match(h, /Measure: PHQ-9 from 15 to 7/);
    assert.match(h, /Due: 2027-06-01/);
    // Latest values newest first: the PHQ-9 score under `measures` is the goal's value.
    assert.match(h, /Latest: 2026-11-10: value 11, GAS \+1 · 2026-10-13: value 13, GAS 0/);
  });

  it('hover on a parent id and on a plan goal id', () => {
    assert.match(hover(PLAN, 'parent: G1', 9), /reduce PHQ-9 score/);
    assert.match(hover(PLAN, 'id: G2', 4), /phone or meet one friend/);
  });

  it('hover on a key shows its schema description; on a problem id its text; on an instrument its facts', () => {
    assert.match(hover(SESSION_A, 'cpt:', 1), /CPT/i);
    assert.match(hover(PLAN, 'problem: P2', 10), /Withdrawn from friends/);
    assert.match(hover(PLAN, 'instrument: PHQ-9', 13), /Reliable change: 6/);
  });

  it('hover on plain prose says nothing', () => {
    assert.equal(doHover(ctx, ctx.doc(SESSION_A), at(text(SESSION_A), 'Calm, on time', 3)), null);
  });

  it('definition: a session goal id goes to the goal block in the plan; a parent to its goal; a problem to its entry', () => {
    const loc = findDefinition(ctx, ctx.doc(SESSION_B), at(text(SESSION_B), '  G2:', 2));
    assert.equal(loc?.uri, uriOf(PLAN));
    assert.deepEqual(loc?.range.start, at(text(PLAN), 'id: G2', 4));
    const plan = ctx.doc(PLAN);
    assert.deepEqual(findDefinition(ctx, plan, at(plan.text, 'parent: G1', 8))?.range.start, at(plan.text, 'id: G1', 4));
    assert.deepEqual(findDefinition(ctx, plan, at(plan.text, 'problem: P2', 9))?.range.start, at(plan.text, 'id: P2', 4));
    // G7 is not in the plan: nowhere to go.
    assert.equal(findDefinition(ctx, ctx.doc(SESSION_B), at(text(SESSION_B), '  G7:', 2)), null);
  });

  it('references: a plan goal id -> every session naming it (and its parent links)', () => {
    const plan = ctx.doc(PLAN);
    const refs = findReferences(ctx, plan, at(plan.text, 'id: G1', 4), true) ?? [];
    const where = refs.map((r) => `${ctx.relative(r.uri)}:${r.range.start.line}`).sort();
    assert.deepEqual(where, [
      `${PLAN}:${at(plan.text, 'id: G1').line}`,
      `${PLAN}:${at(plan.text, 'parent: G1').line}`,
      `${SESSION_A}:${at(text(SESSION_A), '  G1:').line}`,
      `${SESSION_B}:${at(text(SESSION_B), '  G1:').line}`,
    ].sort());
    assert.equal(findReferences(ctx, plan, at(plan.text, 'id: G1', 4), false)?.length, 3);
  });

  it('prepareRename answers only on goal ids of the plan', () => {
    const doc = ctx.doc(SESSION_B);
    assert.equal(prepareRename(ctx, doc, at(doc.text, '  G1:', 2))?.placeholder, 'G1');
    assert.equal(prepareRename(ctx, doc, at(doc.text, 'type: therapy', 8)), null);
    assert.equal(prepareRename(ctx, doc, at(doc.text, '  G7:', 2)), null);
  });

  it('rename a goal id across the plan (id, parent) and its sessions in one WorkspaceEdit', () => {
    const edit = doRename(ctx, ctx.doc(SESSION_A), at(text(SESSION_A), '  G1:', 3), 'G10') as WorkspaceEdit;
    const byUri = editsByUri(edit);
    assert.deepEqual([...byUri.keys()].sort(), [uriOf(PLAN), uriOf(SESSION_A), uriOf(SESSION_B)].sort());
    const plan = applyTextEdits(text(PLAN), byUri.get(uriOf(PLAN))!);
    assert.match(plan, /^id: G10$/m);
    assert.match(plan, /^parent: G10$/m);
    assert.doesNotMatch(plan, /^id: G1$/m);
    for (const rel of [SESSION_A, SESSION_B]) assert.match(applyTextEdits(text(rel), byUri.get(uriOf(rel))!), /^ {2}G10:$/m);
    // The goal's heading starts with its id: renamed too.
    assert.match(plan, /^### G10 Lower depressive symptoms$/m);
  });

  it('rename changes a heading that starts with the id, and no other heading or text', () => {
    const planText = text(PLAN)
      .replace('# Plan C-0100', '# Plan C-0100\n\n## G1: summary\n\n## G10 is another id\n\n## About G1\n\nG1 in prose.');
    ctx.put(PLAN, planText);
    const edit = doRename(ctx, ctx.doc(PLAN), at(planText, 'id: G1', 4), 'G9')!;
    const out = applyTextEdits(planText, editsByUri(edit).get(uriOf(PLAN))!);
    assert.match(out, /^## G9: summary$/m);
    assert.match(out, /^### G9 Lower depressive symptoms$/m);
    assert.match(out, /^## G10 is another id$/m);
    assert.match(out, /^## About G1$/m);
    assert.match(out, /^G1 in prose\.$/m);
    assert.match(out, /^### G2 Contact a friend every week$/m);
    // Exactly: id, parent, two headings (the sessions' keys are in their own files).
    assert.equal(editsByUri(edit).get(uriOf(PLAN))!.length, 4);
  });

  it('rename: versioned documentChanges when the client supports them (open files carry their version)', () => {
    const c = testContext(clinic(), { capabilities: { workspace: { workspaceEdit: { documentChanges: true } } }, open: { [SESSION_A]: 4 } });
    const edit = doRename(c, c.doc(SESSION_A), at(c.doc(SESSION_A).text, '  G1:', 3), 'G10')!;
    assert.equal(edit.changes, undefined);
    const versions = Object.fromEntries((edit.documentChanges ?? []).map((d) => ('textDocument' in d ? [c.relative(d.textDocument.uri), d.textDocument.version] : ['', null])));
    assert.deepEqual(versions, { [PLAN]: null, [SESSION_A]: 4, [SESSION_B]: null });
  });

  it('rename refuses an id that is taken or not an id', () => {
    const plan = ctx.doc(PLAN);
    const pos = at(plan.text, 'id: G2', 4);
    assert.throws(() => doRename(ctx, plan, pos, 'G1'), /already has a goal G1/);
    assert.throws(() => doRename(ctx, plan, pos, 'my goal'), /cannot be a goal id: a goal id cannot contain spaces/);
  });

  it('symbols: a plan lists problems and goals with statements', () => {
    const syms = findDocumentSymbols(ctx, ctx.doc(PLAN)) as DocumentSymbol[];
    assert.deepEqual(syms.map((x) => x.name), ['Problems', 'G1', 'G2']);
    assert.deepEqual(syms[0].children!.map((c) => `${c.name}: ${c.detail}`), ['P1: Low mood most days', 'P2: Withdrawn from friends']);
    assert.match(syms[2].detail ?? '', /phone or meet one friend/);
    assert.deepEqual(syms[1].selectionRange.start, at(text(PLAN), 'id: G1', 4));
  });

  it('symbols: a session lists the goals addressed and its sections', () => {
    const syms = findDocumentSymbols(ctx, ctx.doc(SESSION_B)) as DocumentSymbol[];
    assert.deepEqual(syms.map((x) => x.name), ['Goals addressed', 'Subjective', 'Objective', 'Assessment', 'Plan']);
    assert.deepEqual(syms[0].children!.map((c) => c.name), ['G1', 'G2', 'G7']);
  });
});
