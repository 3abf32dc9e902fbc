// Measurement schedule (SPEC 5.2 `monitor`, 5.4 GP214, 5.7): which monitored instruments of an
// open plan are overdue today. GP214 reports them and the caseload counts them.
import { addDuration, parseDuration } from '../dates';
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import type { IsoDate, ParsedDocument } from '../types';
import { dateOrAbsent } from './goals';
import { findInstrument } from './instruments';
import { isPlanOpen, sessionsOfPlan } from './plans';
import { goalsById, scoreOf } from './scores';
import { isHeld, sessionDate, sessionType } from './sessions';
import type { WorkspaceView } from './view';

export interface OverdueMeasure {
  /** The `monitor` key as written. */
  key: string;
  def: InstrumentDef;
  /** `every-session` or the duration as written. */
  every: string;
  /** Duration schedules: the date the instrument was last scored (or the plan's created) and when the next score was due. */
  last?: IsoDate;
  lastFrom?: 'score' | 'created';
  due?: IsoDate;
  /** every-session: the latest held session that lacks the score. */
  session?: ParsedDocument;
}

/** Sessions that `every-session` does not ask a score of (SPEC 5.4 GP214). */
const NOT_SCORED_EVERY_SESSION = new Set(['intake', 'collateral', 'group']);

/**
 * SPEC 5.4 GP214 for every `monitor` entry of an open plan naming a known instrument (an unknown
 * name is GP006's; its scores are ignored everywhere): with a duration D, overdue when L + D is
 * before today, L the latest held session of the plan scoring the instrument (else `created`);
 * with `every-session`, overdue when the latest held session of the plan other than intake,
 * collateral and group lacks a score of it. A score outside the range (GP304) is not used.
 */
export function overdueMeasures(view: WorkspaceView, plan: ParsedDocument, config: ResolvedConfig, today: IsoDate): OverdueMeasure[] {
  const monitor = plan.plan?.monitor;
  if (!monitor || typeof monitor !== 'object' || !isPlanOpen(plan.plan, today)) return [];
  const held = sessionsOfPlan(view, plan).filter((d) => isHeld(d.session, today));
  const goals = goalsById(plan);
  const scored = (d: ParsedDocument, def: InstrumentDef) => scoreOf(d.session!, def, config, goals)?.inRange === true;
  const out: OverdueMeasure[] = [];
  for (const [key, every] of Object.entries(monitor)) {
    const def = findInstrument(key, config);
    if (!def || typeof every !== 'string') continue;
    if (every === 'every-session') {
      let latest: ParsedDocument | undefined;
      for (const d of held) if (!NOT_SCORED_EVERY_SESSION.has(sessionType(d.session!))) latest = d;
      if (latest && !scored(latest, def)) out.push({ key, def, every, session: latest });
      continue;
    }
    const dur = parseDuration(every);
    if (!dur) continue;
    let last: IsoDate | undefined;
    for (const d of held) if (scored(d, def)) last = sessionDate(d.session!);
    const lastFrom = last ? 'score' : 'created';
    last ??= dateOrAbsent(plan.plan?.created);
    if (!last) continue;
    const due = addDuration(last, dur);
    // A schedule past the calendar's end (9999-12-31) is never due.
    if (due !== undefined && due < today) out.push({ key, def, every, last, lastFrom, due });
  }
  return out;
}
