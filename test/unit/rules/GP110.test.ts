// GP110 too-many-goals and SPEC 1.1 "active on date D" (model/goals.ts goalActiveOn), which
// GP110, GP111 and the session rules share.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';
import { baselineInRange, goalActiveOn, goalStart, instrumentOf } from '../../../server/src/core/model/goals';
import { defaultConfig } from '../../../server/src/core/config/defaults';
import type { Goal, PlanFrontMatter } from '../../../server/src/core/types';

const planFm: PlanFrontMatter = { kind: 'goal-plan', created: '2026-09-01' };

describe('goalActiveOn (SPEC 1.1)', () => {
  it('starts on start (defaulting to the plan created), inclusive', () => {
    assert.equal(goalActiveOn({}, planFm, '2026-08-31'), false);
    assert.equal(goalActiveOn({}, planFm, '2026-09-01'), true);
    assert.equal(goalActiveOn({ start: '2026-10-01' }, planFm, '2026-09-30'), false);
    assert.equal(goalActiveOn({ start: '2026-10-01' }, planFm, '2026-10-01'), true);
    assert.equal(goalStart({}, planFm), '2026-09-01');
    assert.equal(goalActiveOn({}, { kind: 'goal-plan' }, '2026-10-01'), false, 'no start known');
  });

  it('active and on-hold (and no status) stay active past due', () => {
    for (const status of [undefined, 'active', 'on-hold'] as const) {
      assert.equal(goalActiveOn({ status, due: '2026-10-01' }, planFm, '2027-05-01'), true);
    }
  });

  it('a finished goal is active through its closed date, else through its due date', () => {
    const g: Goal = { status: 'met', closed: '2026-10-10', due: '2026-12-01' };
    assert.equal(goalActiveOn(g, planFm, '2026-10-10'), true);
    assert.equal(goalActiveOn(g, planFm, '2026-10-11'), false);
    const d: Goal = { status: 'discontinued', due: '2026-12-01' };
    assert.equal(goalActiveOn(d, planFm, '2026-12-01'), true);
    assert.equal(goalActiveOn(d, planFm, '2026-12-02'), false);
    assert.equal(goalActiveOn({ status: 'revised' }, planFm, '2026-09-02'), false);
  });

  it('treats an invalid date as absent', () => {
    assert.equal(goalActiveOn({ start: '2026-02-30' }, planFm, '2026-09-01'), true);
    assert.equal(goalActiveOn({ status: 'met', closed: 'soon', due: '2026-10-01' }, planFm, '2026-10-01'), true);
  });

  it('instrumentOf matches exactly, then case-insensitively; baselineInRange', () => {
    const cfg = defaultConfig();
    assert.equal(instrumentOf({ measure: { instrument: 'phq-9' } }, cfg)?.name, 'PHQ-9');
    assert.equal(instrumentOf({ measure: { instrument: 'nope' } }, cfg), undefined);
    assert.equal(baselineInRange({ measure: { instrument: 'PHQ-9', baseline: 27 } }, cfg), true);
    assert.equal(baselineInRange({ measure: { instrument: 'PHQ-9', baseline: 28 } }, cfg), false);
    assert.equal(baselineInRange({ measure: { instrument: 'PHQ-9' } }, cfg), false);
  });
});

describe('GP110 too-many-goals', () => {
  const goals = (n: number) => Array.from({ length: n }, (_, i) => ['```yaml goal', `id: G${i + 1}`, 'statement: x', '```'].join('\n')).join('\n\n');
  const plan = (n: number) => ['---', 'kind: goal-plan', 'client: C-9110', 'created: 2026-09-01', '---', '', goals(n), ''].join('\n');
  const gp110 = (text: string, config?: string) => lintFiles({ 'plan.md': text }, { today: '2026-11-26', config }).filter((d) => d.rule === 'GP110');

  it('reports each goal beyond the fifth active one', () => {
    assert.equal(gp110(plan(5)).length, 0);
    const text = plan(7);
    assert.deepEqual(gp110(text).map((d) => text.slice(d.span.start, d.span.end)), ['G6', 'G7']);
  });

  it('reads the limit from the `max` option', () => {
    assert.equal(gp110(plan(7), 'rules:\n  GP110:\n    options: {max: 7}\n').length, 0);
    assert.equal(gp110(plan(3), 'rules:\n  too-many-goals:\n    options: {max: 2}\n').length, 1);
  });

  it('does not count a plan created after today', () => {
    assert.equal(gp110(plan(7).replace('created: 2026-09-01', 'created: 2026-12-01')).length, 0);
  });
});
