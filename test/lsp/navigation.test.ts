// Hover, definition, references, prepareRename, rename and document symbols over stdio: one
// round trip per request (what each feature answers is tested in test/unit/lsp/navigation.test.ts).
import * as assert from 'node:assert/strict';
import type { DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { applyTextEdits, at, codes, editsByUri, LspSession } from './harness';
import { clinic } from './fixtures';

const PLAN = 'clients/C-0100/plan.md';
const SESSION_A = 'clients/C-0100/sessions/2026-10-13.md';
const SESSION_B = 'clients/C-0100/sessions/2026-11-10.md';

describe('lsp: hover, navigation, rename, symbols', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: clinic() });
    await s.waitForDiagnostics(SESSION_B, (d) => codes(d).includes('GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  const hover = async (rel: string, needle: string, delta = 0) => {
    const uri = s.open(rel);
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(s.text(rel), needle, delta) });
    return h ? (typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : JSON.stringify(h.contents)) : '';
  };

  it("hover on a session's goal id: statement, measure, due and latest values", async () => {
    const text = await hover(SESSION_B, '  G1:', 3);
    assert.match(text, /reduce PHQ-9 score from 15 to 7/);
    assert.match(text, /Measure: PHQ-9 from 15 to 7/);
    assert.match(text, /Due: 2027-06-01/);
    // Latest values newest first: the PHQ-9 score under `measures` is the goal's value.
    assert.match(text, /Latest: 2026-11-10: value 11, GAS \+1 · 2026-10-13: value 13, GAS 0/);
  });

  it('definition: a session goal id goes to the goal block in the plan', async () => {
    const uri = s.open(SESSION_B);
    const loc = await s.request<Location>('textDocument/definition', { textDocument: { uri }, position: at(s.text(SESSION_B), '  G2:', 2) });
    assert.equal(loc.uri, s.uri(PLAN));
    const plan = s.fileText(PLAN);
    assert.deepEqual(loc.range.start, at(plan, 'id: G2', 4));
    // A parent goes to its goal; a problem id to the problems entry.
    const planUri = s.open(PLAN);
    const p = await s.request<Location>('textDocument/definition', { textDocument: { uri: planUri }, position: at(plan, 'parent: G1', 8) });
    assert.deepEqual(p.range.start, at(plan, 'id: G1', 4));
    const pr = await s.request<Location>('textDocument/definition', { textDocument: { uri: planUri }, position: at(plan, 'problem: P2', 9) });
    assert.deepEqual(pr.range.start, at(plan, 'id: P2', 4));
  });

  it('references: a plan goal id -> every session naming it (and its parent links)', async () => {
    const uri = s.open(PLAN);
    const plan = s.fileText(PLAN);
    const refs = await s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: at(plan, 'id: G1', 4), context: { includeDeclaration: true } });
    const where = refs.map((r) => `${r.uri.slice(s.uri('').length + 1)}:${r.range.start.line}`).sort();
    assert.deepEqual(where, [
      `clients/C-0100/plan.md:${at(plan, 'id: G1').line}`,
      `clients/C-0100/plan.md:${at(plan, 'parent: G1').line}`,
      `clients/C-0100/sessions/2026-10-13.md:${at(s.fileText(SESSION_A), '  G1:').line}`,
      `clients/C-0100/sessions/2026-11-10.md:${at(s.fileText(SESSION_B), '  G1:').line}`,
    ].sort());
    const noDecl = await s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: at(plan, 'id: G1', 4), context: { includeDeclaration: false } });
    assert.equal(noDecl.length, 3);
  });

  it('prepareRename answers only on goal ids', async () => {
    const uri = s.open(SESSION_B);
    const text = s.text(SESSION_B);
    const ok = await s.request<{ placeholder: string } | null>('textDocument/prepareRename', { textDocument: { uri }, position: at(text, '  G1:', 2) });
    assert.equal(ok?.placeholder, 'G1');
    const no = await s.request<unknown>('textDocument/prepareRename', { textDocument: { uri }, position: at(text, 'type: therapy', 8) });
    assert.equal(no, null);
    // G7 is not a goal of the plan: nothing to rename.
    const g7 = await s.request<unknown>('textDocument/prepareRename', { textDocument: { uri }, position: at(text, '  G7:', 2) });
    assert.equal(g7, null);
  });

  it('rename a goal id across the plan (id, parent) and its sessions in one WorkspaceEdit', async () => {
    const uri = s.open(SESSION_A);
    const edit = await s.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at(s.text(SESSION_A), '  G1:', 3), newName: 'G10' });
    const byUri = editsByUri(edit);
    assert.deepEqual([...byUri.keys()].sort(), [s.uri(PLAN), s.uri(SESSION_A), s.uri(SESSION_B)].sort());
    const plan = applyTextEdits(s.fileText(PLAN), byUri.get(s.uri(PLAN))!);
    assert.match(plan, /^id: G10$/m);
    assert.match(plan, /^parent: G10$/m);
    assert.doesNotMatch(plan, /^id: G1$/m);
    // The heading that starts with the id, and nothing else in the plan's text.
    assert.match(plan, /^### G10 Lower depressive symptoms$/m);
    assert.equal(byUri.get(s.uri(PLAN))!.length, 3, 'id, parent and heading');
    for (const rel of [SESSION_A, SESSION_B]) assert.match(applyTextEdits(s.text(rel), byUri.get(s.uri(rel))!), /^ {2}G10:$/m);
    // Applied in the editor, the workspace stays consistent: no unknown goal appears.
    for (const rel of [PLAN, SESSION_A, SESSION_B]) {
      const u = s.open(rel);
      s.applyToOpen(u, byUri.get(u)!);
    }
    const d = await s.currentDiagnostics(SESSION_A, 'session re-checked after the rename');
    assert.ok(!codes(d).includes('GP301'), codes(d).join(','));
    const b = await s.currentDiagnostics(SESSION_B, 'the other session re-checked');
    assert.equal(b.filter((y) => y.code === 'GP301').length, 1, 'only G7 stays unknown');
    for (const rel of [PLAN, SESSION_A, SESSION_B]) s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('rename refuses an id that is taken or not an id', async () => {
    const uri = s.open(PLAN, s.fileText(PLAN));
    const pos = at(s.text(PLAN), 'id: G2', 4);
    await assert.rejects(s.request('textDocument/rename', { textDocument: { uri }, position: pos, newName: 'G1' }), /already has a goal G1/);
    await assert.rejects(s.request('textDocument/rename', { textDocument: { uri }, position: pos, newName: 'my goal' }), /cannot be a goal id: a goal id cannot contain spaces/);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('symbols: a plan lists problems and goals with statements', async () => {
    const uri = s.open(PLAN, s.fileText(PLAN));
    const syms = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms.map((x) => x.name), ['Problems', 'G1', 'G2']);
    assert.deepEqual(syms[0].children!.map((c) => `${c.name}: ${c.detail}`), ['P1: Low mood most days', 'P2: Withdrawn from friends']);
    assert.match(syms[2].detail ?? '', /phone or meet one friend/);
    assert.deepEqual(syms[1].selectionRange.start, at(s.text(PLAN), 'id: G1', 4));
  });
});
