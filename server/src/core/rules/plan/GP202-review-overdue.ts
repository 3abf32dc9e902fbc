// GP202 review-overdue: review.next has passed and no review session (`review: true`) of this
// plan is dated on or after it. Sessions count for this plan when SPEC 1.2 "Which plan" assigns
// them to it (workspace.planFor), so an older plan's reviews never satisfy a newer plan.
import { daysBetween } from '../../dates';
import { defineRule } from '../types';
import { days } from './goalHelpers';
import { reviewOf } from './review';

export const GP202 = defineRule({
  id: 'GP202',
  alias: 'review-overdue',
  description: 'Today is after review.next and no review session is dated on or after it.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const next = reviewOf(ctx.doc.plan).next;
    if (!fm || !next || !(ctx.today > next)) return;
    const client = ctx.doc.plan?.client;
    const sessions = typeof client === 'string' ? ctx.workspace.sessionsOf(client) : [];
    const held = sessions.some((s) => {
      const date = s.session?.date;
      return s.session?.review === true && typeof date === 'string' && date >= next && ctx.workspace.planFor(s)?.plan.uri === ctx.doc.uri;
    });
    if (held) return;
    const late = daysBetween(next, ctx.today);
    ctx.report({
      span: fm.rangeOf(['review', 'next']),
      message: `The plan review was due on ${next} (${days(late)} ago) and no session with \`review: true\` is dated on or after it.`,
      data: { next, daysOverdue: late },
    });
  },
});
