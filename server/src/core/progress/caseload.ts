// The caseload (issue 4): one row per client for the auditor's export and the panel's overview.
// Every figure comes from the same per-client model as the panel, so the two never disagree.
import { daysBetween } from '../dates';
import type { GoalStatus, IsoDate, PlanFrontMatter } from '../types';
import { agreementMissing } from '../model/collaboration';
import { allPlansClosed, currentPlanOf, dischargeSummaryOverdue, isPlanOpen } from '../model/plans';
import type { WorkspaceView } from '../model/view';
import { buildProgress, currentPlan } from './model';
import { PROGRESS_MODEL_VERSION, type Caseload, type CaseloadOptions, type CaseloadRow, type ClientProgress } from './types';

const STATUSES: readonly GoalStatus[] = ['active', 'on-hold', 'met', 'revised', 'discontinued'];

export function caseload(view: WorkspaceView, opts: CaseloadOptions): Caseload {
  const open: CaseloadRow[] = [];
  const closed: CaseloadRow[] = [];
  for (const client of [...view.clients()].sort()) {
    const current = currentPlan(view.plansOf(client).filter((p) => p.plan), opts.today);
    if (opts.clinician !== undefined && current?.plan?.clinician !== opts.clinician) continue;
    const row = caseloadRow(buildProgress(view, client, opts), opts);
    episodeColumns(view, client, row, opts);
    if (allPlansClosed(view, client, opts.today)) closed.push(closedRow(row));
    else open.push(row);
  }
  // SPEC 5.7: clients with an open plan first (a client with a note and no plan yet is one to
  // act on, so it stays with them); clients whose plans are all closed follow, marked closed.
  const rows = [...open, ...closed];
  const out: Caseload = { version: PROGRESS_MODEL_VERSION, today: opts.today, rows };
  if (opts.from) out.from = opts.from;
  if (opts.to) out.to = opts.to;
  if (opts.clinician !== undefined) out.clinician = opts.clinician;
  if (opts.history?.available && opts.history.head) out.head = opts.history.head;
  return out;
}

/** One caseload row from a client's progress model; [from, to] limits the counted events. */
export function caseloadRow(p: ClientProgress, opts: { today: IsoDate; from?: IsoDate; to?: IsoDate }): CaseloadRow {
  const inWindow = (d: IsoDate) => (!opts.from || d >= opts.from) && (!opts.to || d <= opts.to);
  // The plan a document dated today belongs to (model/plans.ts), as buildProgress recorded it.
  const currentUri = p.currentPlanUri;
  const plan = p.plans.find((x) => x.uri === currentUri);
  const goalsByStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const g of p.goals) if (g.planUri === currentUri) goalsByStatus[g.status]++;

  // SPEC 5.1: the caseload counts held sessions only (no-shows, cancellations and notes dated
  // after today are not sessions that happened).
  const held = p.sessions.filter((s) => s.held);
  const sessions = held.filter((s) => inWindow(s.date));
  const scheduled = p.reviews.filter((r) => r.kind === 'review.next' && inWindow(r.date));
  const row: CaseloadRow = {
    client: p.client,
    plans: p.plans.length,
    reviewsDue: scheduled.filter((r) => r.date <= opts.today).length,
    reviewsHeld: sessions.filter((s) => s.review).length, // held sessions only, as GP202 counts
    reviewsOverdue: scheduled.filter((r) => r.status === 'overdue').length,
    goalsByStatus,
    sessions: sessions.length,
    lateNotes: sessions.filter((s) => s.late).length,
    unsignedNotes: sessions.filter((s) => !s.signed).length,
    editedAfterSignature: sessions.filter((s) => s.editedAfterSignature.length > 0 || s.workingCopyAfterSignature).length,
    stalledGoals: p.goals.filter((g) => g.stalled).map((g) => g.goalId),
    deteriorations: p.goals.filter((g) => g.reliablyDeteriorated).length + p.instruments.filter((i) => i.reliablyDeteriorated).length,
    pastDueGoals: p.goals.filter((g) => g.planUri === currentUri && g.pastDue).map((g) => g.goalId),
    noNextReview: false,
    notOnTrackGoals: p.care?.notOnTrackGoals ?? [],
    missedSessions: p.care?.missedSessions?.count ?? 0,
    overdueMeasures: p.care?.overdueMeasures ?? [],
  };
  if (p.care?.lowAlliance) row.lowAlliance = p.care.lowAlliance.score;
  if (plan) {
    if (plan.clinician !== undefined) row.clinician = plan.clinician;
    row.planUri = plan.uri;
    if (plan.created) row.planCreated = plan.created;
    if (plan.closed) row.planClosed = plan.closed;
    const open = isPlanOpen({ status: plan.status, closed: plan.closed } as PlanFrontMatter, opts.today);
    // The plan's state today (SPEC 5.1): a `closed` date on or before today closes it too.
    row.planStatus = open ? 'active' : 'closed';
    if (plan.reviewLast) row.reviewLast = plan.reviewLast;
    if (plan.reviewNext) row.nextReview = plan.reviewNext;
    row.noNextReview = !plan.reviewNext && open;
    const overdue = p.reviews.find((r) => r.planUri === plan.uri && r.kind === 'review.next' && r.status === 'overdue');
    if (overdue) row.reviewOverdueDays = daysBetween(overdue.date, opts.today);
  }
  if (held.length > 0) row.lastSession = held[held.length - 1].date;
  if (p.openRisk) row.openRisk = p.openRisk.date;
  return row;
}

/**
 * SPEC 5.7: a client whose plans are all closed is marked closed and its open-plan columns
 * (not on track, missed sessions, overdue measures, missing agreement) are empty. The model
 * already gives nothing for a closed plan; this keeps the promise in one visible place.
 */
function closedRow(row: CaseloadRow): CaseloadRow {
  const { missingAgreement: _dropped, ...rest } = row;
  return { ...rest, closed: true, notOnTrackGoals: [], missedSessions: 0, overdueMeasures: [] };
}

/**
 * SPEC 5.6 caseload columns from the collaboration facts: missing agreement (an open plan only,
 * SPEC 5.7) and missing discharge summaries (closed plans), read as GP209 and GP213 read them.
 */
function episodeColumns(view: WorkspaceView, client: string, row: CaseloadRow, opts: CaseloadOptions): void {
  const cfg = opts.config;
  const dischargeGrace = typeof cfg.dischargeGraceDays === 'number' && cfg.dischargeGraceDays >= 0 ? cfg.dischargeGraceDays : 15;
  const current = currentPlanOf(view, client, opts.today);
  if (current?.plan && isPlanOpen(current.plan, opts.today)) row.missingAgreement = agreementMissing(current.plan, opts.today, cfg);
  const missing = view.plansOf(client).filter((p) => dischargeSummaryOverdue(view, p, opts.today, dischargeGrace) !== undefined).map((p) => p.plan?.closed ?? p.uri);
  if (missing.length) row.missingDischargeSummary = missing;
}
