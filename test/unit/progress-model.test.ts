import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/parse/document';
import { Workspace } from '../../server/src/core/model/workspace';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { buildProgress, caseload, type ClientProgress, type WorkspaceHistory, type CommitInfo } from '../../server/src/core/progress';

const TODAY = '2026-11-26';

const PLAN = `---
kind: goal-plan
client: C-1
clinician: rk
created: 2026-09-01
review:
  every: 90d
  last: 2026-09-01
  next: 2026-11-15
problems:
  - id: P1
    text: Low mood most days
---
# Plan for C-1

### G1 Mood

\`\`\`yaml goal
id: G1
statement: Client will reduce PHQ-9 from 18 to 9 or less within 16 weeks.
problem: P1
measure:
  instrument: PHQ-9
  baseline: 18
  target: 9
due: 2026-12-20
weight: 2
\`\`\`

### G2 Meetings

\`\`\`yaml goal
id: G2
statement: Client will speak in 3 of 4 weekly team meetings per month.
measure:
  instrument: count
  baseline: 0
  target: 3
  unit: meetings per month
due: 2026-12-01
\`\`\`

\`\`\`yaml goal
id: G3
statement: Client will complete 2 sleep diaries per week for 4 weeks.
status: met
closed: 2026-10-15
due: 2026-10-30
\`\`\`

\`\`\`yaml goal
id: G4
statement: Client will attend 2 social activities per week by December.
start: 2026-10-01
due: 2027-01-01
\`\`\`
`;

const S1 = `---
kind: session-log
client: C-1
date: 2026-09-08
goals:
  G1:
    progress: -1
  G2: {value: 0, progress: 0}
  G3: {progress: 0}
measures:
  PHQ-9: 18
signed: {by: rk, date: 2026-09-08}
---
## Subjective
text
`;

const S2 = `---
kind: session-log
client: C-1
date: 2026-10-06
review: true
goals:
  G1: {progress: 0}
  G2: {value: 2, progress: 1}
  G3: {progress: 1, decision: met}
measures:
  PHQ-9: {score: 12}
signed: {by: rk, date: 2026-10-07}
---
`;

const S3 = `---
kind: session-log
client: C-1
date: 2026-10-15
goals:
  G3: {progress: 2}
signed: {by: rk, date: 2026-10-15}
---
`;

// Unsigned; PHQ-9 given only as items (sum 25): reliably worse than baseline 18 (RC 6).
const S4 = `---
kind: session-log
client: C-1
date: 2026-11-03
goals:
  G1: {progress: -2}
measures:
  PHQ-9: {items: [3, 3, 3, 3, 3, 3, 3, 3, 1]}
---
`;

const OTHER_PLAN = `---
kind: goal-plan
client: C-2
clinician: ab
created: 2026-06-01
closed: 2026-10-01
status: closed
review:
  next: 2026-09-01
---
\`\`\`yaml goal
id: G1
statement: Client will practise breathing 5 times per week.
status: met
closed: 2026-09-20
due: 2026-09-30
\`\`\`
`;

const OTHER_SESSION = `---
kind: session-log
client: C-2
date: 2026-08-30
review: true
goals:
  G1: {progress: 1, decision: continue}
signed: {by: ab, date: 2026-08-30}
---
`;

const FILES: Record<string, string> = {
  'clients/C-1/plan.md': PLAN,
  'clients/C-1/sessions/2026-09-08.md': S1,
  'clients/C-1/sessions/2026-10-06.md': S2,
  'clients/C-1/sessions/2026-10-15.md': S3,
  'clients/C-1/sessions/2026-11-03.md': S4,
  'clients/C-2/plan.md': OTHER_PLAN,
  'clients/C-2/sessions/2026-08-30.md': OTHER_SESSION,
  'README.md': '# not a goal file\n',
};

function workspace(files: Record<string, string> = FILES): Workspace {
  const ws = new Workspace();
  for (const [uri, text] of Object.entries(files)) ws.set(parseDocument(uri, text));
  return ws;
}

/** 0-based line of the first line of `text` matching `re` at or after the line matching `after`. */
function lineOf(text: string, re: RegExp, after?: RegExp): number {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => after.test(l)) : 0;
  const i = lines.findIndex((l, n) => n >= from && re.test(l));
  assert.ok(i >= 0, `no line ${re}`);
  return i;
}

function progress(opts: Partial<Parameters<typeof buildProgress>[2]> = {}): ClientProgress {
  return buildProgress(workspace(), 'C-1', { today: TODAY, config: defaultConfig(), ...opts });
}

describe('progress model (buildProgress)', () => {
  it('lists every goal of the plan with baseline, target, due, status and source line', () => {
    const p = progress();
    assert.deepEqual(p.goals.map((g) => g.goalId), ['G1', 'G2', 'G3', 'G4']);
    const g1 = p.goals[0];
    assert.equal(g1.baseline, 18);
    assert.equal(g1.target, 9);
    assert.equal(g1.due, '2026-12-20');
    assert.equal(g1.start, '2026-09-01');
    assert.equal(g1.weight, 2);
    assert.equal(g1.direction, 'lower');
    assert.equal(g1.instrument, 'PHQ-9');
    assert.deepEqual(g1.source, { uri: 'clients/C-1/plan.md', line: lineOf(PLAN, /^id: G1$/) });
    assert.deepEqual(g1.rcBand, { baseline: 18, rc: 6, low: 12, high: 24 });
    assert.equal(p.goals[1].direction, 'higher', 'count takes its direction from baseline -> target');
    assert.equal(p.goals[1].unit, 'meetings per month');
    assert.equal(p.goals[2].status, 'met');
    assert.equal(p.goals[3].start, '2026-10-01');
  });

  it('builds each goal series from the sessions, the instrument score winning over the entry value, with links to the entry line', () => {
    const p = progress();
    const g1 = p.goals[0];
    assert.deepEqual(g1.points.map((x) => [x.date, x.value, x.level, x.valueFrom]), [
      ['2026-09-08', 18, -1, 'measures'],
      ['2026-10-06', 12, 0, 'measures'],
      ['2026-11-03', 25, -2, 'measures'],
    ]);
    assert.deepEqual(g1.points[0].source, { uri: 'clients/C-1/sessions/2026-09-08.md', line: lineOf(S1, /^ {2}G1:/) });
    assert.deepEqual(g1.points.map((x) => x.change?.category), ['unchanged', 'reliably-improved', 'reliably-deteriorated']);
    assert.equal(g1.reliablyDeteriorated, true);
    assert.deepEqual(g1.latest, { date: '2026-11-03', value: 25, change: g1.points[2].change });

    const g2 = p.goals[1];
    assert.deepEqual(g2.points.map((x) => [x.date, x.value, x.valueFrom]), [['2026-09-08', 0, 'goal-entry'], ['2026-10-06', 2, 'goal-entry']]);
    assert.equal(g2.points[0].change, undefined, 'count has no RC, so no reliable-change category');
    assert.equal(g2.points[1].review, true);
  });

  it('a goal is stalled when active and nothing was recorded for more than N weeks (configurable)', () => {
    const p = progress();
    const byId = Object.fromEntries(p.goals.map((g) => [g.goalId, g]));
    assert.equal(byId.G1.stalled, false, 'G1 recorded 23 days ago');
    assert.equal(byId.G2.stalled, true, 'G2 last recorded 2026-10-06, 51 days ago');
    assert.equal(byId.G2.lastRecorded, '2026-10-06');
    assert.equal(byId.G3.stalled, false, 'met goals do not stall');
    assert.equal(byId.G4.stalled, true, 'G4 started 2026-10-01 and never recorded');
    const lenient = progress({ stalledWeeks: 8 });
    assert.equal(lenient.goals[1].stalled, false);
    assert.equal(lenient.goals[3].stalled, false, '56 days is not more than 8 weeks');
    assert.equal(progress({ stalledWeeks: 7 }).goals[3].stalled, true, '56 days is more than 7 weeks');
    const cfg = defaultConfig();
    cfg.progress = { stalledWeeks: 8 };
    assert.equal(buildProgress(workspace(), 'C-1', { today: TODAY, config: cfg }).goals[1].stalled, false, 'config progress.stalledWeeks');
  });

  it('goals of a closed plan (discharged client) never stall', () => {
    const closed = PLAN.replace('created: 2026-09-01\n', 'created: 2026-09-01\nstatus: closed\nclosed: 2026-11-10\n');
    const p = buildProgress(workspace({ ...FILES, 'clients/C-1/plan.md': closed }), 'C-1', { today: TODAY, config: defaultConfig() });
    assert.deepEqual(p.goals.filter((g) => g.stalled), []);
    assert.equal(p.plans[0].status, 'closed');
  });

  it('status changes come from review decisions and the plan closed date', () => {
    const g3 = progress().goals[2];
    assert.deepEqual(g3.statusChanges.map((s) => [s.date, s.to, s.source]), [
      ['2026-10-06', 'met', 'review-decision'],
      ['2026-10-15', 'met', 'plan'],
    ]);
    assert.equal(g3.statusChanges[1].ref?.line, lineOf(PLAN, /^closed: 2026-10-15/));
  });

  it('instrument series carries bands, the RC band from the goal baseline, item sums and categories', () => {
    const p = progress();
    assert.equal(p.instruments.length, 1);
    const phq = p.instruments[0];
    assert.equal(phq.instrument, 'PHQ-9');
    assert.equal(phq.known, true);
    assert.deepEqual(phq.range, { min: 0, max: 27 });
    assert.deepEqual(phq.baseline, { value: 18, from: 'goal', goalId: 'G1' });
    assert.deepEqual(phq.rcBand, { baseline: 18, rc: 6, low: 12, high: 24 });
    assert.deepEqual(phq.points.map((x) => [x.date, x.score, x.band, x.change?.category]), [
      ['2026-09-08', 18, 'moderately severe', 'unchanged'],
      ['2026-10-06', 12, 'moderate', 'reliably-improved'],
      ['2026-11-03', 25, 'severe', 'reliably-deteriorated'],
    ]);
    assert.deepEqual(phq.points[2].items, [3, 3, 3, 3, 3, 3, 3, 3, 1]);
    assert.equal(phq.points[2].source.line, lineOf(S4, /^ {2}PHQ-9:/));
    assert.equal(phq.reliablyDeteriorated, true);
    assert.equal(phq.bands.length, 5);
  });

  it('GAS T-score per session over the goals active on its date (SPEC 1.1, closed date inclusive)', () => {
    const gas = progress().gas;
    assert.deepEqual(gas.map((g) => g.date), ['2026-09-08', '2026-10-06', '2026-10-15', '2026-11-03']);
    // 09-08: G1 -1 (w2), G2 0, G3 0 -> 50 + 10*(-2)/sqrt(.7*6 + .3*16) = 50 - 20/3
    assert.ok(Math.abs(gas[0].tScore - (50 - 20 / 3)) < 1e-9);
    assert.deepEqual(gas[0].missing, [], 'G4 starts 2026-10-01');
    // 10-06: G1 0 (w2), G2 1, G3 1; G4 active without a level
    assert.ok(Math.abs(gas[1].tScore - (50 + 20 / 3)) < 1e-9);
    assert.deepEqual(gas[1].missing, ['G4']);
    // 10-15: G3 closed that day is still active; only G3 has a level: 50 + 10*2/1
    assert.equal(gas[2].tScore, 70);
    assert.deepEqual(gas[2].levels, [{ goalId: 'G3', level: 2, weight: 1 }]);
    // 11-03: G3 no longer active; G1 -2 (w2): 50 + 10*(-4)/sqrt(.7*4 + .3*4) = 30
    assert.ok(Math.abs(gas[3].tScore - 30) < 1e-9);
    assert.deepEqual(gas[3].missing, ['G2', 'G4']);
    assert.equal(gas[3].source.line, lineOf(S4, /^goals:/));
  });

  it('rho is configurable through options and config', () => {
    const a = progress({ rho: 0 }).gas[0].tScore;
    const cfg = defaultConfig();
    cfg.progress = { rho: 0 };
    const b = buildProgress(workspace(), 'C-1', { today: TODAY, config: cfg }).gas[0].tScore;
    assert.equal(a, b);
    assert.ok(Math.abs(a - (50 - 20 / Math.sqrt(6))) < 1e-9);
  });

  it('reviews: review.last recorded, the review session held, review.next overdue', () => {
    const r = progress().reviews;
    assert.deepEqual(r.map((x) => [x.date, x.kind, x.status, x.held]), [
      ['2026-09-01', 'review.last', 'recorded', false],
      ['2026-10-06', 'session', 'held', true],
      ['2026-11-15', 'review.next', 'overdue', false],
    ]);
    assert.equal(r[2].source?.line, lineOf(PLAN, /^ {2}next:/));
    assert.equal(r[1].session?.uri, 'clients/C-1/sessions/2026-10-06.md');
  });

  it('review.next is held by a review session on or after it, and upcoming before it', () => {
    const held = buildProgress(workspace({ ...FILES, 'clients/C-1/sessions/2026-11-15.md': S2.replace('2026-10-06', '2026-11-15') }), 'C-1', { today: TODAY, config: defaultConfig() });
    const next = held.reviews.find((x) => x.kind === 'review.next')!;
    assert.equal(next.status, 'held');
    assert.equal(next.sessionDate, '2026-11-15');
    assert.equal(held.reviews.filter((x) => x.kind === 'session').length, 1, 'the holding session is not listed twice');
    const early = progress({ today: '2026-11-15' }).reviews.find((x) => x.kind === 'review.next')!;
    assert.equal(early.status, 'upcoming', 'today = review.next is not after it');
  });

  it('sessions summary: signed, goals; alerts for stalled, deterioration, overdue review, unsigned note (no note text)', () => {
    const p = progress();
    assert.deepEqual(p.sessions.map((s) => [s.date, s.signed, s.goalIds.join(' ')]), [
      ['2026-09-08', true, 'G1 G2 G3'], ['2026-10-06', true, 'G1 G2 G3'], ['2026-10-15', true, 'G3'], ['2026-11-03', false, 'G1'],
    ]);
    const kinds = p.alerts.map((a) => `${a.kind}:${a.goalId ?? a.instrument ?? ''}`).sort();
    assert.deepEqual(kinds, [
      'open-risk:', 'reliable-deterioration:G1', 'reliable-deterioration:PHQ-9', 'review-overdue:', 'risk-unnoted:', 'stalled:G2', 'stalled:G4', 'unsigned-note:',
    ]);
    // S4 answers PHQ-9 item 9 with 1 and no later session follows it up: risk first (SPEC 5.6).
    assert.equal(p.alerts[0].kind, 'open-risk');
    assert.deepEqual(p.openRisk?.marks.map((m) => [m.instrument, m.item, m.value]), [['PHQ-9', 9, 1]]);
    assert.deepEqual(p.sessions.find((s) => s.date === '2026-11-03')?.risk?.map((m) => m.item), [9]);
    for (const a of p.alerts) assert.ok(!/Low mood|sleep diar|Subjective/.test(a.message));
    assert.deepEqual(p.history, { available: false });
  });

  it('is plain JSON: survives a JSON round trip unchanged', () => {
    const p = progress();
    assert.deepStrictEqual(JSON.parse(JSON.stringify(p)), p);
    const c = caseload(workspace(), { today: TODAY, config: defaultConfig() });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(c)), c);
  });

  it('unknown clients and empty workspaces give an empty model, not a crash', () => {
    const p = buildProgress(new Workspace(), 'nobody', { today: TODAY, config: defaultConfig() });
    assert.deepEqual([p.goals, p.sessions, p.gas, p.reviews, p.alerts], [[], [], [], [], []]);
  });

  it('broken and schema-invalid values count as absent', () => {
    const files = {
      ...FILES,
      // GP001 in a goal block: that goal is left out; an impossible date is dropped (GP002)
      'clients/C-1/plan.md': PLAN.replace('id: G2\n', 'id: G2\n  bad: [\n').replace('due: 2026-12-20', 'due: 2026-02-30'),
      // an out-of-range score (GP304) gets no band or category
      'clients/C-1/sessions/2026-10-06.md': S2.replace('{score: 12}', '{score: 40}'),
    };
    const p = buildProgress(workspace(files), 'C-1', { today: TODAY, config: defaultConfig() });
    assert.ok(!p.goals.some((g) => g.goalId === 'G2'));
    assert.equal(p.goals[0].due, undefined);
    const pt = p.instruments[0].points[1];
    assert.equal(pt.score, 40);
    assert.equal(pt.band, undefined);
    assert.equal(pt.change, undefined);
  });
});

describe('progress model with git facts', () => {
  const commit = (id: string, day: string): CommitInfo => ({
    id: id.padEnd(40, '0'), author: 'R K', authorEmail: 'rk@example.invalid', committedAt: `${day}T10:00:00+00:00`, day, authoredAt: `${day}T10:00:00+00:00`, subject: 'update',
  });
  const history: WorkspaceHistory = {
    available: true,
    head: 'f'.repeat(40),
    plans: {
      'clients/C-1/plan.md': [
        { commit: commit('a1', '2026-09-01'), path: 'clients/C-1/plan.md', initial: true, unparsable: false, goals: [{ goalId: 'G3', kind: 'added', retargeted: false, changes: [{ field: 'id', new: 'G3' }] }], planChanges: [] },
        {
          commit: commit('a2', '2026-10-16'), path: 'clients/C-1/plan.md', initial: false, unparsable: false,
          goals: [
            { goalId: 'G3', kind: 'changed', retargeted: false, changes: [{ field: 'status', new: 'met' }, { field: 'closed', new: '2026-10-15' }] },
            { goalId: 'G1', kind: 'changed', retargeted: true, changes: [{ field: 'measure.target', old: 5, new: 9 }] },
          ],
          planChanges: [],
        },
      ],
    },
    notes: {
      'clients/C-1/sessions/2026-09-08.md': { versions: [
        { commit: commit('b1', '2026-09-08'), status: 'added', signedDate: '2026-09-08' },
        { commit: commit('b2', '2026-09-20'), status: 'modified', signedDate: '2026-09-08' },
      ] },
      'clients/C-1/sessions/2026-10-06.md': { versions: [{ commit: commit('c1', '2026-10-12'), status: 'added', signedDate: '2026-10-07' }] },
      'clients/C-1/sessions/2026-10-15.md': { versions: [{ commit: commit('d1', '2026-10-18'), status: 'added', signedDate: '2026-10-15' }] },
    },
    workingCopy: { 'clients/C-1/sessions/2026-10-15.md': 'modified', 'clients/C-1/sessions/2026-11-03.md': 'untracked' },
  };

  it('marks late documentation (> 3 days, configurable), edits after signature and working copy state', () => {
    const p = progress({ history });
    const s = Object.fromEntries(p.sessions.map((x) => [x.date, x]));
    assert.equal(s['2026-09-08'].late, false);
    assert.equal(s['2026-10-06'].late, true, 'committed 6 days after the session');
    assert.equal(s['2026-10-06'].lateByDays, 6);
    assert.equal(s['2026-10-15'].late, false, 'exactly 3 days is not late');
    assert.equal(s['2026-11-03'].firstCommitted, undefined);
    assert.deepEqual(s['2026-09-08'].editedAfterSignature, [{ commit: 'b2'.padEnd(40, '0'), day: '2026-09-20', signedDate: '2026-09-08' }]);
    assert.equal(s['2026-10-15'].workingCopy, 'modified');
    assert.equal(s['2026-10-15'].workingCopyAfterSignature, true);
    assert.equal(s['2026-11-03'].workingCopy, 'untracked');
    assert.equal(s['2026-11-03'].workingCopyAfterSignature, false);
    assert.equal(progress({ history, lateDays: 6 }).sessions[1].late, false);
    assert.deepEqual(p.history, { available: true, head: 'f'.repeat(40) });
  });

  it('attaches plan revisions to the plan and to each goal, with status changes from commits', () => {
    const p = progress({ history });
    assert.equal(p.plans[0].revisions.length, 2);
    const g1 = p.goals[0];
    assert.deepEqual(g1.revisions.map((r) => [r.date, r.kind, r.retargeted]), [['2026-10-16', 'changed', true]]);
    const g3 = p.goals[2];
    assert.deepEqual(g3.revisions.map((r) => r.kind), ['added', 'changed']);
    assert.deepEqual(g3.statusChanges.map((x) => [x.date, x.source, x.from, x.to]), [
      ['2026-10-06', 'review-decision', undefined, 'met'],
      ['2026-10-15', 'plan', undefined, 'met'],
      ['2026-10-16', 'commit', 'active', 'met'],
    ]);
  });

  it('unavailable history shows nothing and says why', () => {
    const p = progress({ history: { available: false, reason: 'untrusted', plans: {}, notes: {}, workingCopy: {} } });
    assert.deepEqual(p.history, { available: false, reason: 'untrusted' });
    assert.ok(p.sessions.every((s) => !s.late && s.firstCommitted === undefined));
  });

  it('caseload counts late, unsigned and edited notes per client', () => {
    const c = caseload(workspace(), { today: TODAY, config: defaultConfig(), history });
    assert.equal(c.head, 'f'.repeat(40));
    const r = c.rows.find((x) => x.client === 'C-1')!;
    assert.equal(r.lateNotes, 1);
    assert.equal(r.unsignedNotes, 1);
    assert.equal(r.editedAfterSignature, 2);
  });
});

describe('caseload', () => {
  it('one row per client with plan dates, reviews, goals by status, sessions and flags', () => {
    const c = caseload(workspace(), { today: TODAY, config: defaultConfig() });
    assert.deepEqual(c.rows.map((r) => r.client), ['C-1', 'C-2']);
    const [a, b] = c.rows;
    assert.equal(a.clinician, 'rk');
    assert.equal(a.planCreated, '2026-09-01');
    assert.equal(a.planStatus, 'active');
    assert.equal(a.nextReview, '2026-11-15');
    assert.equal(a.reviewsDue, 1);
    assert.equal(a.reviewsHeld, 1);
    assert.equal(a.reviewsOverdue, 1);
    assert.deepEqual(a.goalsByStatus, { active: 3, 'on-hold': 0, met: 1, revised: 0, discontinued: 0 });
    assert.equal(a.sessions, 4);
    assert.equal(a.lastSession, '2026-11-03');
    assert.equal(a.unsignedNotes, 1);
    assert.equal(a.lateNotes, 0);
    assert.deepEqual(a.stalledGoals, ['G2', 'G4']);
    assert.equal(a.deteriorations, 2);

    assert.equal(b.planStatus, 'closed');
    assert.equal(b.planClosed, '2026-10-01');
    // The review session of 2026-08-30 is before review.next 2026-09-01, so that review was never
    // held; but the plan is closed (SPEC 5.1), so nothing about its review is overdue any more.
    assert.equal(b.reviewsOverdue, 0);
    assert.equal(b.reviewsHeld, 1);
    assert.deepEqual(b.goalsByStatus, { active: 0, 'on-hold': 0, met: 1, revised: 0, discontinued: 0 });
  });

  it('filters by clinician and counts only events in [from, to]', () => {
    const c = caseload(workspace(), { today: TODAY, config: defaultConfig(), clinician: 'rk', from: '2026-10-01', to: '2026-10-31' });
    assert.deepEqual(c.rows.map((r) => r.client), ['C-1']);
    assert.equal(c.rows[0].sessions, 2);
    assert.equal(c.rows[0].reviewsHeld, 1);
    assert.equal(c.rows[0].reviewsDue, 0, 'review.next 2026-11-15 is outside the window');
    assert.equal(c.rows[0].unsignedNotes, 0);
    assert.equal(c.from, '2026-10-01');
  });
});
