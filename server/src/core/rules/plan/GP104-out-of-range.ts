// GP104 out-of-range: a baseline or target no score of the instrument can take (a PHQ-9 of 30)
// is a typo or the wrong instrument; every later comparison with it is meaningless. Ranges come
// from SPEC 1.3 and `.goalplan.yaml` `instruments:`.
import { defineRule } from '../types';
import { inRange, instrumentOf, numberOrAbsent } from '../../model/goals';
import { formatNumber, rangeText } from '../../model/instruments';
import { goalName } from './goalHelpers';

export const GP104 = defineRule({
  id: 'GP104',
  alias: 'out-of-range',
  description: "Baseline or target is outside the instrument's range.",
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    const def = instrumentOf(e.goal, ctx.config);
    if (!def) return;
    for (const key of ['baseline', 'target'] as const) {
      const v = numberOrAbsent(e.goal.measure?.[key]);
      if (v === undefined || inRange(def, v)) continue;
      ctx.report({
        span: e.block.region.rangeOf(['measure', key]),
        message: `${goalName(e)}: ${key} ${formatNumber(v)} is outside the ${def.name} range ${rangeText(def)}.`,
        data: { goal: e.goal.id, key, instrument: def.name },
      });
    }
  },
});
