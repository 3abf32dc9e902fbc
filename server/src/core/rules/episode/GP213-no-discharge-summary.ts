// GP213 no-discharge-summary: an episode of care ends with a discharge summary (SPEC 5.2, 5.4;
// DOMAIN.md). A closed plan whose `closed` date is more than `dischargeGraceDays` (15) days
// before today needs a discharge summary that belongs to it (chosen as for a session). SPEC 5.7:
// a plan with status `closed` and no `closed` date does not get GP213 (the 5.4 table's "at
// `status`" sentence is overridden by 5.7's exact reading; see docs/rules/GP213.md).
import { dateOrAbsent } from '../../model/goals';
import { dischargeSummaryOverdue } from '../../model/plans';
import { defineRule } from '../types';

export const GP213 = defineRule({
  id: 'GP213',
  alias: 'no-discharge-summary',
  description: 'The plan is closed more than 15 days (`dischargeGraceDays`) before today and no discharge summary belongs to it.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const plan = ctx.doc.plan;
    const closed = dateOrAbsent(plan?.closed);
    if (!fm || !plan || !closed) return;
    const grace = typeof ctx.config.dischargeGraceDays === 'number' && ctx.config.dischargeGraceDays >= 0 ? ctx.config.dischargeGraceDays : 15;
    const days = dischargeSummaryOverdue(ctx.workspace, ctx.doc, ctx.today, grace);
    if (days === undefined) return;
    ctx.report({
      span: fm.rangeOf(['closed']),
      message: `The plan was closed on ${closed} (${days} days ago) and has no discharge summary; write one (GoalPlan: New discharge summary, or goalplan discharge).`,
      data: { closed },
    });
  },
});
