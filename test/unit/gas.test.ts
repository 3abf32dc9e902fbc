import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { gasTScore, roundT } from '../../server/src/core/progress/gas';

describe('GAS T-score (Kiresuk-Sherman)', () => {
  it('weights (3,5,1,4,2,6) with levels (-2,0,-1,2,0,1) give exactly 55', () => {
    const w = [3, 5, 1, 4, 2, 6];
    const x = [-2, 0, -1, 2, 0, 1];
    const t = gasTScore(w.map((weight, i) => ({ weight, level: x[i] })));
    assert.ok(t !== undefined);
    assert.ok(Math.abs(t - 55) < 1e-9, `got ${t}`);
  });

  it('all levels 0 give 50', () => {
    assert.equal(gasTScore([{ level: 0 }, { level: 0, weight: 3 }, { level: 0 }]), 50);
  });

  it('three unweighted goals at +1 give 63.7 (one decimal)', () => {
    const t = gasTScore([{ level: 1 }, { level: 1 }, { level: 1 }])!;
    assert.equal(roundT(t), 63.7);
    assert.ok(Math.abs(t - (50 + 30 / Math.sqrt(4.8))) < 1e-9);
  });

  it('a single goal at +2 with rho 0 is 70 (one SD per level)', () => {
    assert.equal(gasTScore([{ level: 2 }], 0), 70);
  });

  it('rho changes the result (default 0.3 is used)', () => {
    const levels = [{ level: 1 }, { level: 1 }];
    assert.notEqual(gasTScore(levels, 0), gasTScore(levels));
    assert.equal(gasTScore(levels), gasTScore(levels, 0.3));
  });

  it('nothing to score gives undefined, not 50', () => {
    assert.equal(gasTScore([]), undefined);
    assert.equal(gasTScore([{ level: 1, weight: 0 }]), undefined);
  });

  it('is symmetric around 50 and bounded for levels in -2..2', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ level: fc.integer({ min: -2, max: 2 }), weight: fc.integer({ min: 1, max: 10 }) }), { minLength: 1, maxLength: 12 }),
      (levels) => {
        const t = gasTScore(levels)!;
        const mirrored = gasTScore(levels.map((l) => ({ ...l, level: -l.level })))!;
        assert.ok(Math.abs(t - 50 - (50 - mirrored)) < 1e-9);
        // with rho 0.3 and every goal at +2, T is the maximum for those weights
        const max = gasTScore(levels.map((l) => ({ ...l, level: 2 })))!;
        assert.ok(t <= max + 1e-9);
      },
    ));
  });
});
