// GP117 revised-no-successor: a goal marked `revised` was replaced by something; when no goal of
// the plan says `replaces: <its id>`, the thread from the old goal to the new one is lost (SPEC
// 5.2, 5.4). Reported at the `status` value.
import { goalStatus } from '../../model/goals';
import { goalEntries, goalName } from '../plan/goalHelpers';
import { defineRule } from '../types';

export const GP117 = defineRule({
  id: 'GP117',
  alias: 'revised-no-successor',
  description: 'A goal with status `revised` is not named by any goal\'s `replaces`.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const entries = goalEntries(ctx.doc);
    const replaced = new Set(entries.map((e) => e.goal.replaces).filter((r): r is string => typeof r === 'string'));
    for (const e of entries) {
      if (goalStatus(e.goal) !== 'revised' || !e.block.region.has(['status'])) continue;
      if (typeof e.goal.id === 'string' && replaced.has(e.goal.id)) continue;
      ctx.report({
        span: e.block.region.rangeOf(['status']),
        message: `${goalName(e)} is marked revised, but no goal of the plan replaces it; add \`replaces: ${typeof e.goal.id === 'string' ? e.goal.id : '<id>'}\` to the goal that took its place.`,
        data: { goal: e.goal.id },
      });
    }
  },
});
