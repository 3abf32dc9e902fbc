// GP118 unknown-replaces: `replaces` must name another goal of the same plan (SPEC 5.2, 5.4);
// otherwise the revision history it records points nowhere. A name that matches the id of a goal
// block whose YAML does not parse yet is not reported: that block already has GP001 (as GP112).
import { goalEntries, goalName } from '../plan/goalHelpers';
import { defineRule } from '../types';

export const GP118 = defineRule({
  id: 'GP118',
  alias: 'unknown-replaces',
  description: '`replaces` names no goal of the plan, or the goal itself.',
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const entries = goalEntries(ctx.doc);
    const ids = new Set(entries.map((e) => e.goal.id).filter((id): id is string => typeof id === 'string'));
    const brokenIds = new Set(ctx.doc.goalBlocks.filter((b) => !b.goal && b.idHint).map((b) => b.idHint as string));
    for (const e of entries) {
      const target = e.goal.replaces;
      if (typeof target !== 'string' || !e.block.region.has(['replaces'])) continue;
      let message: string | undefined;
      if (target === e.goal.id) message = `${goalName(e)} names itself in \`replaces\`; name the earlier goal it replaces.`;
      else if (!ids.has(target) && !brokenIds.has(target)) message = `${goalName(e)}: replaces ${target}, which is not a goal of this plan.`;
      if (!message) continue;
      ctx.report({ span: e.block.region.rangeOf(['replaces']), message, data: { goal: e.goal.id, replaces: target } });
    }
  },
});
