// GP115 no-client-words: accreditors' most common treatment-plan finding is goals not written in
// the client's own words (issue 13; DOMAIN.md: collaborative goal setting). An active goal (SPEC
// 1.1, active today) without `client_words` is reported at its `id`.
import { goalActiveOn } from '../../model/goals';
import { goalKeySpan, goalName } from '../plan/goalHelpers';
import { defineRule } from '../types';

export const GP115 = defineRule({
  id: 'GP115',
  alias: 'no-client-words',
  description: 'An active goal has no `client_words`.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  // Goal-local: the goal, the plan's dates and today.
  checkGoal(ctx, e) {
    if (!goalActiveOn(e.goal, ctx.doc.plan, ctx.today)) return;
    const words = e.goal.client_words;
    if (typeof words === 'string' && words.trim() !== '') return;
    ctx.report({
      span: goalKeySpan(ctx.doc, e, 'client_words'),
      message: `${goalName(e)}: the active goal has no \`client_words\`; add the goal as the client says it.`,
      data: { goal: e.goal.id },
    });
  },
});
