// GP201 review-missing: the safe fix inserts only a `next:` line (or a `review:` map), with the
// date review.last (or created) + review.every (or maxInterval), and leaves the plan clean.
import * as assert from 'node:assert/strict';
import { applyFix, lintFiles } from '../../helpers/lint';
import type { Diagnostic } from '../../../server/src/core/types';

const TODAY = '2026-11-26';

function plan(frontMatter: string, eol = '\n'): string {
  return ['---', 'kind: goal-plan', 'client: C-9201', 'clinician: RK', ...frontMatter.split('\n'), '---', '', 'Body text.', ''].join(eol);
}

function gp201(text: string, config?: string): Diagnostic[] {
  return lintFiles({ 'plan.md': text }, { today: TODAY, config }).filter((d) => d.rule === 'GP201');
}

/** Applies the only fix, checks it is safe and purely an insertion, and returns the new text. */
function fixed(text: string, config?: string): string {
  const [d] = gp201(text, config);
  assert.ok(d, 'GP201 expected');
  assert.equal(d.fixes?.length, 1);
  const fix = d.fixes![0];
  assert.equal(fix.safe, true);
  for (const e of fix.edits) assert.equal(e.span.start, e.span.end, 'the fix only inserts');
  const out = applyFix(text, fix);
  // Bytes outside the insertion are untouched.
  const e = fix.edits[0];
  assert.equal(out.slice(0, e.span.start), text.slice(0, e.span.start));
  assert.equal(out.slice(e.span.start + e.newText.length), text.slice(e.span.end));
  const after = lintFiles({ 'plan.md': out }, { today: TODAY, config });
  assert.deepEqual(after.filter((x) => ['GP001', 'GP002', 'GP201', 'GP204', 'GP207'].includes(x.rule)).map((x) => `${x.rule} ${x.message}`), []);
  return out;
}

describe('GP201 review-missing fix', () => {
  it('adds next after last inside a block review map: last + every', () => {
    const out = fixed(plan('created: 2026-09-01\nreview:\n  every: 12w\n  last: 2026-10-26  # held with client'));
    assert.match(out, /\n  last: 2026-10-26  # held with client\n  next: 2027-01-18\n---/);
  });

  it('keeps the map indentation (4 spaces) and puts next after last even when last is not the last key', () => {
    const out = fixed(plan('created: 2026-09-01\nreview:\n    last: 2026-10-26\n    every: 2w'));
    assert.match(out, /\n    last: 2026-10-26\n    next: 2026-11-09\n    every: 2w\n/);
  });

  it('uses created when review.last is missing, and maxInterval when review.every is missing', () => {
    const out = fixed(plan('created: 2026-09-01\nreview:\n  every: 30d'));
    assert.match(out, /every: 30d\n  next: 2026-10-01\n/);
    const out2 = fixed(plan('created: 2026-09-01\nreview:\n  last: 2026-10-01'));
    assert.match(out2, /last: 2026-10-01\n  next: 2026-12-30\n/); // + 90d
    const out3 = fixed(plan('created: 2026-09-01\nreview:\n  last: 2026-10-01'), 'review:\n  maxInterval: 30d\n');
    assert.match(out3, /next: 2026-10-31\n/);
  });

  it('adds a review map when there is none', () => {
    const out = fixed(plan('created: 2026-09-01'));
    assert.match(out, /created: 2026-09-01\nreview:\n  next: 2026-11-30\n---/);
  });

  it('fills an empty `review:` key', () => {
    const out = fixed(plan('created: 2026-09-01\nreview:\nstatus: active'));
    assert.match(out, /\nreview:\n  next: 2026-11-30\nstatus: active\n/);
  });

  it('extends a flow map', () => {
    const out = fixed(plan('created: 2026-09-01\nreview: {every: 4w}'));
    assert.match(out, /review: \{every: 4w, next: 2026-09-29\}/);
    const out2 = fixed(plan('created: 2026-09-01\nreview: {}'));
    assert.match(out2, /review: \{next: 2026-11-30\}/);
  });

  it('keeps CRLF line endings', () => {
    const text = plan('created: 2026-09-01\nreview:\n  every: 4w', '\r\n');
    const out = fixed(text);
    assert.ok(out.includes('  every: 4w\r\n  next: 2026-09-29\r\n---'), JSON.stringify(out));
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF introduced');
  });

  it('never proposes a date that GP204 would flag: months count 30 days', () => {
    // 2026-10-26 + 3 calendar months = 2027-01-26 (92 days); GP204 allows 90.
    const out = fixed(plan('created: 2026-09-01\nreview:\n  every: 3mo\n  last: 2026-10-26'));
    assert.match(out, /next: 2027-01-24\n/);
    // A February month is shorter than 30 days: the calendar date is kept.
    const out2 = fixed(plan('created: 2026-09-01\nreview:\n  every: 1mo\n  last: 2026-01-31'));
    assert.match(out2, /next: 2026-02-28\n/);
  });

  it('reports an invalid review.next on the value and offers no insertion (the key is there)', () => {
    const text = plan('created: 2026-09-01\nreview:\n  next: 2026-02-30');
    const [d] = gp201(text);
    assert.equal(text.slice(d.span.start, d.span.end), '2026-02-30');
    assert.equal(d.fixes, undefined);
  });

  it('offers no fix when there is no date to start from', () => {
    const [d] = gp201(['---', 'kind: goal-plan', 'client: C-1', 'review:', '  every: 4w', '---', ''].join('\n'));
    assert.ok(d);
    assert.equal(d.fixes, undefined);
  });
});
