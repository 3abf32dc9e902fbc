// GP304: a recorded value outside what its scale allows is a typo or a mis-scored measure; every
// chart and reliable-change judgement built on it would be wrong.
import { findInstrument, instrumentOf, numberOrAbsent } from '../../model/goals';
import { formatRange } from '../../model/instruments';
import type { RuleContext } from '../types';
import { defineRule } from '../types';
import { fmSpan, fmt, goalEntries, planGoals, planOf, rangeText, recordedScores, scoreInRange } from './sessionHelpers';

export const valueOutOfRange = defineRule({
  id: 'GP304',
  alias: 'value-out-of-range',
  description: 'progress outside -2..2; a score, instrument-goal value or item answer outside its range',
  defaultSeverity: 'error',
  appliesTo: ['session-log', 'discharge-summary'],
  fixable: false,
  check(ctx) {
    if (ctx.doc.discharge) return dischargeScores(ctx);
    const s = ctx.doc.session;
    if (!s) return;
    const entries = goalEntries(s);
    for (const [id, entry] of entries) {
      const p = numberOrAbsent(entry.progress);
      if (p !== undefined && (p < -2 || p > 2)) {
        ctx.report({ span: fmSpan(ctx, ['goals', id, 'progress']), message: `Goal ${id}: progress ${fmt(p)} is outside the GAS levels -2 to 2.`, data: { goal: id } });
      }
    }
    for (const r of recordedScores(s, ctx.config)) {
      if (!r.def) continue; // an instrument nobody configured: no known range
      if (r.score !== undefined && !scoreInRange(r.def, r.score)) {
        ctx.report({ span: fmSpan(ctx, r.scorePath), message: `${r.def.name} score ${fmt(r.score)} is outside its range ${rangeText(r.def)}.` });
      }
      const item = r.def.items;
      if (!item || !r.rawItems) continue;
      r.rawItems.forEach((v, i) => {
        if (typeof v === 'number' && (v < item.min || v > item.max)) {
          ctx.report({ span: fmSpan(ctx, ['measures', r.key, 'items', i]), message: `${r.def!.name} item ${i + 1}: answer ${fmt(v)} is outside the item range ${formatRange(item.min, item.max)}.` });
        }
      });
    }
    // `value` of an instrument goal: the plan says which instrument (and so which range) applies.
    const choice = entries.length > 0 ? planOf(ctx) : undefined;
    if (!choice) return;
    const goals = planGoals(choice.plan);
    for (const [id, entry] of entries) {
      const v = numberOrAbsent(entry.value);
      const goal = goals.get(id);
      const def = goal && instrumentOf(goal, ctx.config);
      if (v === undefined || !def || scoreInRange(def, v)) continue;
      ctx.report({ span: fmSpan(ctx, ['goals', id, 'value']), message: `Goal ${id}: value ${fmt(v)} is outside the ${def.name} range ${rangeText(def)}.`, data: { goal: id } });
    }
  },
});


/** SPEC 5.8: a discharge summary's `first`/`last` scores are range-checked like session scores. */
function dischargeScores(ctx: RuleContext): void {
  const m = ctx.doc.discharge?.measures;
  if (!m || typeof m !== 'object') return;
  for (const [key, entry] of Object.entries(m)) {
    const def = findInstrument(key, ctx.config);
    if (!def || !entry || typeof entry !== 'object') continue;
    for (const which of ['first', 'last'] as const) {
      const v = numberOrAbsent(entry[which]);
      if (v !== undefined && !scoreInRange(def, v)) {
        ctx.report({ span: fmSpan(ctx, ['measures', key, which]), message: `${def.name} ${which} score ${fmt(v)} is outside its range ${rangeText(def)}.` });
      }
    }
  }
}
