// Missed sessions (SPEC 5.4 GP216, 5.7): the client's last sessions of an open plan, dated on or
// before today, all `no-show` or `cancelled`. GP216 reports the run and the caseload shows it.
import type { ResolvedConfig } from '../config/types';
import type { IsoDate, ParsedDocument, SessionFrontMatter } from '../types';
import { isPlanOpen, sessionsOfPlan } from './plans';
import { openRisk } from './risk';
import { isMissed, sessionDate, sessionType } from './sessions';
import type { WorkspaceView } from './view';

export interface MissedRun {
  /** The missed sessions of the run, oldest first (session order: date, start, path). */
  sessions: ParsedDocument[];
  /** How many missed sessions make a run: `missedSessions.count`, or 1 while the client has open risk. */
  count: number;
  openRisk: boolean;
}

/** A cancellation by the clinician neither counts nor breaks a run of missed sessions (SPEC 5.4). */
export function cancelledByClinician(s: SessionFrontMatter): boolean {
  return sessionType(s) === 'cancelled' && s.cancelled_by === 'clinician';
}

/**
 * SPEC 5.4 GP216: the run of missed sessions at the end of the plan's sessions dated on or before
 * today, when it is at least `missedSessions.count` long (1 while the client has open risk, 5.7).
 * Undefined for a closed plan or when the client attends.
 */
export function missedRun(view: WorkspaceView, plan: ParsedDocument, config: ResolvedConfig, today: IsoDate): MissedRun | undefined {
  const client = plan.plan?.client;
  if (typeof client !== 'string' || !isPlanOpen(plan.plan, today)) return undefined;
  const risk = openRisk(view, client, today, config) !== undefined;
  const count = risk ? 1 : Math.max(1, Math.floor(config.missedSessions.count));
  const run: ParsedDocument[] = [];
  const sessions = sessionsOfPlan(view, plan);
  for (let i = sessions.length - 1; i >= 0 && run.length < count; i--) {
    const s = sessions[i].session;
    const date = s && sessionDate(s);
    if (!s || date === undefined || date > today) continue;
    if (cancelledByClinician(s)) continue;
    if (!isMissed(s)) return undefined;
    run.unshift(sessions[i]);
  }
  return run.length >= count ? { sessions: run, count, openRisk: risk } : undefined;
}
