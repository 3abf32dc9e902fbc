// GP106 unrealistic: a planned change far beyond what therapy typically achieves in the time
// given. Measured in reliable-change units (RC, SPEC 1.3 / DOMAIN.md Jacobson-Truax): more than
// `maxRcPerWeek` (0.5) RC per week from start to due, or, for a short-term goal, a total change
// of more than `shortTermMaxRc` (2) RC. Both thresholds are rule options.
import { daysBetween, isIsoDate } from '../../dates';
import { reliableChange } from '../../instruments';
import { goalStart, instrumentOf, numberOrAbsent } from '../../model/goals';
import { defineRule } from '../types';
import { fmt, goalName, numberOption } from './goalHelpers';

export const GP106 = defineRule({
  id: 'GP106',
  alias: 'unrealistic',
  description: 'Planned change is more than 0.5 reliable changes per week, or more than 2 reliable changes for a short-term goal.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  defaultOptions: { maxRcPerWeek: 0.5, shortTermMaxRc: 2 },
  checkGoal(ctx, e) {
    const maxPerWeek = numberOption(ctx, 'maxRcPerWeek', 0.5);
    const shortMax = numberOption(ctx, 'shortTermMaxRc', 2);
    const def = instrumentOf(e.goal, ctx.config);
    const rc = def ? reliableChange(def) : undefined;
    if (!def || rc === undefined || !(rc > 0)) return;
    const baseline = numberOrAbsent(e.goal.measure?.baseline);
    const target = numberOrAbsent(e.goal.measure?.target);
    if (baseline === undefined || target === undefined) return;
    const change = Math.abs(target - baseline);
    const reasons: string[] = [];

    const start = goalStart(e.goal, ctx.doc.plan);
    const due = isIsoDate(e.goal.due) ? e.goal.due : undefined;
    if (start && due) {
      const days = daysBetween(start, due);
      if (days > 0) {
        const perWeek = change / rc / (days / 7);
        if (perWeek > maxPerWeek) {
          reasons.push(`${fmt(perWeek)} reliable changes per week over ${fmt(days / 7)} weeks (more than ${fmt(maxPerWeek)})`);
        }
      }
    }
    if (e.goal.horizon === 'short-term' && change > shortMax * rc) {
      reasons.push(`a change of ${fmt(change)} in a short-term goal, more than ${fmt(shortMax)} x the reliable change of ${fmt(rc)}`);
    }
    if (reasons.length === 0) return;
    ctx.report({
      span: e.block.region.rangeOf(['measure', 'target']),
      message: `${goalName(e)}: ${def.name} ${baseline} to ${target} looks unrealistic: ${reasons.join('; and ')}. Consider a nearer target or a later due date.`,
      data: { goal: e.goal.id, instrument: def.name },
    });
  },
});
