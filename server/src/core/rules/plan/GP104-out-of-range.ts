// GP104 out-of-range: a baseline or target no score of the instrument can take (a PHQ-9 of 30)
// is a typo or the wrong instrument; every later comparison with it is meaningless. Ranges come
// from SPEC 1.3 and `.goalplan.yaml` `instruments:`.
import { defineRule } from '../types';
import type { InstrumentDef } from '../../config/types';
import { inRange, instrumentOf, numberOrAbsent } from '../../model/goals';
import { goalEntries, goalName } from './goalHelpers';

export const GP104 = defineRule({
  id: 'GP104',
  alias: 'out-of-range',
  description: "Baseline or target is outside the instrument's range.",
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    for (const e of goalEntries(ctx.doc)) {
      const def = instrumentOf(e.goal, ctx.config);
      if (!def) continue;
      for (const key of ['baseline', 'target'] as const) {
        const v = numberOrAbsent(e.goal.measure?.[key]);
        if (v === undefined || inRange(def, v)) continue;
        ctx.report({
          span: e.block.region.rangeOf(['measure', key]),
          message: `${goalName(e)}: ${key} ${v} is outside the ${def.name} range ${rangeText(def)}.`,
          data: { goal: e.goal.id, key, instrument: def.name },
        });
      }
    }
  },
});

export function rangeText(def: InstrumentDef): string {
  const [lo, hi] = def.range;
  if (hi === Number.POSITIVE_INFINITY && lo === Number.NEGATIVE_INFINITY) return 'of any number';
  if (hi === Number.POSITIVE_INFINITY) return `${lo} or more`;
  if (lo === Number.NEGATIVE_INFINITY) return `${hi} or less`;
  return `${lo} to ${hi}`;
}
