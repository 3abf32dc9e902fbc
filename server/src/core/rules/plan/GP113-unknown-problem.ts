// GP113 unknown-problem: `problem` must name one of the plan's `problems` ids, or the goal's
// link to the assessment is broken.
import { defineRule } from '../types';
import { goalName } from './goalHelpers';

export const GP113 = defineRule({
  id: 'GP113',
  alias: 'unknown-problem',
  description: "`problem` names an id the plan's problems lack.",
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    const problems = Array.isArray(ctx.doc.plan?.problems) ? ctx.doc.plan!.problems! : [];
    const ids = problems.map((p) => (p && typeof p === 'object' ? p.id : undefined)).filter((id): id is string => typeof id === 'string');
    const known = new Set(ids);
    const problem = e.goal.problem;
    if (typeof problem !== 'string' || problem === '' || known.has(problem) || !e.block.region.has(['problem'])) return;
    const list = ids.length > 0 ? `known: ${[...known].join(', ')}` : 'the plan lists none';
    ctx.report({
      span: e.block.region.rangeOf(['problem']),
      message: `${goalName(e)}: problem ${problem} is not in the plan's problems (${list}).`,
      data: { goal: e.goal.id, problem },
    });
  },
});
