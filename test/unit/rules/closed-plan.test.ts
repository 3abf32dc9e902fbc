// SPEC 5.1: rules about keeping an open plan current do not run on a closed plan (status
// `closed`, or a `closed` date on or before today): GP110, GP111, GP201, GP202, GP203, GP204,
// GP205. Issue 11: a closed plan still got "review due soon" and past-due-goal warnings.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

const GATED = ['GP110', 'GP111', 'GP201', 'GP202', 'GP203', 'GP204', 'GP205'];

function plan(extra: string): string {
  const goal = (n: number) => ['```yaml goal', `id: G${n}`, `statement: Client will attend ${n} of 4 weekly group sessions each month.`, 'problem: P1',
    'measure:', '  instrument: count', '  baseline: 0', '  target: 3', '  unit: sessions per month', 'start: 2026-01-10', 'due: 2026-03-01', '```', ''].join('\n');
  return ['---', 'kind: goal-plan', 'client: C-5101', 'clinician: rk', 'created: 2026-01-05', extra, 'review:', '  every: 30d', '  last: 2026-01-05',
    '  next: 2026-08-01', 'problems:', '  - id: P1', '    text: Low mood', '---', '# Plan', '', ...[1, 2, 3, 4, 5, 6].map(goal)].join('\n');
}
const rulesOn = (text: string, today: string) => [...new Set(lintFiles({ 'plan.md': text }, { today }).map((d) => d.rule))].filter((r) => GATED.includes(r)).sort();

describe('closed plans (SPEC 5.1)', () => {
  it('an open plan with too many active goals, no interventions, a long interval, past-due goals and an overdue review gets them all', () => {
    assert.deepEqual(rulesOn(plan('status: active'), '2026-02-20'), ['GP110', 'GP111', 'GP204']);
    assert.deepEqual(rulesOn(plan('status: active'), '2026-07-25'), ['GP110', 'GP111', 'GP203', 'GP204', 'GP205']);
    assert.deepEqual(rulesOn(plan('status: active'), '2026-11-26'), ['GP110', 'GP111', 'GP202', 'GP204', 'GP205']);
  });
  it('status closed: none of them', () => {
    assert.deepEqual(rulesOn(plan('status: closed'), '2026-02-20'), []);
    assert.deepEqual(rulesOn(plan('status: closed'), '2026-07-25'), []);
    assert.deepEqual(rulesOn(plan('status: closed'), '2026-11-26'), []);
  });
  it('a closed date on or before today: none of them; a closed date after today: still open', () => {
    assert.deepEqual(rulesOn(plan('closed: 2026-07-25'), '2026-07-25'), []);
    assert.deepEqual(rulesOn(plan('closed: 2026-07-26'), '2026-07-25'), ['GP110', 'GP111', 'GP203', 'GP204', 'GP205']);
  });
  it('GP201 (no review.next) does not run on a closed plan', () => {
    const noNext = plan('status: closed').replace('  next: 2026-08-01\n', '');
    assert.deepEqual(rulesOn(noNext, '2026-11-26'), []);
    assert.ok(rulesOn(noNext.replace('status: closed', 'status: active'), '2026-11-26').includes('GP201'));
  });
});
