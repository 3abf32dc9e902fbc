// GP308 cpt-duration: band boundaries, times across midnight, and the offered (unsafe) code fix.
import * as assert from 'node:assert/strict';
import { sessionMinutes } from '../../../server/src/core/rules/session/GP308-cpt-duration';
import { applyFix, lintFiles } from '../../helpers/lint';

function note(fm: string): string {
  return ['---', 'kind: session-log', 'client: C-1', 'date: 2026-11-10', fm, '---', ''].join('\n');
}
const gp308 = (text: string) => lintFiles({ 's.md': text }).filter((d) => d.rule === 'GP308');

describe('GP308 cpt-duration', () => {
  const cases: Array<[string, number, boolean]> = [
    ['90832', 15, true], ['90832', 16, false], ['90832', 37, false], ['90832', 38, true],
    ['90834', 37, true], ['90834', 38, false], ['90834', 52, false], ['90834', 53, true],
    ['90837', 52, true], ['90837', 53, false], ['90837', 180, false],
  ];
  for (const [code, minutes, fires] of cases) {
    it(`${code} for ${minutes} minutes ${fires ? 'fires' : 'passes'}`, () => {
      assert.equal(gp308(note(`duration: ${minutes}\ncpt: "${code}"`)).length, fires ? 1 : 0);
    });
  }

  it('duration wins over start/end; end before start wraps past midnight', () => {
    assert.deepEqual(sessionMinutes({ duration: 40, start: '10:00', end: '10:20' }), { minutes: 40, from: 'duration' });
    assert.deepEqual(sessionMinutes({ start: '23:30', end: '00:20' }), { minutes: 50, from: 'times' });
    assert.equal(sessionMinutes({ start: '10:00' }), undefined);
    assert.equal(sessionMinutes({ start: '25:00', end: '10:00' }), undefined);
  });

  it('offers the matching code as an unsafe fix that keeps the quotes', () => {
    const text = note('duration: 60\ncpt: "90834"');
    const [d] = gp308(text);
    assert.equal(text.slice(d.span.start, d.span.end), '"90834"');
    assert.equal(d.fixes?.length, 1);
    assert.equal(d.fixes![0].safe, false);
    const fixed = applyFix(text, d.fixes![0]);
    assert.equal(fixed, text.replace('"90834"', '"90837"'));
    assert.deepEqual(gp308(fixed), []);
  });

  it('offers no fix when no code fits (under 16 minutes)', () => {
    const [d] = gp308(note('duration: 10\ncpt: "90832"'));
    assert.equal(d.fixes, undefined);
  });

  it('no-show and cancelled are exempt; other codes are unchecked', () => {
    assert.deepEqual(gp308(note('type: no-show\nduration: 5\ncpt: "90834"')), []);
    assert.deepEqual(gp308(note('type: cancelled\nduration: 5\ncpt: "90834"')), []);
    assert.deepEqual(gp308(note('duration: 5\ncpt: "90846"')), []);
  });
});
