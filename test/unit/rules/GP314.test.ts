// GP314 reliable-deterioration and GP310 unsupported-claim with configured instruments: RC from
// sd and r (Jacobson-Truax), direction from baseline -> target, and the measures-over-value rule.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

const CONFIG = 'instruments:\n  OQ-45:\n    range: [0, 180]\n    better: lower\n    rc: 14\n  WB:\n    range: [0, 100]\n    sd: 10\n    r: 0.8\n';
// WB: RC = 1.96 * sqrt(2) * 10 * sqrt(0.2) = 12.40

function plan(instrument: string, baseline: number, target: number): string {
  return ['---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-09-01', '---', '',
    '```yaml goal', 'id: G1', 'statement: Client will change the score as measured weekly by June 2027.', 'measure:',
    `  instrument: ${instrument}`, `  baseline: ${baseline}`, `  target: ${target}`, 'due: 2027-06-01', '```', ''].join('\n');
}
function note(fm: string[]): string {
  return ['---', 'kind: session-log', 'client: C-1', 'date: 2026-11-10', ...fm, '---', ''].join('\n');
}
const rule = (id: string, p: string, s: string) => lintFiles({ 'p.md': p, 's.md': s }, { config: CONFIG }).filter((d) => d.rule === id);

describe('GP314 / GP310 with configured instruments', () => {
  it('OQ-45 (rc 14): worse by 14 fires, by 13 does not', () => {
    assert.equal(rule('GP314', plan('OQ-45', 80, 60), note(['measures:', '  OQ-45: 94'])).length, 1);
    assert.deepEqual(rule('GP314', plan('OQ-45', 80, 60), note(['measures:', '  OQ-45: 93'])), []);
  });

  it('RC from sd and r, direction from baseline -> target when the instrument has none', () => {
    // Goal raises WB 40 -> 70: lower is worse. 40 - 27.6 = 12.4 (>= RC 12.396) fires; 28 does not.
    assert.equal(rule('GP314', plan('WB', 40, 70), note(['measures:', '  wb: 27.6'])).length, 1);
    assert.deepEqual(rule('GP314', plan('WB', 40, 70), note(['measures:', '  WB: 28'])), []);
    // Goal lowers WB 40 -> 10: higher is worse.
    assert.equal(rule('GP314', plan('WB', 40, 10), note(['measures:', '  WB: 53'])).length, 1);
  });

  it('the score in measures wins over the goal value', () => {
    const s = note(['goals:', '  G1:', '    value: 99', 'measures:', '  OQ-45: 80']);
    assert.deepEqual(rule('GP314', plan('OQ-45', 80, 60), s), []);
    const [d] = rule('GP314', plan('OQ-45', 80, 60), note(['goals:', '  G1:', '    value: 99']));
    assert.match(d.message, /OQ-45 99 is worse than goal G1's baseline 80 by 19/);
  });

  it('GP310: met with a change below the configured RC is flagged, at the RC it is not', () => {
    const met = (score: number) => note(['goals:', '  G1:', '    decision: met', 'measures:', `  OQ-45: ${score}`]);
    assert.equal(rule('GP310', plan('OQ-45', 80, 60), met(67)).length, 1);
    assert.deepEqual(rule('GP310', plan('OQ-45', 80, 60), met(66)), []);
  });

  it('only held sessions are data (SPEC 5.1): a no-show, a cancellation or a note dated after today is never scored', () => {
    const p = plan('OQ-45', 80, 60);
    assert.equal(rule('GP314', p, note(['measures:', '  OQ-45: 99'])).length, 1);
    assert.deepEqual(rule('GP314', p, note(['type: no-show', 'measures:', '  OQ-45: 99'])), []);
    assert.deepEqual(rule('GP314', p, note(['type: cancelled', 'measures:', '  OQ-45: 99'])), []);
    const future = note(['measures:', '  OQ-45: 99']).replace('date: 2026-11-10', 'date: 2026-12-01');
    assert.deepEqual(rule('GP314', p, future), [], 'a pre-filled note dated next week');
    const met = note(['goals:', '  G1:', '    decision: met', 'measures:', '  OQ-45: 75']);
    assert.equal(rule('GP310', p, met).length, 1);
    assert.deepEqual(rule('GP310', p, met.replace('date: 2026-11-10', 'date: 2026-12-01')), []);
  });

  it('a goal met and closed before the session is not judged by its scores (as the progress panel leaves it out)', () => {
    const closedGoal = plan('OQ-45', 80, 60).replace('due: 2027-06-01', 'due: 2027-06-01\nstatus: met\nclosed: 2026-10-15');
    assert.deepEqual(rule('GP314', closedGoal, note(['measures:', '  OQ-45: 99'])), []);
    // Named by the session, it is still this goal's data point.
    assert.equal(rule('GP314', closedGoal, note(['goals:', '  G1:', '    note: follow-up', 'measures:', '  OQ-45: 99'])).length, 1);
  });
});
