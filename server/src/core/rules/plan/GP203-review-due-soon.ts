// GP203 review-due-soon: a reminder that review.next is within `review.dueSoon` days (default
// 14, `.goalplan.yaml` review.dueSoon) of today: 0 <= review.next - today <= dueSoon.
import { daysBetween } from '../../dates';
import { defineRule } from '../types';
import { days } from './goalHelpers';
import { reviewOf } from './review';

export const GP203 = defineRule({
  id: 'GP203',
  alias: 'review-due-soon',
  description: 'review.next is within 14 days of today.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const next = reviewOf(ctx.doc.plan).next;
    if (!fm || !next) return;
    const soon = typeof ctx.config.review?.dueSoon === 'number' ? ctx.config.review.dueSoon : 14;
    const d = daysBetween(ctx.today, next);
    if (d < 0 || d > soon) return;
    ctx.report({
      span: fm.rangeOf(['review', 'next']),
      message: d === 0 ? `The plan review is due today (${next}).` : `The plan review is due in ${days(d)} (${next}).`,
      data: { next, daysLeft: d },
    });
  },
});
