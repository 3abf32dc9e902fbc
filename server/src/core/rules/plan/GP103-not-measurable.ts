// GP103 not-measurable: without a measure with baseline and target (v2: a number in the statement
// no longer counts: progress needs a baseline and a target to be charted), nobody can tell at review whether the goal was met (DOMAIN.md: "measurable objectives";
// Joint Commission 2022 finding "goals not measurable"). Reported on the incomplete `measure`
// when one is written, else on the statement.
import { defineRule } from '../types';
import { goalKeySpan, goalName, hasMeasurableCriterion } from './goalHelpers';

export const GP103 = defineRule({
  id: 'GP103',
  alias: 'not-measurable',
  description: 'Goal has no measure with baseline and target.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    if (hasMeasurableCriterion(e.goal)) return;
    const r = e.block.region;
    const span = r.has(['measure']) ? r.rangeOf(['measure'], 'key') : goalKeySpan(ctx.doc, e, 'statement');
    const what = r.has(['measure']) ? 'its measure lacks a baseline or a target' : 'it has no measure';
    ctx.report({
      span,
      message: `${goalName(e)}: the goal is not measurable: ${what}; add a measure with baseline and target so progress can be charted.`,
      data: { goal: e.goal.id },
    });
  },
});
