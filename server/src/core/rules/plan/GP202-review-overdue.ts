// GP202 review-overdue: review.next has passed and no held review session of this plan is dated
// on or after it, up to today (SPEC 2 as amended by 5.1). "Held" and "of this plan" are the core's
// facts (model/reviews.ts reviewState): a no-show or cancelled "review", a review note dated after
// today, and a review of another plan of the client never count; a closed plan is not checked.
// The panel, the report, the caseload and the status bar read the same reviewState.
import { reviewState } from '../../model/reviews';
import { defineRule } from '../types';
import { days } from './goalHelpers';

export const GP202 = defineRule({
  id: 'GP202',
  alias: 'review-overdue',
  description: 'Today is after review.next and no held review session of the plan is dated on or after it.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm || !ctx.doc.plan) return;
    const st = reviewState(ctx.workspace, ctx.doc, ctx.today, ctx.config);
    if (!st.overdue || !st.next) return;
    const late = st.daysOverdue ?? 0;
    ctx.report({
      span: fm.rangeOf(['review', 'next']),
      message: `The plan review was due on ${st.next} (${days(late)} ago) and no held review session (\`review: true\`, not a no-show or cancellation) of this plan is dated on or after it.`,
      data: { next: st.next, daysOverdue: late },
    });
  },
});
