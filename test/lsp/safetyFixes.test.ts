// The version-2 safety rules' quick fixes over a real stdio connection (issue 11 acceptance):
// GP006's rename and GP208's review record are offered as code actions, preferred (safe) and
// applied; GP212's mark met / discontinued record a clinical outcome: offered, never preferred,
// never part of fix-all.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { codes, editsByUri, LspSession, positionOf } from './harness';

const PLAN = (client: string, front: string, goal: string) => [
  '---', 'kind: goal-plan', `client: ${client}`, 'clinician: rk', 'created: 2026-06-01', ...front.split('\n'), '---', '',
  '```yaml goal', 'id: G1', 'statement: Client will walk 20 minutes on 4 mornings each week.', ...goal.split('\n'), 'due: 2027-06-01', '```', '',
].join('\n');

const FILES: Record<string, string> = {
  // GP208: a review held on 2026-09-28, the plan still at review.last 2026-07-01.
  'clients/C-0801/plan.md': PLAN('C-0801', 'review:\n  every: 90d\n  last: 2026-07-01\n  next: 2026-09-29', 'measure:\n  instrument: PHQ-9\n  baseline: 12\n  target: 5'),
  'clients/C-0801/sessions/2026-09-28.md': ['---', 'kind: session-log', 'client: C-0801', 'date: 2026-09-28', 'review: true',
    'goals:', '  G1: {progress: 0, decision: continue}', 'measures:', '  PHQ9: 11', '---', '', 'Review.', ''].join('\n'),
  // GP212: a closed plan with an active goal.
  'clients/C-0802/plan.md': PLAN('C-0802', 'status: closed\nclosed: 2026-10-30\nreview:\n  every: 90d\n  last: 2026-09-01\n  next: 2026-11-30', ''),
};

describe('lsp: quick fixes of the safety rules (GP006, GP208, GP212)', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: FILES });
    await s.waitForDiagnostics('clients/C-0801/plan.md', (d) => codes(d).includes('GP208'), 'workspace indexed');
  });
  after(async () => s?.stop());

  async function actionsFor(rel: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.uri(rel) }, range: d.range, context: { diagnostics: [d], only } });
  }

  async function applyAndRelint(rel: string, action: CodeAction): Promise<{ text: string; after: Diagnostic[] }> {
    const uri = s.uri(rel);
    const original = s.text(rel);
    const edits = editsByUri(action.edit!);
    const text = s.applyToOpen(uri, edits.get(uri)!);
    const after = await s.currentDiagnostics(rel, `re-lint after "${action.title}"`);
    s.change(rel, [{ range: { start: { line: 0, character: 0 }, end: positionOf(text, text.length) }, text: original }]);
    await s.currentDiagnostics(rel, 're-lint of the original text');
    return { text, after };
  }

  it('GP006: the rename is a preferred quick fix and applying it clears the diagnostic', async () => {
    const rel = 'clients/C-0801/sessions/2026-09-28.md';
    s.open(rel);
    const d = (await s.currentDiagnostics(rel, 'session')).find((x) => x.code === 'GP006')!;
    assert.ok(d, 'GP006 on PHQ9');
    const [fix] = (await actionsFor(rel, d, ['quickfix'])).filter((a) => a.isPreferred);
    assert.equal(fix?.title, 'Change `PHQ9` to `PHQ-9`');
    const { text, after } = await applyAndRelint(rel, fix);
    assert.match(text, /^ {2}PHQ-9: 11$/m);
    assert.deepEqual(codes(after).filter((c) => ['GP001', 'GP002', 'GP006'].includes(c)), []);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('GP208: the review record is a preferred quick fix and part of fix-all', async () => {
    const rel = 'clients/C-0801/plan.md';
    s.open(rel);
    const d = (await s.currentDiagnostics(rel, 'plan')).find((x) => x.code === 'GP208')!;
    const [fix] = (await actionsFor(rel, d, ['quickfix'])).filter((a) => a.isPreferred);
    assert.ok(fix, 'a preferred fix');
    const { text, after } = await applyAndRelint(rel, fix);
    assert.match(text, /^ {2}last: 2026-09-28\n {2}next: 2026-12-27$/m);
    assert.ok(!codes(after).includes('GP208'));
    const all = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri(rel) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.goalplan'] },
    });
    assert.equal(all.length, 1);
    assert.ok(!codes((await applyAndRelint(rel, all[0])).after).includes('GP208'));
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('GP212: mark met / discontinued are offered, never preferred, never in fix-all', async () => {
    const rel = 'clients/C-0802/plan.md';
    s.open(rel);
    const d = (await s.currentDiagnostics(rel, 'plan')).find((x) => x.code === 'GP212')!;
    const fixes = (await actionsFor(rel, d, ['quickfix'])).filter((a) => a.title.startsWith('Mark '));
    assert.deepEqual(fixes.map((a) => a.title), ['Mark G1 met (closed 2026-10-30)', 'Mark G1 discontinued (closed 2026-10-30)']);
    assert.deepEqual(fixes.filter((a) => a.isPreferred), []);
    const { text, after } = await applyAndRelint(rel, fixes[0]);
    assert.match(text, /^status: met\nclosed: 2026-10-30$/m);
    assert.ok(!codes(after).includes('GP212'));
    const all = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri(rel) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.goalplan'] },
    });
    assert.ok(all.every((a) => !(a.diagnostics ?? []).some((x) => x.code === 'GP212')), 'fix-all never records an outcome');
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });
});
