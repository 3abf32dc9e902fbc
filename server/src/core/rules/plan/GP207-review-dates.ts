// GP207 review-dates: review dates that cannot be true: a last review after today (it has not
// happened yet), or a next review that is not after the last one (review.last defaults to
// created, SPEC 1.1; the "after today" check applies only to a review.last actually written,
// since a default records no review).
import { defineRule } from '../types';
import { reviewOf } from './review';

export const GP207 = defineRule({
  id: 'GP207',
  alias: 'review-dates',
  description: 'review.last is after today, or review.next is not after review.last.',
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    const s = reviewOf(ctx.doc.plan);
    if (s.last && s.last > ctx.today) {
      ctx.report({
        span: fm.rangeOf(['review', 'last']),
        message: `review.last ${s.last} is after today (${ctx.today}); a completed review cannot be in the future.`,
        data: { last: s.last },
      });
    }
    if (s.next && s.lastOrCreated && !(s.next > s.lastOrCreated)) {
      const from = s.last ? `review.last ${s.last}` : `the plan's created date ${s.lastOrCreated}`;
      ctx.report({
        span: fm.rangeOf(['review', 'next']),
        message: `review.next ${s.next} is not after ${from}.`,
        data: { next: s.next },
      });
    }
  },
});
