// Measurement-based-care signals of a client (SPEC 5.6, 5.7) for the panel header and the
// caseload: not-on-track goals, overdue measures and missed sessions of the current (open) plan,
// and low alliance. Each comes from its one home in the model.
import { missedRun } from '../model/attendance';
import { lowAlliance } from '../model/alliance';
import { currentPlanOf } from '../model/plans';
import { overdueMeasures } from '../model/schedule';
import { readinessOf } from '../model/sessions';
import { notOnTrackGoals } from '../model/track';
import type { WorkspaceView } from '../model/view';
import type { SessionFrontMatter } from '../types';
import type { CareSignals, ProgressOptions, SessionSummary } from './types';

export function careSignalsOf(view: WorkspaceView, client: string, opts: ProgressOptions): CareSignals {
  const plan = currentPlanOf(view, client, opts.today);
  const out: CareSignals = { notOnTrackGoals: [], overdueMeasures: [] };
  if (plan) {
    out.notOnTrackGoals = notOnTrackGoals(view, plan, opts.config, opts.today);
    out.overdueMeasures = overdueMeasures(view, plan, opts.config, opts.today).map((o) => o.def.name);
    const run = missedRun(view, plan, opts.config, opts.today);
    if (run) out.missedSessions = { count: run.sessions.length, dates: run.sessions.map((d) => d.session!.date!) };
  }
  const low = lowAlliance(view, client, opts.config, opts.today);
  if (low) {
    out.lowAlliance = { score: low.score.score, date: low.score.date, belowCutoff: low.belowCutoff };
    if (low.droppedFrom) out.lowAlliance.droppedFrom = low.droppedFrom.score;
  }
  return out;
}

/** The client's own words and the session's obstacles (5.2), for the session table and timeline. */
export function sessionCareOf(s: SessionFrontMatter): Partial<SessionSummary> {
  const out: Partial<SessionSummary> = {};
  if (typeof s.client_report === 'string' && s.client_report.trim()) out.clientReport = s.client_report;
  if (typeof s.feedback === 'string' && s.feedback.trim()) out.feedback = s.feedback;
  if (Array.isArray(s.barriers) && s.barriers.length) out.barriers = s.barriers.filter((b) => typeof b === 'string');
  if (Array.isArray(s.events) && s.events.length) out.events = s.events.filter((e) => typeof e === 'string');
  const readiness = readinessOf(s);
  if (readiness !== undefined) out.readiness = readiness;
  return out;
}
