// GP105 wrong-direction: for an instrument whose better direction is fixed (PHQ-9 lower, ORS
// higher; SPEC 1.3), a target that is not better than the baseline describes getting worse or
// staying the same. count and rating take their direction from baseline -> target and are never
// checked. Equal baseline and target is "not better" and is reported.
import { defineRule } from '../types';
import { instrumentOf, numberOrAbsent } from '../../model/goals';
import { targetNotBetter } from '../../model/instruments';
import { goalName } from './goalHelpers';

export const GP105 = defineRule({
  id: 'GP105',
  alias: 'wrong-direction',
  description: 'Target is not better than baseline for an instrument with a fixed direction.',
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    const def = instrumentOf(e.goal, ctx.config);
    if (!def?.better) return;
    const baseline = numberOrAbsent(e.goal.measure?.baseline);
    const target = numberOrAbsent(e.goal.measure?.target);
    if (baseline === undefined || target === undefined) return;
    if (!targetNotBetter(def, baseline, target)) return;
    ctx.report({
      span: e.block.region.rangeOf(['measure', 'target']),
      message: `${goalName(e)}: target ${target} is not better than baseline ${baseline}; on ${def.name} ${def.better} scores are better.`,
      data: { goal: e.goal.id, instrument: def.name },
    });
  },
});
