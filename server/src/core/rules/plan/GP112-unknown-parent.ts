// GP112 unknown-parent: `parent` must name a long-term goal of the same plan (goal >
// objective hierarchy, DOMAIN.md). A parent that matches the id of a goal block whose YAML does
// not parse yet is not reported: that block already has GP001.
import { defineRule } from '../types';
import { goalEntries, type GoalEntry, goalName } from './goalHelpers';

export const GP112 = defineRule({
  id: 'GP112',
  alias: 'unknown-parent',
  description: '`parent` names no goal of the plan, or a goal that is not long-term.',
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const entries = goalEntries(ctx.doc);
    const brokenIds = new Set(ctx.doc.goalBlocks.filter((b) => !b.goal && b.idHint).map((b) => b.idHint as string));
    // Goals by id, once (a per-goal search was quadratic in a 200-goal plan, on every keystroke).
    const byId = new Map<unknown, GoalEntry[]>();
    for (const o of entries) {
      const list = byId.get(o.goal.id);
      if (list) list.push(o);
      else byId.set(o.goal.id, [o]);
    }
    for (const e of entries) {
      const parent = e.goal.parent;
      if (typeof parent !== 'string') continue;
      const named = byId.get(parent) ?? [];
      let message: string | undefined;
      if (named.length === 0) {
        if (brokenIds.has(parent)) continue;
        message = `${goalName(e)}: parent ${parent} is not a goal of this plan.`;
      } else if (!named.some((o) => o.goal.horizon === 'long-term')) {
        message = `${goalName(e)}: parent ${parent} is not a long-term goal; a parent must have \`horizon: long-term\`.`;
      }
      if (!message || !e.block.region.has(['parent'])) continue;
      ctx.report({ span: e.block.region.rangeOf(['parent']), message, data: { goal: e.goal.id, parent } });
    }
  },
});
