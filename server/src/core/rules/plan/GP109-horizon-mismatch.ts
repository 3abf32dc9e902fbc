// GP109 horizon-mismatch: the horizon says short- or long-term but the dates say otherwise.
// Objectives are short (DOMAIN.md: 8-12 weeks; at most `shortTermMaxDays` = 90 days); long-term
// goals run at least `longTermMinDays` = 30 days (goal.schema.json horizon). Both are options.
import { daysBetween, isIsoDate } from '../../dates';
import { goalStart } from '../../model/goals';
import { defineRule } from '../types';
import { days, goalName, numberOption } from './goalHelpers';

export const GP109 = defineRule({
  id: 'GP109',
  alias: 'horizon-mismatch',
  description: 'Short-term goal runs more than 90 days, or long-term goal fewer than 30.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  defaultOptions: { shortTermMaxDays: 90, longTermMinDays: 30 },
  checkGoal(ctx, e) {
    const shortMax = numberOption(ctx, 'shortTermMaxDays', 90);
    const longMin = numberOption(ctx, 'longTermMinDays', 30);
    const h = e.goal.horizon;
    if (h !== 'short-term' && h !== 'long-term') return;
    const start = goalStart(e.goal, ctx.doc.plan);
    const due = isIsoDate(e.goal.due) ? e.goal.due : undefined;
    if (!start || !due) return;
    const d = daysBetween(start, due);
    let problem: string | undefined;
    if (h === 'short-term' && d > shortMax) problem = `runs ${days(d)} from start to due, more than ${days(shortMax)} for a short-term goal`;
    if (h === 'long-term' && d < longMin) problem = `runs ${days(d)} from start to due, fewer than ${days(longMin)} for a long-term goal`;
    if (!problem) return;
    ctx.report({
      span: e.block.region.rangeOf(['horizon']),
      message: `${goalName(e)}: the goal ${problem}; change the horizon or the dates.`,
      data: { goal: e.goal.id, days: d },
    });
  },
});
