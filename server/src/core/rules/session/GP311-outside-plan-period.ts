// GP311: a session dated before its plan started or after it was closed (discharge) is not
// covered by any plan. Intake comes before the plan and is exempt (SPEC 1.2).
import { isIsoDate } from '../../dates';
import { defineRule } from '../types';
import { dateLabel, datedFrontMatter, fmSpan, isExempt, planOf, sessionDate } from './sessionHelpers';

export const outsidePlanPeriod = defineRule({
  id: 'GP311',
  alias: 'outside-plan-period',
  description: "session date before the plan's created or after its closed",
  defaultSeverity: 'warning',
  appliesTo: ['session-log', 'discharge-summary'],
  fixable: false,
  check(ctx) {
    const s = datedFrontMatter(ctx.doc);
    const date = s && sessionDate(s);
    if (!s || !date || isExempt('GP311', s)) return;
    const choice = planOf(ctx);
    const plan = choice?.plan.plan;
    if (!choice || !plan) return;
    const name = choice.plan.uri.split(/[\\/]/).pop();
    if (isIsoDate(plan.created) && date < plan.created) {
      ctx.report({ span: fmSpan(ctx, ['date']), message: `${dateLabel(ctx.doc)} ${date} is before the client's plan starts (${plan.created}, ${name}).` });
    } else if (isIsoDate(plan.closed) && date > plan.closed) {
      ctx.report({ span: fmSpan(ctx, ['date']), message: `${dateLabel(ctx.doc)} ${date} is after the client's plan was closed (${plan.closed}, ${name}).` });
    }
  },
});
