// GP208 review-not-recorded (SPEC 5.4, 5.1, 5.8): the earliest held review of the plan after
// review.last is more than review.recordGraceDays (7) days old; the message and the safe fix use
// the latest such review: review.last := its date, review.next := + review.every (or maxInterval).
import * as assert from 'node:assert/strict';
import { pickEdits } from '../../../server/src/cli/fix';
import { applyEdits, applyFix, lintFiles } from '../../helpers/lint';

const TODAY = '2026-11-26';

function plan(review: string, extra = ''): string {
  return ['---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-06-01', ...extra.split('\n').filter(Boolean), review, '---', '',
    '```yaml goal', 'id: G1', 'statement: Client will walk 20 minutes on 4 mornings each week.', 'due: 2027-06-01', '```', ''].join('\n');
}

function session(date: string, type = 'therapy', review = true): string {
  return ['---', 'kind: session-log', 'client: C-1', `date: ${date}`, `type: ${type}`, `review: ${review}`, '---', '', 'Review.', ''].join('\n');
}

function lint(files: Record<string, string>, config?: string) {
  return lintFiles(files, { today: TODAY, config });
}

const gp208 = (files: Record<string, string>, config?: string) => lint(files, config).filter((d) => d.rule === 'GP208');

describe('GP208 review-not-recorded', () => {
  const REVIEW = 'review:\n  every: 90d\n  last: 2026-07-01\n  next: 2026-09-29';

  it('fires when the earliest held review after review.last is more than 7 days before today', () => {
    assert.equal(gp208({ 'plan.md': plan(REVIEW), 's1.md': session('2026-11-18') }).length, 1, '8 days');
    assert.equal(gp208({ 'plan.md': plan(REVIEW), 's1.md': session('2026-11-19') }).length, 0, '7 days: within the grace');
    assert.equal(gp208({ 'plan.md': plan(REVIEW), 's1.md': session('2026-07-01') }).length, 0, 'on review.last: recorded');
    assert.equal(gp208({ 'plan.md': plan(REVIEW), 's1.md': session('2026-09-28', 'no-show') }).length, 0, 'a no-show is no review');
    assert.equal(gp208({ 'plan.md': plan(REVIEW), 's1.md': session('2026-09-28', 'cancelled') }).length, 0);
    assert.equal(gp208({ 'plan.md': plan(REVIEW), 's1.md': session('2026-09-28', 'therapy', false) }).length, 0, 'not a review');
    assert.equal(gp208({ 'plan.md': plan(REVIEW, 'status: closed'), 's1.md': session('2026-09-28') }).length, 0, 'closed plan');
    assert.equal(gp208({ 'plan.md': plan(REVIEW), 's1.md': session('2026-09-28') }, 'review:\n  recordGraceDays: 60\n').length, 0, 'configured grace');
  });

  it('only reviews of this plan count (a review dated before the plan belongs to the earlier plan)', () => {
    const older = plan('review:\n  every: 90d\n  last: 2026-01-05\n  next: 2026-04-05').replace('created: 2026-06-01', 'created: 2026-01-05').replace('G1', 'G9');
    const files = { 'old.md': older, 'plan.md': plan(REVIEW), 's1.md': session('2026-03-30') };
    const ds = lint(files).filter((d) => d.rule === 'GP208');
    assert.deepEqual(ds.map((d) => d.uri), ['old.md']);
  });

  it('names the latest review, the days since the first, and proposes the schedule; at review.last', () => {
    const text = plan(REVIEW);
    const [d] = gp208({ 'plan.md': text, 'a.md': session('2026-09-28'), 'b.md': session('2026-11-20') });
    assert.equal(text.slice(d.span.start, d.span.end), '2026-07-01');
    assert.equal(d.message, '2 reviews held since review.last (first 2026-09-28, 59 days ago; latest 2026-11-20) are not recorded in the plan: review.last is still 2026-07-01; set review.last to 2026-11-20 and review.next to 2027-02-18.');
  });

  it('the safe fix writes review.last and review.next in place; the plan is then clean', () => {
    const text = plan(REVIEW);
    const files = { 'plan.md': text, 'a.md': session('2026-09-28') };
    const [d] = gp208(files);
    assert.equal(d.message, 'The review held on 2026-09-28 is not recorded in the plan 59 days later: review.last is still 2026-07-01; set review.last to 2026-09-28 and review.next to 2026-12-27.');
    assert.equal(d.fixes!.length, 1);
    assert.equal(d.fixes![0].safe, true);
    const out = applyFix(text, d.fixes![0]);
    assert.ok(out.includes('review:\n  every: 90d\n  last: 2026-09-28\n  next: 2026-12-27\n'), out);
    assert.deepEqual(lint({ ...files, 'plan.md': out }).filter((x) => x.uri === 'plan.md' && /^GP(00[12]|20[2-8])$/.test(x.rule)), []);
    // --fix applies it (CLI's pick of safe edits).
    const picked = pickEdits(lint(files).filter((x) => x.uri === 'plan.md'), 'plan.md');
    assert.equal(applyEdits(text, picked), out);
  });

  it('without review.last counts from created, reports at the review key and adds last; without every uses maxInterval', () => {
    const text = plan('review:\n  next: 2026-08-30');
    const [d] = gp208({ 'plan.md': text, 'a.md': session('2026-09-01') });
    assert.equal(text.slice(d.span.start, d.span.end), 'review');
    assert.match(d.message, /the plan has no review\.last \(it counts from created, 2026-06-01\)/);
    const out = applyFix(text, d.fixes![0]);
    assert.ok(out.includes('review:\n  next: 2026-11-30\n  last: 2026-09-01\n'), out);
    const withMax = gp208({ 'plan.md': text, 'a.md': session('2026-09-01') }, 'review:\n  maxInterval: 30d\n')[0];
    assert.equal(withMax.data?.next, '2026-10-01');
  });

  it('issue 11: a review held in September, the plan never updated, is reported in June', () => {
    const text = plan('review:\n  every: 90d\n  last: 2026-06-01\n  next: 2026-08-30');
    const ds = lintFiles({ 'plan.md': text, 'a.md': session('2026-09-01') }, { today: '2027-06-01' }).filter((d) => d.rule === 'GP208');
    assert.equal(ds.length, 1);
  });
});
