// GP107 no-problem-link: a goal that names no assessed problem is not "Relevant" (SMART): the
// plan cannot show why the goal is there (DOMAIN.md: goals tied to the diagnosis/problem).
import { defineRule } from '../types';
import { goalKeySpan, goalName } from './goalHelpers';

export const GP107 = defineRule({
  id: 'GP107',
  alias: 'no-problem-link',
  description: 'Goal has no `problem`.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    if (typeof e.goal.problem === 'string' && e.goal.problem !== '') return;
    ctx.report({
      span: goalKeySpan(ctx.doc, e, 'problem'),
      message: `${goalName(e)}: the goal names no problem; add \`problem:\` with the id of the assessed problem it addresses.`,
      data: { goal: e.goal.id },
    });
  },
});
