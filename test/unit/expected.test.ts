// SPEC 5.5's arithmetic: e(d) from an `expected` curve (implicit [0, 0], linear between pairs,
// the last fraction after the last) or the straight line min(1, (d - start) / (due - start));
// the curve clause and the 8-week clause; differences rounded to 6 decimals.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { addDays as addDaysOrUndefined } from '../../server/src/core/dates';

/** Every date of these tests is near 2024-2027: always inside 0000-9999. */
const addDays = (d: string, n: number): string => addDaysOrUndefined(d, n)!;
import { curveFraction, expectedValue, round6, trackScore, type TrackInput } from '../../server/src/core/model/expected';

const START = '2026-09-01';
const CURVE: Array<[number, number]> = [[2, 0.3], [6, 0.6], [12, 0.9]];
/** PHQ-9 goal 20 -> 5, RC 6, with the curve above. */
const PHQ: TrackInput = { baseline: 20, target: 5, start: START, due: '2027-03-01', curve: CURVE, better: 'lower', rc: 6, weeks: 8 };
const week = (w: number) => addDays(START, w * 7);

describe('expected value e(d) (SPEC 5.5)', () => {
  it('a curve starts at an implicit [0, 0] and is linear between pairs', () => {
    assert.equal(curveFraction(CURVE, 0), 0);
    assert.equal(curveFraction(CURVE, 1), 0.15);
    assert.equal(curveFraction(CURVE, 2), 0.3);
    assert.equal(round6(curveFraction(CURVE, 4)), 0.45);
    assert.equal(round6(curveFraction(CURVE, 9)), 0.75);
    assert.equal(expectedValue(PHQ, week(4)), 20 - 15 * curveFraction(CURVE, 4));
    assert.equal(round6(expectedValue(PHQ, week(4))!), 13.25);
  });

  it('after the last pair the curve keeps the last fraction (never reaches the target by itself)', () => {
    assert.equal(curveFraction(CURVE, 12), 0.9);
    assert.equal(curveFraction(CURVE, 40), 0.9);
    assert.equal(round6(expectedValue(PHQ, week(30))!), 6.5);
  });

  it('a pair at week 0 takes the implicit point\'s place; fractional weeks are read between days', () => {
    assert.equal(curveFraction([[0, 0.2], [4, 0.6]], 0), 0.2);
    assert.equal(round6(curveFraction([[0, 0.2], [4, 0.6]], 2)), 0.4);
    assert.equal(round6(curveFraction([[3.5, 0.35]], 1)), 0.1);
  });

  it('without a curve: the straight line min(1, (d - start) / (due - start))', () => {
    const line = { ...PHQ, curve: undefined, due: addDays(START, 112) };
    assert.equal(expectedValue(line, START), 20);
    assert.equal(expectedValue(line, week(8)), 12.5);
    assert.equal(expectedValue(line, week(16)), 5);
    assert.equal(expectedValue(line, week(30)), 5);
  });

  it('no expected value before start, or for a straight line without a due date after start', () => {
    assert.equal(expectedValue(PHQ, '2026-08-31'), undefined);
    assert.equal(expectedValue({ ...PHQ, curve: undefined, due: undefined }, week(3)), undefined);
    assert.equal(expectedValue({ ...PHQ, curve: undefined, due: START }, week(3)), undefined);
    assert.equal(expectedValue({ ...PHQ, curve: [] }, week(4)), 20 - 15 * (28 / 181)); // an empty curve is the straight line
  });

  it('higher-is-better instruments run upwards (ORS 18 -> 30)', () => {
    const ors: TrackInput = { baseline: 18, target: 30, start: START, due: addDays(START, 84), curve: undefined, better: 'higher', rc: 5, weeks: 8 };
    assert.equal(expectedValue(ors, week(6)), 24);
    assert.equal(trackScore(ors, 19, week(6))!.offCurve, true); // 5 below 24
    assert.equal(trackScore(ors, 19.5, week(6))!.offCurve, false);
    assert.equal(trackScore(ors, 29, week(6))!.worseBy, -5);
  });
});

describe('not on track (SPEC 5.5)', () => {
  it('the curve clause: worse than e(d) by at least the RC, boundary included', () => {
    const e = expectedValue(PHQ, week(4))!; // 13.25
    assert.equal(trackScore(PHQ, 19.25, week(4))!.offCurve, true);
    assert.equal(trackScore(PHQ, 19, week(4))!.offCurve, false);
    assert.equal(trackScore(PHQ, 19, week(4))!.expected, e);
    assert.equal(trackScore(PHQ, 19, week(4))!.notOnTrack, false); // 4 weeks: the 8-week clause does not apply yet
  });

  it('differences are rounded to 6 decimals: 5.999999999999999 counts as 6', () => {
    const line: TrackInput = { baseline: 10, target: 0, start: START, due: addDays(START, 100), curve: undefined, better: 'lower', rc: 6, weeks: 8 };
    const d = addDays(START, 38); // f = 0.38, e = 6.2 in binary floating point
    const e = expectedValue(line, d)!;
    assert.ok(12.2 - e < 6, 'the raw difference is just below 6');
    const r = trackScore(line, 12.2, d)!;
    assert.equal(r.worseBy, 6);
    assert.equal(r.offCurve, true);
  });

  it('the 8-week clause: from 8 weeks on, neither a reliable improvement nor at the target is not on track', () => {
    // Week 8: e = 11.75 on the curve.
    assert.equal(trackScore(PHQ, 14, week(8))!.notOnTrack, false); // improvement 6 = RC: reliable
    assert.equal(trackScore(PHQ, 15, week(8))!.stalled, true); // improvement 5 < RC, not at target
    assert.equal(trackScore(PHQ, 15, week(8))!.offCurve, false); // 3.25 worse than e: the curve clause alone would pass
    assert.equal(trackScore(PHQ, 15, addDays(START, 55))!.stalled, false); // 7 weeks 6 days: not yet
    assert.equal(trackScore(PHQ, 15, week(8))!.notOnTrack, true);
  });

  it('a goal whose target is within the RC is on track once the score reaches the target', () => {
    const small: TrackInput = { ...PHQ, baseline: 9, target: 5, curve: undefined, due: addDays(START, 84) };
    assert.equal(trackScore(small, 5, week(10))!.notOnTrack, false); // at the target
    assert.equal(trackScore(small, 4, week(10))!.notOnTrack, false); // beyond it
    assert.equal(trackScore(small, 6, week(10))!.notOnTrack, true); // improvement 3 < RC, target not reached
  });

  it('notOnTrack.weeks is configurable', () => {
    assert.equal(trackScore({ ...PHQ, weeks: 4 }, 18, week(4))!.stalled, true);
    assert.equal(trackScore({ ...PHQ, weeks: 12 }, 18, week(8))!.stalled, false);
  });

  it('an improvement that keeps pace is on track at every week', () => {
    for (let w = 0; w <= 20; w++) {
      const e = expectedValue(PHQ, week(w))!;
      const s = Math.round(e); // a real, whole PHQ-9 score close to the curve
      const r = trackScore(PHQ, s, week(w))!;
      assert.equal(r.offCurve, false, `week ${w}`);
      if (w >= 8) assert.equal(r.notOnTrack, false, `week ${w}: score ${s}`);
    }
  });
});

describe('property: on the expected value is never off track; worse by the RC always is', () => {
  const isoDay = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));
  const curve = fc
    .uniqueArray(fc.double({ min: 0, max: 60, noNaN: true }), { minLength: 1, maxLength: 6 })
    .chain((ws) => fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: ws.length, maxLength: ws.length })
      .map((fs) => [...ws].sort((a, b) => a - b).map((w, i): [number, number] => [w, fs[i]])));
  const input = fc.record({
    baseline: fc.double({ min: -100, max: 100, noNaN: true }),
    target: fc.double({ min: -100, max: 100, noNaN: true }),
    start: isoDay,
    span: fc.integer({ min: 1, max: 730 }),
    curve: fc.option(curve, { nil: undefined }),
    better: fc.constantFrom('lower' as const, 'higher' as const),
    rc: fc.double({ min: 0.5, max: 20, noNaN: true }),
    weeks: fc.integer({ min: 1, max: 26 }),
    after: fc.integer({ min: 0, max: 1000 }),
  });

  it('holds for random baselines, targets, dates, curves and RCs', () => {
    fc.assert(
      fc.property(input, (i) => {
        const x: TrackInput = { ...i, due: addDays(i.start, i.span) };
        const d = addDays(i.start, i.after);
        const e = expectedValue(x, d)!;
        const on = trackScore(x, e, d)!;
        assert.equal(on.offCurve, false);
        // The 8-week clause may still apply to a score on the line (it asks for reliable
        // improvement, not for the line); before it applies, on the line is on track.
        if (i.after < i.weeks * 7) assert.equal(on.notOnTrack, false);
        const worse = i.better === 'lower' ? e + i.rc : e - i.rc;
        const off = trackScore(x, worse, d)!;
        assert.equal(off.offCurve, true);
        assert.equal(off.notOnTrack, true);
      }),
      { numRuns: 2000 },
    );
  });
});
