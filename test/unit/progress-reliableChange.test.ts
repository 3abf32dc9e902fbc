import { strict as assert } from 'node:assert';
import {
  assessChange, assessForInstrument, cutoffA, cutoffB, cutoffC, isClinical, rci, rcBandOf, sDiff,
} from '../../server/src/core/progress/reliableChange';
import { BUILTIN_INSTRUMENTS, reliableChange } from '../../server/src/core/instruments';

const PHQ9 = BUILTIN_INSTRUMENTS['PHQ-9'];
const ORS = BUILTIN_INSTRUMENTS.ORS;
const PCL5 = BUILTIN_INSTRUMENTS['PCL-5'];

describe('Jacobson-Truax reliable change', () => {
  it('cutoff c with M1=40, M0=60 and both SDs 7.5 is 50', () => {
    assert.equal(cutoffC(40, 7.5, 60, 7.5), 50);
  });

  it('cutoffs a and b lie two SDs from the means towards the other population', () => {
    assert.equal(cutoffA(40, 7.5, 'higher'), 55);
    assert.equal(cutoffB(60, 7.5, 'higher'), 45);
    assert.equal(cutoffA(20, 5, 'lower'), 10);
    assert.equal(cutoffB(5, 2, 'lower'), 9);
  });

  it('RCI = (x2 - x1) / (sqrt2 * SD * sqrt(1 - r))', () => {
    // SD 7.5, r .8: SE = 3.354, Sdiff = 4.743; a 10-point gain gives RCI 2.108 (> 1.96, reliable)
    assert.ok(Math.abs(sDiff(7.5, 0.8) - 4.7434) < 1e-4);
    assert.ok(Math.abs(rci(40, 50, 7.5, 0.8) - 2.1082) < 1e-4);
    assert.ok(Math.abs(rci(40, 49, 7.5, 0.8)) < 1.96);
  });

  it('configured sd and r give RC = 1.96 * Sdiff through instruments.reliableChange', () => {
    const def = { name: 'X', range: [0, 100] as [number, number], better: 'higher' as const, sd: 7.5, r: 0.8 };
    assert.ok(Math.abs(reliableChange(def)! - 1.96 * sDiff(7.5, 0.8)) < 1e-12);
    const a = assessForInstrument(def, 40, 50)!;
    assert.ok(Math.abs(a.rci - rci(40, 50, 7.5, 0.8)) < 1e-9, 'rci from RC equals the J-T RCI');
    assert.equal(a.category, 'reliably-improved');
  });

  it('PHQ-9 (lower better, RC 6): 18 -> 12 reliably improved, 18 -> 13 unchanged, 10 -> 16 deteriorated', () => {
    assert.equal(assessForInstrument(PHQ9, 18, 12)!.category, 'reliably-improved');
    assert.equal(assessForInstrument(PHQ9, 18, 13)!.category, 'unchanged');
    assert.equal(assessForInstrument(PHQ9, 10, 16)!.category, 'reliably-deteriorated');
    assert.equal(assessForInstrument(PHQ9, 10, 15)!.category, 'unchanged');
    const a = assessForInstrument(PHQ9, 18, 12)!;
    assert.equal(a.delta, -6);
    assert.equal(a.direction, 'lower');
    assert.ok(Math.abs(a.rci + 1.96) < 1e-12);
  });

  it('PHQ-9 recovery: with a target, reaching it; without, reaching the minimal band', () => {
    assert.equal(assessForInstrument(PHQ9, 18, 9, 9)!.category, 'recovered');
    assert.equal(assessForInstrument(PHQ9, 18, 10, 9)!.category, 'reliably-improved');
    assert.equal(assessForInstrument(PHQ9, 12, 4)!.category, 'recovered');
    assert.equal(assessForInstrument(PHQ9, 15, 5)!.category, 'reliably-improved');
  });

  it('ORS (higher better, cutoff 25 below = clinical): 18 -> 26 recovered, 18 -> 23 improved, 30 -> 36 improved', () => {
    assert.equal(assessForInstrument(ORS, 18, 26)!.category, 'recovered');
    assert.equal(assessForInstrument(ORS, 18, 23)!.category, 'reliably-improved');
    assert.equal(assessForInstrument(ORS, 30, 36)!.category, 'reliably-improved');
    assert.equal(assessForInstrument(ORS, 30, 25)!.category, 'reliably-deteriorated');
    assert.equal(isClinical(ORS, 24), true);
    assert.equal(isClinical(ORS, 25), false);
  });

  it('PCL-5 (cutoff 33 at-or-above): 45 -> 32 recovered, 45 -> 35 improved', () => {
    assert.equal(assessForInstrument(PCL5, 45, 32)!.category, 'recovered');
    assert.equal(assessForInstrument(PCL5, 45, 35)!.category, 'reliably-improved');
    assert.equal(isClinical(PCL5, 33), true);
  });

  it('count/rating take the direction from baseline -> target, and need an RC', () => {
    const rating = { ...BUILTIN_INSTRUMENTS.rating, rc: 2 };
    assert.equal(assessForInstrument(rating, 8, 5, 3)!.category, 'reliably-improved');
    assert.equal(assessForInstrument(rating, 8, 5, 3)!.direction, 'lower');
    assert.equal(assessForInstrument(rating, 2, 5, 7)!.category, 'reliably-improved');
    assert.equal(assessForInstrument(rating, 2, 7, 7)!.category, 'recovered');
    assert.equal(assessForInstrument(rating, 5, 2, 7)!.category, 'reliably-deteriorated');
    assert.equal(assessForInstrument(rating, 5, 2, 5), undefined, 'no direction when baseline = target');
    assert.equal(assessForInstrument(BUILTIN_INSTRUMENTS.count, 0, 5, 3), undefined, 'count has no RC');
    assert.equal(assessForInstrument(BUILTIN_INSTRUMENTS.SUDS, 80, 20), undefined, 'SUDS has no RC');
  });

  it('RC band is baseline ± RC', () => {
    assert.deepEqual(rcBandOf(18, 6), { baseline: 18, rc: 6, low: 12, high: 24 });
  });

  it('assessChange works without an instrument', () => {
    assert.equal(assessChange({ baseline: 0, value: 3, rc: 3, direction: 'higher' }).category, 'reliably-improved');
    assert.equal(assessChange({ baseline: 0, value: 2.9, rc: 3, direction: 'higher' }).category, 'unchanged');
  });
});
