// GP116 baseline-mismatch (SPEC 5.4): a goal's baseline should be the client's score when the
// goal started. When the client's recorded score around the start differs from `baseline` by at
// least the instrument's reliable change, the baseline contradicts the record (issue 11), and
// every later reading of progress against it is wrong. The reference score: the latest held
// score of the instrument (SPEC 5.7 "score", model/scores.ts) in the 14 days up to the goal's
// start or, without one, the earliest in the 14 days after it. Only instruments with an RC; a
// baseline or score outside the range (GP104/GP304) is not used. Reported at the baseline.
import { addDays } from '../../dates';
import { baselineInRange, goalStart, instrumentOf, numberOrAbsent } from '../../model/goals';
import { formatNumber, usableRc } from '../../model/instruments';
import { goalsById, scoreOf } from '../../model/scores';
import { isHeld, sessionDate } from '../../model/sessions';
import type { IsoDate } from '../../types';
import { defineRule } from '../types';
import { goalEntries, goalName } from './goalHelpers';

const WINDOW_DAYS = 14;

export const GP116 = defineRule({
  id: 'GP116',
  alias: 'baseline-mismatch',
  description: "A goal's baseline differs by at least the instrument's RC from the client's score at the goal's start.",
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const client = ctx.doc.plan?.client;
    if (typeof client !== 'string') return;
    const held = ctx.workspace.sessionsOf(client).filter((d) => isHeld(d.session, ctx.today));
    if (held.length === 0) return;
    for (const e of goalEntries(ctx.doc)) {
      const def = instrumentOf(e.goal, ctx.config);
      const rc = usableRc(def);
      const start = goalStart(e.goal, ctx.doc.plan);
      const baseline = numberOrAbsent(e.goal.measure?.baseline);
      if (!def || rc === undefined || !start || baseline === undefined || !baselineInRange(e.goal, ctx.config)) continue;
      const from = addDays(start, -WINDOW_DAYS);
      const to = addDays(start, WINDOW_DAYS);
      if (!from || !to) continue; // a start at the edge of the calendar (0000/9999)
      const scored: Array<{ date: IsoDate; score: number }> = [];
      for (const d of held) {
        const date = sessionDate(d.session!)!;
        if (date < from || date > to) continue;
        const plan = ctx.workspace.planFor(d)?.plan;
        const sc = scoreOf(d.session!, def, ctx.config, plan ? goalsById(plan) : undefined);
        if (sc && sc.inRange) scored.push({ date, score: sc.score });
      }
      const before = scored.filter((x) => x.date <= start);
      const ref = before.length > 0 ? before[before.length - 1] : scored.find((x) => x.date > start);
      if (!ref) continue;
      const diff = Math.round(Math.abs(ref.score - baseline) * 1e6) / 1e6;
      if (diff < rc) continue;
      ctx.report({
        span: e.block.region.rangeOf(['measure', 'baseline']),
        message: `${goalName(e)}: baseline ${formatNumber(baseline)} differs by ${formatNumber(diff)} from the client's ${def.name} of ${formatNumber(ref.score)} on ${ref.date} (reliable change ${formatNumber(rc)}); check the baseline against the record at the goal's start (${start}).`,
        data: { goal: e.goal.id, reference: ref.score, date: ref.date },
      });
    }
  },
});
