// Diagnostics over a real JSON-RPC connection: workspace-wide push at start, exact ranges, rule
// doc links, cross-file updates after a plan edit (the session is never touched), the file
// watcher, .goalplan.yaml changes and the today setting.
import * as assert from 'node:assert/strict';
import { codes, describe as fmt, LspSession, at, positionOf } from './harness';
import { clinic, PLAN_100 } from './fixtures';

const PLAN = 'clients/C-0100/plan.md';
const SESSION = 'clients/C-0100/sessions/2026-11-10.md';

describe('lsp: diagnostics', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: clinic() });
  });
  after(async () => s?.stop());

  it('pushes diagnostics for files nobody opened, on the exact token', async () => {
    const d = await s.waitForDiagnostics(SESSION, (x) => codes(x).includes('GP301'), 'GP301 at start');
    const gp301 = d.filter((x) => x.code === 'GP301');
    assert.equal(gp301.length, 1, fmt(d));
    const text = s.fileText(SESSION);
    assert.deepEqual(gp301[0].range, { start: at(text, '  G7:', 2), end: at(text, '  G7:', 4) });
    assert.equal(gp301[0].source, 'goalplan');
    assert.equal(gp301[0].severity, 1);
    assert.match(String(gp301[0].codeDescription?.href), /^file:\/\/.*\/docs\/rules\/GP301\.md$/);
  });

  it('a file that is not a goal file gets no diagnostics', async () => {
    await s.waitForDiagnostics('clients/C-0200/plan.md', (x) => codes(x).includes('GP201'), 'GP201 (index done)');
    assert.equal(s.diagnostics.get(s.uri('notes/readme.md')), undefined);
  });

  it('a plan edit re-checks its sessions at once, without touching them', async () => {
    await s.waitForDiagnostics(SESSION, (x) => codes(x).includes('GP301'), 'GP301 before the edit');
    s.open(PLAN);
    const addG7 = '\n```yaml goal\nid: G7\nstatement: Client will attend 4 of 4 scheduled group sessions each month.\ntype: behavioral\nhorizon: long-term\nproblem: P2\nmeasure:\n  instrument: count\n  baseline: 1\n  target: 4\n  unit: sessions per month\nstart: 2026-09-01\ndue: 2027-06-01\ninterventions:\n  - Group schedule, monthly, rk\n```\n';
    const end = positionOf(PLAN_100, PLAN_100.length);
    s.change(PLAN, [{ range: { start: end, end }, text: addG7 }]);
    await s.nextDiagnostics(SESSION, (x) => !codes(x).includes('GP301'), 'GP301 to clear after G7 was added');
    // And back: renaming the new goal's id inside its block (an incremental edit in one goal region).
    const text = s.text(PLAN);
    const idAt = at(text, 'id: G7', 4);
    s.change(PLAN, [{ range: { start: idAt, end: { line: idAt.line, character: idAt.character + 2 } }, text: 'G8' }]);
    await s.nextDiagnostics(SESSION, (x) => codes(x).includes('GP301'), 'GP301 to return after G7 became G8');
    // Closing the plan brings back its disk copy (unsaved edits are dropped from the model).
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(PLAN) } });
    await s.waitForDiagnostics(SESSION, (x) => codes(x).includes('GP301'), 'GP301 with the disk copy of the plan');
  });

  it('an edit inside a goal block is reported at the new place', async () => {
    s.open(PLAN);
    const text = s.text(PLAN);
    const p = at(text, 'problem: P2', 9);
    s.change(PLAN, [{ range: { start: p, end: { line: p.line, character: p.character + 2 } }, text: 'P9' }]);
    const d = await s.nextDiagnostics(PLAN, (x) => codes(x).includes('GP113'), 'GP113 after typing an unknown problem');
    const gp113 = d.find((x) => x.code === 'GP113')!;
    assert.deepEqual(gp113.range, { start: p, end: { line: p.line, character: p.character + 2 } });
    s.change(PLAN, [{ range: { start: p, end: { line: p.line, character: p.character + 2 } }, text: 'P2' }]);
    await s.nextDiagnostics(PLAN, (x) => !codes(x).includes('GP113'), 'GP113 to clear');
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(PLAN) } });
  });

  it('the file watcher picks up a new session written on disk', async () => {
    const rel = 'clients/C-0100/sessions/2026-11-24.md';
    s.writeFile(rel, s.fileText(SESSION).replace('date: 2026-11-10', 'date: 2026-11-24').replace(/date: 2026-11-10/g, 'date: 2026-11-24'));
    s.watched([{ rel, type: 1 }]);
    await s.waitForDiagnostics(rel, (x) => codes(x).includes('GP301'), 'GP301 in the new file');
    s.watched([{ rel, type: 3 }]);
    await s.nextDiagnostics(rel, (x) => x.length === 0, 'diagnostics cleared for the deleted file');
  });

  it('a .goalplan.yaml change re-resolves the configuration', async () => {
    await s.waitForDiagnostics(SESSION, (x) => codes(x).includes('GP301'), 'GP301 before the config');
    s.writeFile('.goalplan.yaml', 'rules:\n  unknown-goal: off\n');
    s.watched([{ rel: '.goalplan.yaml', type: 1 }]);
    await s.nextDiagnostics(SESSION, (x) => !codes(x).includes('GP301'), 'GP301 off by config');
    s.writeFile('.goalplan.yaml', 'rules:\n  GP301: warning\n');
    s.watched([{ rel: '.goalplan.yaml', type: 2 }]);
    const d = await s.nextDiagnostics(SESSION, (x) => codes(x).includes('GP301'), 'GP301 back as a warning');
    assert.equal(d.find((x) => x.code === 'GP301')!.severity, 2);
  });

  it('the today setting re-checks date rules', async () => {
    // On 2026-11-05 the 2026-11-10 note lies in the future (GP306).
    s.settings = { today: '2026-11-05' };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.nextDiagnostics(SESSION, (x) => codes(x).includes('GP306'), 'GP306 with today = 2026-11-05');
    s.settings = {};
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.nextDiagnostics(SESSION, (x) => !codes(x).includes('GP306'), 'GP306 gone with the init today');
  });

  it('rule severities from the editor setting apply over the files', async () => {
    s.settings = { rules: { GP301: 'info' } };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const d = await s.nextDiagnostics(SESSION, (x) => x.some((y) => y.code === 'GP301' && y.severity === 3), 'GP301 as info');
    assert.ok(d.length > 0);
    s.settings = {};
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('logs name files and rules, never note text (PHI)', () => {
    assert.ok(s.logs.some((l) => /indexed \d+ goal files/.test(l)), s.logs.join('\n'));
    const all = s.logs.join('\n') + s.stderr;
    for (const prose of ['reduce PHQ-9', 'phone or meet', 'Low mood', 'Withdrawn', 'walk with a neighbour', 'Brighter affect', 'Went for a walk']) {
      assert.ok(!all.includes(prose), `log contains note text "${prose}"`);
    }
  });

  it('registers file watchers and config change notifications with the client', () => {
    assert.ok(s.registrations.includes('workspace/didChangeWatchedFiles'), s.registrations.join(','));
    assert.ok(s.registrations.includes('workspace/didChangeConfiguration'), s.registrations.join(','));
  });
});

describe('lsp: .goalplan.yaml diagnostics', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: { ...clinic(), '.goalplan.yaml': 'rules:\n  GP999: off\n  vague-wording: warning\n' } });
  });
  after(async () => s?.stop());

  it('a config file is checked like any other file', async () => {
    const d = await s.waitForDiagnostics('.goalplan.yaml', (x) => x.length > 0, 'a diagnostic on the unknown rule name');
    assert.equal(d.length, 1, fmt(d));
    assert.equal(d[0].range.start.line, 1, 'on the GP999 line');
    s.writeFile('.goalplan.yaml', 'rules:\n  vague-wording: warning\n');
    s.watched([{ rel: '.goalplan.yaml', type: 2 }]);
    await s.nextDiagnostics('.goalplan.yaml', (x) => x.length === 0, 'the config diagnostics to clear');
  });
});
