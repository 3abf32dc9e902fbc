// GoalPlan's own requests: progress, caseload, clients, newSessionNote, reviewStatus, state.
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as path from 'node:path';
import type { ClientProgress, Caseload } from '../../server/src/core/progress/types';
import { Methods, type ClientSummary, type NewSessionNoteResult, type ReviewStatus, type ServerState } from '../../server/src/shared/lspProtocol';
import { codes, LspSession } from './harness';
import { clinic } from './fixtures';

describe('lsp: custom requests', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: clinic(), initializationOptions: { trusted: false, today: '2026-11-26', didChangeProgress: true } });
    await s.waitForDiagnostics('clients/C-0100/sessions/2026-11-10.md', (d) => codes(d).includes('GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  it('goalplan/clients lists each client with its plan and sessions', async () => {
    const list = await s.request<ClientSummary[]>(Methods.clients, {});
    assert.deepEqual(list.map((c) => [c.client, c.sessions, c.lastSession, c.nextReview]), [
      ['C-0100', 2, '2026-11-10', '2027-01-29'],
      ['C-0200', 1, '2026-11-12', undefined],
    ]);
    assert.equal(list[0].plan, path.join('clients', 'C-0100', 'plan.md'));
  });

  it('goalplan/progress returns the client progress model (no history when untrusted)', async () => {
    const p = await s.request<ClientProgress>(Methods.progress, { client: 'C-0100' });
    assert.equal(p.client, 'C-0100');
    assert.equal(p.today, '2026-11-26');
    assert.deepEqual(p.goals.map((g) => g.goalId), ['G1', 'G2']);
    assert.deepEqual(p.sessions.map((x) => x.date), ['2026-10-13', '2026-11-10']);
    assert.deepEqual(p.history, { available: false, reason: 'untrusted' });
    await assert.rejects(s.request(Methods.progress, { client: 'C-9999' }), /unknown client/);
  });

  it('goalplan/caseload returns one row per client', async () => {
    const c = await s.request<Caseload>(Methods.caseload, {});
    assert.deepEqual(c.rows.map((r) => r.client), ['C-0100', 'C-0200']);
  });

  it('goalplan/newSessionNote: next to existing sessions, active goals, the last format\'s sections', async () => {
    const r = await s.request<NewSessionNoteResult>(Methods.newSessionNote, { client: 'C-0100' });
    assert.equal(r.path, path.join(s.root, 'clients', 'C-0100', 'sessions', '2026-11-26.md'));
    assert.deepEqual(r.goals, ['G1', 'G2']);
    assert.equal(r.format, 'SOAP');
    assert.match(r.text, /^---\nkind: session-log\nclient: C-0100\ndate: 2026-11-26\n/);
    assert.match(r.text, /^goals:\n {2}G1:\n {2}G2:\n---$/m);
    for (const h of ['Subjective', 'Objective', 'Assessment', 'Plan']) assert.match(r.text, new RegExp(`^## ${h}$`, 'm'));
    // The editor inserts the same note as a snippet: cursor in the first section, then a stop per
    // goal level and value and per measure of the active goals (here G1's PHQ-9), all empty.
    assert.match(r.snippet, /^## Subjective\n\n\$\{1\}$/m);
    assert.match(r.snippet, /^ {2}G1:\n {4}progress: \$\{2\}$/m);
    assert.match(r.snippet, /^measures:\n {2}PHQ-9: \$\{\d+\}$/m);
    // Written as is, the note parses and links to its plan (no GP001/GP002/GP301/GP307).
    s.open('clients/C-0100/sessions/2026-11-26.md', r.text);
    const d = await s.currentDiagnostics('clients/C-0100/sessions/2026-11-26.md', 'the new note');
    for (const bad of ['GP001', 'GP002', 'GP301', 'GP302', 'GP307']) assert.ok(!codes(d).includes(bad), `${bad} in the new note`);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri('clients/C-0100/sessions/2026-11-26.md') } });
  });

  it('goalplan/newSessionNote: only goals active on the date; a client without sessions gets plan/sessions', async () => {
    const early = await s.request<NewSessionNoteResult>(Methods.newSessionNote, { client: 'C-0100', date: '2026-10-01' });
    assert.deepEqual(early.goals, ['G1'], 'G2 starts 2026-11-01');
    const none = await s.request<NewSessionNoteResult>(Methods.newSessionNote, { client: 'C-0999', date: '2026-11-26' });
    assert.equal(none.path, path.join(s.root, 'clients', 'C-0999', 'sessions', '2026-11-26.md'));
    assert.deepEqual(none.goals, []);
    await assert.rejects(s.request(Methods.newSessionNote, { client: 'has space' }), /client id/);
  });

  it('goalplan/reviewStatus: next review of the file\'s client, overdue or not', async () => {
    const ok = await s.request<ReviewStatus>(Methods.reviewStatus, { uri: s.uri('clients/C-0100/sessions/2026-10-13.md') });
    assert.deepEqual([ok.client, ok.nextReview, ok.overdue], ['C-0100', '2027-01-29', false]);
    const none = await s.request<ReviewStatus>(Methods.reviewStatus, { uri: s.uri('clients/C-0200/plan.md') });
    assert.equal(none.nextReview, undefined);
    assert.equal(await s.request(Methods.reviewStatus, { uri: s.uri('notes/readme.md') }), null);
    // Past review.next with no review session: overdue.
    s.settings = { today: '2027-02-01' };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics('clients/C-0100/plan.md', (d) => codes(d).includes('GP202'), 'GP202 once today is 2027-02-01');
    const late = await s.request<ReviewStatus>(Methods.reviewStatus, { uri: s.uri('clients/C-0100/plan.md') });
    assert.equal(late.overdue, true);
    s.settings = {};
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics('clients/C-0100/plan.md', (d) => !codes(d).includes('GP202'), 'GP202 gone again');
  });

  it('goalplan/didChangeProgress (opted in) names the client whose files changed', async () => {
    const seen = new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no goalplan/didChangeProgress naming only C-0200')), 10_000);
      // Earlier tests' setting changes may still announce every client: wait for the edit's own message.
      s.conn.onNotification(Methods.didChangeProgress, (p: { clients: string[] }) => {
        if (p.clients.join() !== 'C-0200') return;
        clearTimeout(timer);
        resolve(p.clients);
      });
    });
    const rel = 'clients/C-0200/sessions/2026-11-12.md';
    s.open(rel);
    s.change(rel, [{ range: { start: { line: 14, character: 0 }, end: { line: 14, character: 0 } }, text: 'x' }]);
    assert.deepEqual(await seen, ['C-0200']);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('goalplan/state reports trust and that no git process ran', async () => {
    const st = await s.request<ServerState>(Methods.state, {});
    assert.equal(st.trusted, false);
    assert.equal(st.gitRuns, 0);
    assert.equal(st.indexedFiles, 5);
    s.conn.sendNotification(Methods.trustChanged, { trusted: true });
    assert.equal((await s.request<ServerState>(Methods.state, {})).trusted, true);
  });
});

describe('lsp: history in a trusted git workspace', function () {
  let s: LspSession;
  before(async function () {
    const git = cp.spawnSync('git', ['--version']);
    if (git.status !== 0) this.skip(); // no git on this machine: nothing to read
    s = await LspSession.start({ files: clinic(), initializationOptions: { trusted: true, today: '2026-11-26' } });
    const run = (...args: string[]) => {
      const r = cp.spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: s.root, encoding: 'utf8' });
      assert.equal(r.status, 0, `git ${args[0]}: ${r.stderr}`);
    };
    run('init', '-q', '-b', 'main');
    run('add', '.');
    run('commit', '-q', '-m', 'clinic');
    await s.waitForDiagnostics('clients/C-0100/sessions/2026-11-10.md', (d) => codes(d).includes('GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  it('goalplan/progress carries the git history and counts the git processes', async () => {
    const p = await s.request<ClientProgress>(Methods.progress, { client: 'C-0100' });
    assert.equal(p.history.available, true);
    assert.equal(p.plans[0].revisions.length, 1);
    const st = await s.request<ServerState>(Methods.state, {});
    assert.ok(st.gitRuns > 0, 'git processes are counted');
    // Untrusted from now on: no further git process.
    s.conn.sendNotification(Methods.trustChanged, { trusted: false });
    const again = await s.request<ClientProgress>(Methods.progress, { client: 'C-0100' });
    assert.deepEqual(again.history, { available: false, reason: 'untrusted' });
    assert.equal((await s.request<ServerState>(Methods.state, {})).gitRuns, st.gitRuns);
  });
});
