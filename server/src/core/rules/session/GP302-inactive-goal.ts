// GP302: the session addresses a goal that is not active on its date (not started yet, or met /
// revised / discontinued before it): progress recorded there belongs to no current goal.
import { goalActiveOn, goalStart, goalStatus } from '../../model/goals';
import { defineRule } from '../types';
import { fmSpan, goalEntries, planGoals, planOf, sessionDate } from './sessionHelpers';

export const inactiveGoal = defineRule({
  id: 'GP302',
  alias: 'inactive-goal',
  description: '`goals` names a goal not active on the session date',
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    const date = s && sessionDate(s);
    const choice = date ? planOf(ctx) : undefined;
    if (!s || !date || !choice) return;
    const goals = planGoals(choice.plan);
    for (const [id] of goalEntries(s)) {
      const goal = goals.get(id);
      if (!goal || goalActiveOn(goal, choice.plan.plan, date)) continue;
      const start = goalStart(goal, choice.plan.plan);
      const why = start === undefined
        ? 'it has no start date'
        : start > date
          ? `it starts on ${start}`
          : `it is ${goalStatus(goal)}${goal.closed ? ` since ${goal.closed}` : goal.due ? ` and was due ${goal.due}` : ''}`;
      ctx.report({ span: fmSpan(ctx, ['goals', id], 'key'), message: `Goal ${id} is not active on ${date}: ${why}.`, data: { goal: id } });
    }
  },
});
