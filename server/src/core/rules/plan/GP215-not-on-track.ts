// GP215 not-on-track: a goal whose latest score is behind its expected change curve by at least
// the reliable change, or with no reliable improvement after 8 weeks (SPEC 5.5). Expected-change
// alerts of outcome monitoring (Lambert's OQ-45 signal system, PCOMS) roughly halve deterioration
// among the clients they flag. The judgement lives in model/track.ts, shared with the panel's
// off-track marks and the caseload.
import { formatNumber } from '../../model/instruments';
import { goalTrack } from '../../model/track';
import { defineRule } from '../types';
import { goalEntries, goalName } from './goalHelpers';

export const GP215 = defineRule({
  id: 'GP215',
  alias: 'not-on-track',
  description: 'a goal is not on track: its latest score is worse than expected by the RC, or not reliably improved after 8 weeks',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    if (!ctx.doc.plan) return;
    const seen = new Set<string>();
    for (const e of goalEntries(ctx.doc)) {
      // One finding per goal id (a duplicate id is GP003's; the first block wins as everywhere).
      if (typeof e.goal.id !== 'string' || seen.has(e.goal.id)) continue;
      seen.add(e.goal.id);
      // goalTrack skips closed plans, goals not active today or on hold, and goals without an expected line.
      const t = goalTrack(ctx.workspace, ctx.doc, e.goal, ctx.config, ctx.today);
      if (!t || !t.result.notOnTrack) continue;
      const name = t.input.def.name;
      const n = formatNumber;
      const score = `${name} ${n(t.score.score)} on ${t.date}`;
      const message = t.result.offCurve
        ? `${goalName(e)} is not on track: ${score} is worse than the expected ${n(t.result.expected)} by ${n(t.result.worseBy)}, at least the reliable change of ${n(t.input.rc)}.`
        : `${goalName(e)} is not on track: ${score}, ${n(t.input.weeks)} weeks or more after the start, is neither a reliable improvement on the baseline ${n(t.input.baseline)} (reliable change ${n(t.input.rc)}) nor at the target ${n(t.input.target)} (expected ${n(t.result.expected)}).`;
      ctx.report({
        span: e.block.region.rangeOf(['id'], 'value'),
        message,
        data: { goal: e.goal.id, instrument: name, score: t.score.score, expected: t.result.expected, date: t.date },
      });
    }
  },
});
