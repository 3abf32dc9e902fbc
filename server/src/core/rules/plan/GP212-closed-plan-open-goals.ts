// GP212 closed-plan-open-goals (SPEC 5.4): a plan that has ended (status `closed`, or a `closed`
// date on or before today: model/plans.ts isPlanClosed) still lists goals as `active` or
// `on-hold`. The record then never says how each goal ended, and views treat them as current
// work. Reported at each such goal's id. Fixes: mark the goal met or discontinued, with
// `closed:` set to the plan's closed date (today when the plan has none yet, or when it is after
// today). Both record a clinical outcome, so they are code actions only (SPEC 5.8: `outcome`,
// never applied by --fix or fix-all, never preferred).
import { isIsoDate } from '../../dates';
import { goalStatus } from '../../model/goals';
import { isPlanClosed } from '../../model/plans';
import type { Fix, IsoDate, ParsedDocument } from '../../types';
import { defineRule, type RuleContext } from '../types';
import { goalEntries, goalIdSpan, goalName, type GoalEntry } from './goalHelpers';
import { keepsFileWhole, prepareUpsert } from './yamlEdit';

const OUTCOMES = ['met', 'discontinued'] as const;

export const GP212 = defineRule({
  id: 'GP212',
  alias: 'closed-plan-open-goals',
  description: 'A closed plan still has goals with status active or on-hold; fixes: mark met / discontinued.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const plan = ctx.doc.plan;
    if (!isPlanClosed(plan, ctx.today)) return;
    const ended = planEnd(plan?.closed, ctx.today);
    const why = isIsoDate(plan?.closed) && plan.closed <= ctx.today ? `the plan closed on ${plan.closed}` : 'the plan is closed';
    for (const e of goalEntries(ctx.doc)) {
      const status = goalStatus(e.goal);
      if (status !== 'active' && status !== 'on-hold') continue;
      ctx.report({
        span: goalIdSpan(ctx.doc, e),
        message: `${goalName(e)} is still ${status === 'active' ? 'active' : 'on hold'} but ${why}; record how the goal ended (met or discontinued).`,
        fixes: () => fixesFor(ctx, e, ended),
        data: { goal: e.goal.id, status },
      });
    }
  },
});

/** The goal's closing date the fixes write: the plan's `closed` date, unless absent or after today. */
function planEnd(closed: unknown, today: IsoDate): IsoDate {
  return isIsoDate(closed) && closed <= today ? closed : today;
}

function fixesFor(ctx: RuleContext, e: GoalEntry, closed: IsoDate): Fix[] {
  const region = e.block.region;
  const upsert = prepareUpsert(ctx.doc, region, [], ['status', 'closed'], region.has(['status']) ? 'status' : lastKey(e));
  if (!upsert) return [];
  const fixes: Fix[] = [];
  for (const outcome of OUTCOMES) {
    const edits = upsert([outcome, closed]);
    if (!edits || edits.length === 0) continue;
    const reads = (after: ParsedDocument) => {
      const goal = after.goalBlocks[e.index]?.goal;
      return goal?.status === outcome && goal.closed === closed;
    };
    if (!keepsFileWhole(ctx.doc, edits, reads)) continue;
    fixes.push({ title: `Mark ${goalName(e)} ${outcome} (closed ${closed})`, edits, safe: false, outcome: true });
  }
  return fixes;
}

/** Without a `status` key, the new keys go after `due` when the goal has one, else at the end. */
function lastKey(e: GoalEntry): string | undefined {
  return e.block.region.has(['due']) ? 'due' : undefined;
}
