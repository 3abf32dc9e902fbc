// GP202 review-overdue: only review sessions that belong to this plan (SPEC 1.2 "Which plan"),
// dated on or after review.next, count.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

const plan = (created: string, next: string) => ['---', 'kind: goal-plan', 'client: C-9202', `created: ${created}`, 'review:', `  next: ${next}`, '---', ''].join('\n');
const session = (date: string, review: boolean) => ['---', 'kind: session-log', 'client: C-9202', `date: ${date}`, `review: ${review}`, '---', ''].join('\n');
const gp202 = (files: Record<string, string>) => lintFiles(files, { today: '2026-11-26' }).filter((d) => d.rule === 'GP202').map((d) => d.uri);

describe('GP202 review-overdue', () => {
  it('a review session on or after review.next holds the review', () => {
    assert.deepEqual(gp202({ 'plan.md': plan('2026-09-01', '2026-11-01') }), ['plan.md']);
    assert.deepEqual(gp202({ 'plan.md': plan('2026-09-01', '2026-11-01'), 's.md': session('2026-11-01', true) }), []);
    assert.deepEqual(gp202({ 'plan.md': plan('2026-09-01', '2026-11-01'), 's.md': session('2026-10-31', true) }), ['plan.md']);
    assert.deepEqual(gp202({ 'plan.md': plan('2026-09-01', '2026-11-01'), 's.md': session('2026-11-02', false) }), ['plan.md']);
  });

  it('a review session that belongs to a newer plan does not hold the older plan review', () => {
    const files = { 'old.md': plan('2026-01-01', '2026-04-01'), 'new.md': plan('2026-06-01', '2026-12-01'), 's.md': session('2026-06-15', true) };
    assert.deepEqual(gp202(files), ['old.md']);
    // Once the session is dated before the newer plan, it belongs to the old one.
    assert.deepEqual(gp202({ ...files, 's.md': session('2026-05-15', true) }), []);
  });

  it('issue 11: a no-show "review" is not held, and GP202 keeps firing while review.next is not moved', () => {
    const noShow = ['---', 'kind: session-log', 'client: C-9202', 'date: 2026-09-01', 'type: no-show', 'review: true', '---', ''].join('\n');
    const files = { 'plan.md': plan('2026-03-01', '2026-08-30'), 's.md': noShow };
    assert.deepEqual(lintFiles(files, { today: '2027-06-01' }).filter((d) => d.rule === 'GP202').map((d) => d.uri), ['plan.md']);
    assert.deepEqual(gp202({ ...files, 's.md': noShow.replace('type: no-show', 'type: cancelled') }), ['plan.md']);
    assert.deepEqual(gp202({ ...files, 's.md': noShow.replace('type: no-show', 'type: therapy') }), [], 'a held review answers it');
  });

  it('a review note dated after today does not hold the review (up to today)', () => {
    assert.deepEqual(gp202({ 'plan.md': plan('2026-09-01', '2026-11-01'), 's.md': session('2026-12-01', true) }), ['plan.md']);
  });

  it('a closed plan is not reported (SPEC 5.1)', () => {
    const closed = (extra: string) => plan('2026-01-01', '2026-04-01').replace('review:', `${extra}\nreview:`);
    assert.deepEqual(gp202({ 'plan.md': closed('status: closed') }), []);
    assert.deepEqual(gp202({ 'plan.md': closed('closed: 2026-06-30') }), []);
    assert.deepEqual(gp202({ 'plan.md': closed('closed: 2026-12-30') }), ['plan.md'], 'closes after today: still open');
  });
});
