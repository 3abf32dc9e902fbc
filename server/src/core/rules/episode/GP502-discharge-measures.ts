// GP502 discharge-measures: the summary's first and last scores are the record of change over
// the episode, so they must match the sessions (SPEC 5.4). For each instrument with an RC, or
// one that measures a goal of the plan, that is scored (in range) in the plan's held sessions:
// it must be in `measures`, and a given first/last must equal the first/last held score.
import type { InstrumentDef } from '../../config/types';
import { findInstrument, formatNumber, usableRc } from '../../model/instruments';
import { instrumentOf, numberOrAbsent } from '../../model/goals';
import { goalsById, heldScoresOfPlan } from '../../model/scores';
import { defineRule } from '../types';

export const GP502 = defineRule({
  id: 'GP502',
  alias: 'discharge-measures',
  description: 'An instrument with an RC, or one measuring a goal, is scored in the plan\'s held sessions and missing from `measures`, or a first/last differs from the first/last held score.',
  defaultSeverity: 'info',
  appliesTo: 'discharge-summary',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const d = ctx.doc.discharge;
    if (!fm || !d) return;
    const planDoc = ctx.workspace.planFor(ctx.doc)?.plan;
    if (!planDoc?.plan) return;
    const written = new Map<InstrumentDef, string>();
    const m = d.measures && typeof d.measures === 'object' && !Array.isArray(d.measures) ? d.measures : {};
    for (const key of Object.keys(m)) {
      const def = findInstrument(key, ctx.config);
      if (def && !written.has(def)) written.set(def, key);
    }
    for (const def of instrumentsToSummarise(planDoc, ctx.config)) {
      const scores = heldScoresOfPlan(ctx.workspace, planDoc, def, ctx.today, ctx.config);
      if (scores.length === 0) continue;
      const first = scores[0];
      const last = scores[scores.length - 1];
      const key = written.get(def);
      if (key === undefined) {
        const span = fm.has(['measures']) ? fm.rangeOf(['measures'], 'key') : fm.rangeOf(['kind'], 'pair');
        ctx.report({ span, message: `${def.name} was scored in this episode (first ${formatNumber(first.score)} on ${first.date}, last ${formatNumber(last.score)} on ${last.date}) but is missing from \`measures\`.`, data: { instrument: def.name } });
        continue;
      }
      const entry = m[key];
      for (const [which, want] of [['first', first], ['last', last]] as const) {
        const given = numberOrAbsent(entry?.[which]);
        if (given === undefined || given === want.score) continue;
        ctx.report({
          span: fm.rangeOf(['measures', key, which]),
          message: `${def.name} ${which} score ${formatNumber(given)} differs from the ${which} held score of the episode, ${formatNumber(want.score)} on ${want.date}.`,
          data: { instrument: def.name, which, expected: want.score },
        });
      }
    }
  },
});

/** Instruments with an RC, and the instruments of the plan's goals, in config table order. */
function instrumentsToSummarise(plan: Parameters<typeof goalsById>[0], config: Parameters<typeof instrumentOf>[1]): InstrumentDef[] {
  const goalDefs = new Set<InstrumentDef>();
  for (const g of goalsById(plan).values()) {
    const def = instrumentOf(g, config);
    if (def) goalDefs.add(def);
  }
  return Object.values(config.instruments).filter((def) => usableRc(def) !== undefined || goalDefs.has(def));
}
