// GP106 unrealistic: thresholds are options; RC from sd and r (Jacobson-Truax) counts.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

function plan(goal: string): string {
  return ['---', 'kind: goal-plan', 'client: C-9106', 'created: 2026-09-01', '---', '', '```yaml goal', ...goal.split('\n'), '```', ''].join('\n');
}
const gp106 = (text: string, config?: string) => lintFiles({ 'plan.md': text }, { today: '2026-11-26', config }).filter((d) => d.rule === 'GP106');

describe('GP106 unrealistic', () => {
  // PHQ-9 18 -> 6: 2 RC in 4 weeks = 0.5 RC/week.
  const fourWeeks = plan('id: G1\nstatement: x\nmeasure: {instrument: PHQ-9, baseline: 18, target: 6}\nstart: 2026-11-01\ndue: 2026-11-29');
  const threeWeeks = fourWeeks.replace('2026-11-29', '2026-11-22');

  it('uses weeks = days / 7, fractional, and a strict comparison', () => {
    assert.equal(gp106(fourWeeks).length, 0);
    assert.equal(gp106(fourWeeks.replace('2026-11-29', '2026-11-28')).length, 1); // 27 days
  });

  it('reads maxRcPerWeek and shortTermMaxRc from rule options', () => {
    assert.equal(gp106(threeWeeks).length, 1);
    assert.equal(gp106(threeWeeks, 'rules:\n  unrealistic:\n    options: {maxRcPerWeek: 0.7}\n').length, 0);
    const short = plan('id: G1\nstatement: x\nhorizon: short-term\nmeasure: {instrument: GAD-7, baseline: 18, target: 6}\nstart: 2026-01-01\ndue: 2026-12-31');
    assert.equal(gp106(short).length, 1); // 12 > 2 x 4
    assert.equal(gp106(short, 'rules:\n  GP106:\n    options: {shortTermMaxRc: 3}\n').length, 0);
  });

  it('computes the RC of a configured instrument from sd and r', () => {
    // RC = 1.96 * sqrt(2) * 5 * sqrt(1 - 0.84) = 5.54; 12 points in 4 weeks = 0.54 RC/week.
    const text = plan('id: G1\nstatement: x\nmeasure: {instrument: MyScale, baseline: 30, target: 18}\nstart: 2026-11-01\ndue: 2026-11-29');
    assert.equal(gp106(text).length, 0, 'no RC: not checked');
    assert.equal(gp106(text, 'instruments:\n  MyScale: {range: [0, 50], better: lower, sd: 5, r: 0.84}\n').length, 1);
  });
});
