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
import type { InstrumentDef, ResolvedConfig } from '../../config/types';
import type { WorkspaceView } from '../../model/view';
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
    if (!ctx.workspace.sessionsOf(client).some((d) => isHeld(d.session, ctx.today))) return;
    for (const e of goalEntries(ctx.doc)) {
      const def = instrumentOf(e.goal, ctx.config);
      const rc = usableRc(def);
      const start = goalStart(e.goal, ctx.doc.plan);
      const baseline = numberOrAbsent(e.goal.measure?.baseline);
      if (!def || rc === undefined || !start || baseline === undefined || !baselineInRange(e.goal, ctx.config)) continue;
      const from = addDays(start, -WINDOW_DAYS);
      const to = addDays(start, WINDOW_DAYS);
      if (!from || !to) continue; // a start at the edge of the calendar (0000/9999)
      const scored = clientScores(ctx.workspace, client, def, ctx.today, ctx.config).filter((x) => x.date >= from && x.date <= to);
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

/**
 * The client's held, in-range scores of an instrument in session order, each read with the goals
 * of the plan its session belongs to (SPEC 5.7). The same for every goal of the plan measured by
 * the instrument, so read once per state of the client's files (a per-client memo) rather than
 * once per goal.
 */
function clientScores(view: WorkspaceView, client: string, def: InstrumentDef, today: IsoDate, config: ResolvedConfig): ReadonlyArray<{ date: IsoDate; score: number }> {
  return view.clientMemo(client, `GP116-held-scores:${def.name}:${today}`, () => {
    const out: Array<{ date: IsoDate; score: number }> = [];
    for (const d of view.sessionsOf(client)) {
      if (!isHeld(d.session, today)) continue;
      const plan = view.planFor(d)?.plan;
      const sc = scoreOf(d.session!, def, config, plan ? goalsById(plan) : undefined);
      if (sc && sc.inRange) out.push({ date: sessionDate(d.session!)!, score: sc.score });
    }
    return out;
  }, [def, config]);
}
