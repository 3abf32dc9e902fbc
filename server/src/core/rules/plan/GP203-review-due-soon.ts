// GP203 review-due-soon: a reminder that review.next is within `review.dueSoon` days (default
// 14, `.goalplan.yaml` review.dueSoon) of today: 0 <= review.next - today <= dueSoon. Read from
// the core's reviewState (model/reviews.ts), as the status bar does; a closed plan is not checked
// (SPEC 5.1).
import { reviewState } from '../../model/reviews';
import { defineRule } from '../types';
import { days } from './goalHelpers';

export const GP203 = defineRule({
  id: 'GP203',
  alias: 'review-due-soon',
  description: 'review.next is within 14 days of today.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm || !ctx.doc.plan) return;
    const st = reviewState(ctx.workspace, ctx.doc, ctx.today, ctx.config);
    if (!st.dueSoon || !st.next || st.daysLeft === undefined) return;
    const d = st.daysLeft;
    ctx.report({
      span: fm.rangeOf(['review', 'next']),
      message: d === 0 ? `The plan review is due today (${st.next}).` : `The plan review is due in ${days(d)} (${st.next}).`,
      data: { next: st.next, daysLeft: d },
    });
  },
});
