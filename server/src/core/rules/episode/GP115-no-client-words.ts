// GP115 no-client-words: accreditors' most common treatment-plan finding is goals not written in
// the client's own words (issue 13; DOMAIN.md: collaborative goal setting). An active goal (SPEC
// 1.1, active today) without `client_words` is reported at its `id`.
import { goalActiveOn } from '../../model/goals';
import { goalEntries, goalKeySpan, goalName } from '../plan/goalHelpers';
import { defineRule } from '../types';

export const GP115 = defineRule({
  id: 'GP115',
  alias: 'no-client-words',
  description: 'An active goal has no `client_words`.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    for (const e of goalEntries(ctx.doc)) {
      if (!goalActiveOn(e.goal, ctx.doc.plan, ctx.today)) continue;
      const words = e.goal.client_words;
      if (typeof words === 'string' && words.trim() !== '') continue;
      ctx.report({
        span: goalKeySpan(ctx.doc, e, 'client_words'),
        message: `${goalName(e)}: the active goal has no \`client_words\`; add the goal as the client says it.`,
        data: { goal: e.goal.id },
      });
    }
  },
});
