// GP108 no-due-date: a goal without a due date after its start is not "Time-bound" (SMART);
// reviews and GP205 depend on it. Start defaults to the plan's created (SPEC 1.1).
import { isIsoDate } from '../../dates';
import { goalStart } from '../../model/goals';
import { defineRule } from '../types';
import { goalKeySpan, goalName } from './goalHelpers';

export const GP108 = defineRule({
  id: 'GP108',
  alias: 'no-due-date',
  description: 'Goal lacks `due`, or due is not after start.',
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    const due = isIsoDate(e.goal.due) ? e.goal.due : undefined;
    if (!due) {
      ctx.report({ span: goalKeySpan(ctx.doc, e, 'due'), message: `${goalName(e)}: the goal has no due date; add \`due:\` with the date it should be reached.`, data: { goal: e.goal.id } });
      return;
    }
    const start = goalStart(e.goal, ctx.doc.plan);
    if (start && due <= start) {
      ctx.report({
        span: e.block.region.rangeOf(['due']),
        message: `${goalName(e)}: due ${due} is not after the goal's start ${start}.`,
        data: { goal: e.goal.id },
      });
    }
  },
});
