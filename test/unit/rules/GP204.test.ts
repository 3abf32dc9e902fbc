// GP204 review-interval: boundaries (months as 30 days, SPEC 1.4), the maxInterval from config,
// and the (unsafe) fix that recomputes review.next.
import * as assert from 'node:assert/strict';
import { applyFix, lintFiles } from '../../helpers/lint';

const TODAY = '2026-11-26';

function plan(review: string): string {
  return ['---', 'kind: goal-plan', 'client: C-9204', 'clinician: RK', 'created: 2026-09-01', 'review:', ...review.split('\n').map((l) => `  ${l}`), '---', ''].join('\n');
}

function gp204(text: string, config?: string) {
  return lintFiles({ 'plan.md': text }, { today: TODAY, config }).filter((d) => d.rule === 'GP204');
}

describe('GP204 review-interval', () => {
  it('compares next - last with every in days (12w = 84 days)', () => {
    assert.equal(gp204(plan('every: 12w\nlast: 2026-09-01\nnext: 2026-11-24')).length, 0);
    assert.equal(gp204(plan('every: 12w\nlast: 2026-09-01\nnext: 2026-11-25')).length, 1);
  });

  it('counts a year as 365 days', () => {
    assert.equal(gp204(plan('every: 1y\nlast: 2026-09-01\nnext: 2027-09-01'), 'review:\n  maxInterval: 1y\n').length, 0);
    assert.equal(gp204(plan('every: 1y\nlast: 2026-09-01\nnext: 2027-09-02'), 'review:\n  maxInterval: 1y\n').length, 1);
  });

  it('flags every longer than the configured maxInterval, on the every value', () => {
    const text = plan('every: 5w\nlast: 2026-09-01\nnext: 2026-10-01');
    assert.equal(gp204(text).length, 0);
    const [d] = gp204(text, 'review:\n  maxInterval: 4w\n');
    assert.equal(text.slice(d.span.start, d.span.end), '5w');
  });

  it('does nothing without review.every (SPEC compares with review.every only)', () => {
    assert.equal(gp204(plan('last: 2026-09-01\nnext: 2027-09-01')).length, 0);
  });

  it('offers an unsafe fix that sets review.next to last + every', () => {
    const text = plan('every: 4w\nlast: 2026-11-01\nnext: 2027-01-01   # booked');
    const [d] = gp204(text);
    assert.equal(d.fixes?.length, 1);
    assert.equal(d.fixes![0].safe, false);
    const out = applyFix(text, d.fixes![0]);
    assert.equal(out, text.replace('2027-01-01', '2026-11-29'));
    assert.equal(gp204(out).length, 0);
  });
});
