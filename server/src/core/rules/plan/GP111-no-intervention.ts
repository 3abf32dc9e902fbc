// GP111 no-intervention: every active goal needs at least one intervention (what the clinician
// does, approach + frequency + staff; DOMAIN.md Montana rule "interventions per objective").
// "Active" is SPEC 1.1's "active on date D" with D = today.
import { goalActiveOn } from '../../model/goals';
import { defineRule } from '../types';
import { goalKeySpan, goalName } from './goalHelpers';
import { isPlanOpen } from '../../model/plans';

export const GP111 = defineRule({
  id: 'GP111',
  alias: 'no-intervention',
  description: 'Active goal lists no intervention.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    // SPEC 5.1: a closed plan is no longer kept current.
    if (!isPlanOpen(ctx.doc.plan, ctx.today)) return;
    if (!goalActiveOn(e.goal, ctx.doc.plan, ctx.today)) return;
    const list = e.goal.interventions;
    if (Array.isArray(list) && list.some((x) => typeof x === 'string' && x.trim() !== '')) return;
    ctx.report({
      span: goalKeySpan(ctx.doc, e, 'interventions'),
      message: `${goalName(e)}: the active goal lists no intervention; add what will be done, how often, and by whom under \`interventions:\`.`,
      data: { goal: e.goal.id },
    });
  },
});
