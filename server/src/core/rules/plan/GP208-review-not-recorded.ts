// GP208 review-not-recorded (SPEC 5.4): a held review session of the plan is dated after
// review.last, and the earliest such review is more than `review.recordGraceDays` (default 7)
// days before today: the review happened but the plan was never updated, so review.last and
// review.next still describe the old cycle (and GP202 goes quiet while the next review is never
// scheduled; issue 11). Reported at review.last, or the `review` key, or the front matter's first
// line. The message and the fix use the latest held review after review.last.
//
// The fix is safe (SPEC 5.8: it copies a fact already in the files and computes a schedule from
// the configured interval): review.last := that session's date, review.next := that date +
// review.every (without `every`: + review.maxInterval), as GP201's fix computes it.
import { daysBetween } from '../../dates';
import { sessionDate } from '../../model/sessions';
import { isPlanOpen } from '../../model/plans';
import { heldReviewSessions } from '../../model/reviews';
import type { Fix, IsoDate, ParsedDocument, Span } from '../../types';
import { defineRule, type RuleContext } from '../types';
import { days, firstLineOf } from './goalHelpers';
import { proposedNext, reviewOf } from './review';
import { keepsFileWhole, upsertKeys } from './yamlEdit';

export const GP208 = defineRule({
  id: 'GP208',
  alias: 'review-not-recorded',
  description: 'A held review session of the plan dated after review.last is more than 7 days old and the plan was not updated.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: true,
  check(ctx) {
    // SPEC 5.1: a closed plan is no longer kept current.
    if (!isPlanOpen(ctx.doc.plan, ctx.today)) return;
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    const schedule = reviewOf(ctx.doc.plan);
    const last = schedule.lastOrCreated;
    if (!last) return;
    const after = heldReviewSessions(ctx.workspace, ctx.doc, ctx.today)
      .map((s) => sessionDate(s.session!)!)
      .filter((d) => d > last);
    if (after.length === 0) return;
    const earliest = after[0];
    const grace = ctx.config.review.recordGraceDays;
    const late = daysBetween(earliest, ctx.today);
    if (!(late > (typeof grace === 'number' ? grace : 7))) return;
    const latest = after[after.length - 1];
    const next = proposedNext({ ...schedule, lastOrCreated: latest }, ctx.config);
    const held = after.length === 1
      ? `The review held on ${latest} is not recorded in the plan ${days(late)} later`
      : `${after.length} reviews held since review.last (first ${earliest}, ${days(late)} ago; latest ${latest}) are not recorded in the plan`;
    const lastText = schedule.last ? `review.last is still ${schedule.last}` : `the plan has no review.last (it counts from created, ${last})`;
    ctx.report({
      span: spanOf(ctx),
      message: `${held}: ${lastText}; set review.last to ${latest}${next ? ` and review.next to ${next}` : ''}.`,
      fixes: next ? () => fixFor(ctx, latest, next) : undefined,
      data: { review: latest, ...(next ? { next } : {}) },
    });
  },
});

function spanOf(ctx: RuleContext): Span {
  const fm = ctx.doc.frontMatter!;
  if (fm.has(['review', 'last'])) return fm.rangeOf(['review', 'last']);
  if (fm.has(['review'])) return fm.rangeOf(['review'], 'key');
  return firstLineOf(ctx.doc, fm);
}

function fixFor(ctx: RuleContext, last: IsoDate, next: IsoDate): Fix[] {
  const fm = ctx.doc.frontMatter!;
  const edits = upsertKeys(ctx.doc, fm, ['review'], [['last', last], ['next', next]], 'every');
  const reads = (after: ParsedDocument) => after.plan?.review?.last === last && after.plan.review.next === next;
  if (!edits || !keepsFileWhole(ctx.doc, edits, reads)) return [];
  return [{ title: `Record the review of ${last}: review.last ${last}, review.next ${next}`, edits, safe: true }];
}
