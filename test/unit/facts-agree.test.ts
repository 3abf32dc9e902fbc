// Issue 11 acceptance: the status bar, the progress panel's model, the report, the caseload and
// GP202 agree on "overdue" for the same files, because they all read the core's one fact
// (server/src/core/model/reviews.ts). The files hold each trap that made them disagree in 0.1:
// a no-show "review", a review note dated after today, a closed plan, and a client with two plans
// whose older plan's review must not answer the newer one. The same files carry a positive PHQ-9
// item 9 that must show in the panel's model, the report and the caseload.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { command as caseloadCmd } from '../../server/src/cli/commands/caseload';
import { command as reportCmd } from '../../server/src/cli/commands/report';
import type { CliIO } from '../../server/src/cli/io';
import type { Caseload } from '../../server/src/core/progress';
import { clientProgress, reviewStatus } from '../../server/src/lsp/services/requests';
import { emptyHistory } from '../../server/src/history';
import { lintFiles } from '../helpers/lint';
import { testContext, uriOf } from './lsp/context';

const TODAY = '2026-11-26';

const plan = (client: string, fm: string) => `---\nkind: goal-plan\nclient: ${client}\nclinician: rk\n${fm.trim()}\nproblems:\n  - id: P1\n    text: Low mood\n---\n# Plan\n\n\`\`\`yaml goal\nid: G1\nstatement: Client will lower the PHQ-9 score from 18 to 9 by spring.\nproblem: P1\nmeasure:\n  instrument: PHQ-9\n  baseline: 18\n  target: 9\ndue: 2027-04-01\ninterventions: [Behavioural activation]\n\`\`\`\n`;
const note = (client: string, fm: string) => `---\nkind: session-log\nclient: ${client}\n${fm.trim()}\n---\n## Data\n\nSeen.\n`;

const FILES: Record<string, string> = {
  // C-1: two plans. The old one closed (its missed review is no longer due); the new one's
  // review.next passed with only a no-show "review", a review note dated next week, and a review
  // held during the old plan: overdue.
  'clients/C-1/plan-2026a.md': plan('C-1', 'created: 2026-01-05\nclosed: 2026-06-30\nstatus: closed\nreview:\n  next: 2026-05-01'),
  'clients/C-1/plan-2026b.md': plan('C-1', 'created: 2026-07-15\nreview:\n  every: 90d\n  last: 2026-07-15\n  next: 2026-10-01'),
  'clients/C-1/sessions/2026-06-01.md': note('C-1', 'date: 2026-06-01\nreview: true\ngoals:\n  G1:\n    decision: continue'),
  'clients/C-1/sessions/2026-10-02.md': note('C-1', 'date: 2026-10-02\ntype: no-show\nreview: true'),
  'clients/C-1/sessions/2026-11-20.md': note('C-1', 'date: 2026-11-20\ngoals:\n  G1:\n    progress: 0\nmeasures:\n  PHQ-9:\n    score: 14\n    items: [2, 2, 2, 2, 2, 1, 1, 1, 1]'),
  'clients/C-1/sessions/2026-12-01.md': note('C-1', 'date: 2026-12-01\nreview: true\ngoals:\n  G1:\n    decision: continue\nmeasures:\n  PHQ-9: 9'),
  // C-2: review held on time: not overdue.
  'clients/C-2/plan.md': plan('C-2', 'created: 2026-07-01\nreview:\n  next: 2026-10-01'),
  'clients/C-2/sessions/2026-10-05.md': note('C-2', 'date: 2026-10-05\nreview: true\ngoals:\n  G1:\n    decision: continue\nrisk: Denies thoughts of self-harm.'),
  // C-3: closed plan with a past review.next: not overdue (SPEC 5.1).
  'clients/C-3/plan.md': plan('C-3', 'created: 2026-02-01\nclosed: 2026-09-30\nreview:\n  next: 2026-08-01'),
};

async function runCli(cmd: { run(argv: string[], io: CliIO): Promise<number> }, argv: string[], cwd: string): Promise<string> {
  let out = '';
  let err = '';
  const code = await cmd.run(argv, { cwd, stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  assert.equal(code, 0, err);
  return out;
}

describe('facts: every view agrees on "overdue" (issue 11)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-agree-'));
    for (const [rel, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('status bar, panel model, report, caseload and GP202 name the same overdue plan', async () => {
    const expected = { 'C-1': true, 'C-2': false, 'C-3': false };

    // GP202 (the rule, as the editor and `goalplan lint` run it).
    const gp202 = lintFiles(FILES, { today: TODAY }).filter((d) => d.rule === 'GP202').map((d) => d.uri);
    assert.deepEqual(gp202, ['clients/C-1/plan-2026b.md']);

    // The status bar (the server's goalplan/reviewStatus service), on each client's newest note or plan.
    const ctx = testContext(FILES, { today: TODAY });
    const bar = Object.fromEntries(Object.keys(expected).map((c) => {
      const file = Object.keys(FILES).filter((f) => f.startsWith(`clients/${c}/`)).sort().pop()!;
      const st = reviewStatus(ctx, { uri: uriOf(file) });
      assert.ok(st, file);
      return [c, st.overdue];
    }));
    assert.deepEqual(bar, expected, 'status bar');
    assert.equal(reviewStatus(ctx, { uri: uriOf('clients/C-1/plan-2026a.md') })?.closed, true, 'the old plan shows closed, not overdue');
    assert.equal(reviewStatus(ctx, { uri: uriOf('clients/C-1/plan-2026a.md') })?.overdue, false);

    // The progress panel's model (goalplan/progress).
    const panel = Object.fromEntries(Object.keys(expected).map((c) => {
      const p = clientProgress(ctx, { client: c }, emptyHistory());
      return [c, p.reviews.some((r) => r.status === 'overdue')];
    }));
    assert.deepEqual(panel, expected, 'panel');
    const c1 = clientProgress(ctx, { client: 'C-1' }, emptyHistory());
    assert.deepEqual(c1.reviews.filter((r) => r.status === 'overdue').map((r) => r.planUri), [uriOf('clients/C-1/plan-2026b.md')]);
    assert.ok(!c1.reviews.some((r) => r.session?.uri.endsWith('2026-10-02.md') || r.session?.uri.endsWith('2026-12-01.md')), 'the no-show and the future note are no reviews');

    // The caseload (`goalplan caseload --format json`).
    const load = JSON.parse(await runCli(caseloadCmd, ['--format', 'json', '--today', TODAY, '--no-history', '.'], dir)) as Caseload;
    assert.deepEqual(Object.fromEntries(load.rows.map((r) => [r.client, r.reviewsOverdue > 0])), expected, 'caseload');

    // The report (`goalplan report --all`): each client's reviews table says "overdue" only for C-1.
    const html = await runCli(reportCmd, ['--all', '--today', TODAY, '--no-history', '.'], dir);
    const overdueIn = (client: string) => {
      const start = html.indexOf(`data-client="${client}"`);
      const end = html.indexOf('data-client="', start + 20);
      const part = html.slice(start, end === -1 ? undefined : end);
      const reviews = part.slice(part.indexOf('data-table="reviews"'), part.indexOf('data-table="sessions"'));
      return />overdue</.test(reviews);
    };
    assert.deepEqual(Object.fromEntries(Object.keys(expected).map((c) => [c, overdueIn(c)])), expected, 'report');
  });

  it('a positive PHQ-9 item 9 shows in the panel model, the report and the caseload, risk first', async () => {
    const ctx = testContext(FILES, { today: TODAY });
    const p = clientProgress(ctx, { client: 'C-1' }, emptyHistory());
    assert.equal(p.openRisk?.date, '2026-11-20');
    assert.equal(p.alerts[0].kind, 'open-risk');
    assert.deepEqual(p.sessions.find((s) => s.date === '2026-11-20')?.risk?.map((m) => [m.instrument, m.item, m.value]), [['PHQ-9', 9, 1]]);

    const load = JSON.parse(await runCli(caseloadCmd, ['--format', 'json', '--today', TODAY, '--no-history', '.'], dir)) as Caseload;
    assert.deepEqual(load.rows.map((r) => [r.client, r.openRisk ?? null]), [['C-1', '2026-11-20'], ['C-2', null], ['C-3', null]]);
    const table = await runCli(caseloadCmd, ['--today', TODAY, '--no-history', '.'], dir);
    assert.match(table, /Open risk/);
    assert.match(table, /C-1\s+since 2026-11-20/);

    const html = await runCli(reportCmd, ['--client', 'C-1', '--today', TODAY, '--no-history', '.'], dir);
    const body = html.slice(html.indexOf('<body'));
    const risk = body.indexOf('class="gp-open-risk"');
    assert.ok(risk > 0 && risk < body.indexOf('class="gp-alerts"') && risk < body.indexOf('data-goal='), 'the open risk heads the page, before the alerts and goals');
    assert.match(html, /Positive risk screen on 2026-11-20 \(PHQ-9 item 9 answered 1\) not yet followed up/);
    assert.match(html, /<span[^>]*data-risk="positive"[^>]*>/);
    assert.match(html, /gp-risk-mark/);
    assert.match(html, /Positive risk screen \(PHQ-9 item 9: 1\)/);
  });

  it('a note dated after today is listed apart and never feeds "latest"', async () => {
    const ctx = testContext(FILES, { today: TODAY });
    const p = clientProgress(ctx, { client: 'C-1' }, emptyHistory());
    const g1 = p.goals.find((g) => g.planUri === uriOf('clients/C-1/plan-2026b.md') && g.goalId === 'G1')!;
    assert.deepEqual(g1.latest && [g1.latest.date, g1.latest.value], ['2026-11-20', 14], 'the PHQ-9 9 of the 2026-12-01 note is not "latest"');
    assert.ok(!p.instruments.find((i) => i.instrument === 'PHQ-9')!.points.some((x) => x.date === '2026-12-01'));
    assert.deepEqual(p.sessions.filter((s) => s.future).map((s) => s.date), ['2026-12-01']);
    const html = await runCli(reportCmd, ['--client', 'C-1', '--today', TODAY, '--no-history', '.'], dir);
    assert.match(html, /Dated after today, not counted/);
  });
});
