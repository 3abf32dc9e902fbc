import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { daysInMonth, isIsoDate } from '../../server/src/core/dates';

describe('calendar dates (SPEC 1.4)', () => {
  it('accepts real calendar dates written YYYY-MM-DD, and nothing else', () => {
    for (const ok of ['2026-11-26', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '9999-12-31', '0000-02-29']) assert.equal(isIsoDate(ok), true, ok);
    for (const bad of ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01',
      '2026-01-1', '26-01-01', ' 2026-01-01', '2026-01-01 ', '2026-01-01T00:00', '2026/01/01', '２０２６-01-01', '', '20260101']) {
      assert.equal(isIsoDate(bad), false, bad);
    }
    for (const v of [undefined, null, 20260101, new Date(0), ['2026-01-01']]) assert.equal(isIsoDate(v), false);
  });

  it('agrees with the UTC calendar on every day of years 100-9999', () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const utc = new Date(Date.UTC(y, m - 1, d));
      const real = m >= 1 && m <= 12 && d >= 1 && utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
      assert.equal(isIsoDate(text), real, text);
      if (m >= 1 && m <= 12) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate());
    }), { numRuns: 5000 });
  });
});
