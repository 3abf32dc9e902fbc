// GP203 review-due-soon: "within N days" = 0 <= d <= N, N from review.dueSoon.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

const plan = (next: string) => ['---', 'kind: goal-plan', 'client: C-9203', 'created: 2026-09-01', 'review:', `  next: ${next}`, '---', ''].join('\n');
const gp203 = (text: string, config?: string) => lintFiles({ 'plan.md': text }, { today: '2026-11-26', config }).filter((d) => d.rule === 'GP203');

describe('GP203 review-due-soon', () => {
  it('uses review.dueSoon from config', () => {
    assert.equal(gp203(plan('2026-12-16')).length, 0); // 20 days
    assert.equal(gp203(plan('2026-12-16'), 'review:\n  dueSoon: 20\n').length, 1);
    assert.equal(gp203(plan('2026-12-17'), 'review:\n  dueSoon: 20\n').length, 0);
    assert.equal(gp203(plan('2026-11-26'), 'review:\n  dueSoon: 0\n').length, 1);
  });
});
