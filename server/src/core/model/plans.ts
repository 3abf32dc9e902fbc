// Plan facts (SPEC 1.2 "Which plan", 5.1, 5.7): whether a plan is closed, which plan a dated
// client document belongs to, and the sessions of a plan. Rules, views, the caseload and the
// status bar ask here, so "the plan of this note" is the same answer everywhere.
import { daysBetween, isIsoDate } from '../dates';
import type { IsoDate, ParsedDocument, PlanFrontMatter } from '../types';
import { dateOrAbsent } from './goals';
import type { PlanChoice, WorkspaceView } from './view';

/**
 * SPEC 5.1: a plan is **closed** when its status is `closed` or its `closed` date is on or
 * before today. Rules about keeping an open plan current skip a closed plan (`isPlanOpen`).
 */
export function isPlanClosed(plan: PlanFrontMatter | undefined, today: IsoDate): boolean {
  if (!plan) return false;
  if (plan.status === 'closed') return true;
  const closed = dateOrAbsent(plan.closed);
  return closed !== undefined && closed <= today;
}

/** The guard rules call first: true when the plan is open on `today` (SPEC 5.1). */
export function isPlanOpen(plan: PlanFrontMatter | undefined, today: IsoDate): boolean {
  return !!plan && !isPlanClosed(plan, today);
}

/**
 * SPEC 5.7: a client whose plans are all closed (at least one plan, every one closed on
 * `today`). The caseload lists such clients after those with an open plan. A plan file whose
 * front matter did not parse could be open: it keeps the client among the open ones.
 */
export function allPlansClosed(view: WorkspaceView, client: string, today: IsoDate): boolean {
  const plans = view.plansOf(client);
  return plans.length > 0 && plans.every((p) => p.plan !== undefined && isPlanClosed(p.plan, today));
}

/**
 * The client and date of a dated client document: a session note or a discharge summary (SPEC
 * 5.2: it belongs to the plan chosen as for a session). Undefined for other documents and for a
 * document without a client.
 */
export function clientAndDate(doc: ParsedDocument): { client: string; date: IsoDate | undefined } | undefined {
  const fm = doc.kind === 'session-log' ? doc.session : doc.kind === 'discharge-summary' ? doc.discharge : undefined;
  const client = fm?.client;
  if (typeof client !== 'string' || client.trim() === '') return undefined;
  return { client, date: isIsoDate(fm?.date) ? fm.date : undefined };
}

/**
 * SPEC 1.2 "Which plan", for any document dated `date` among a client's plans (sorted by created,
 * then path): the plan with the latest `created` <= date; when every plan starts after the date,
 * the earliest plan (`beforeEveryPlan`, GP311). (v2) A date after that plan's `closed` date
 * belongs to the client's next plan (the earliest with a later `created`) when there is one.
 * Plans without a valid `created` are chosen only when no plan has one; an undated document
 * goes to the latest plan.
 */
export function planForDate(plans: readonly ParsedDocument[], date: IsoDate | undefined): PlanChoice | undefined {
  if (plans.length === 0) return undefined;
  const dated = plans.filter((p) => isIsoDate(p.plan?.created));
  if (dated.length === 0) return { plan: plans[0], beforeEveryPlan: false };
  if (date === undefined) return { plan: dated[dated.length - 1], beforeEveryPlan: false };
  let at = -1;
  for (let i = 0; i < dated.length; i++) if (dated[i].plan!.created! <= date) at = i; // sorted: keep the latest
  if (at === -1) return { plan: dated[0], beforeEveryPlan: true };
  const chosen = dated[at];
  const closed = dateOrAbsent(chosen.plan!.closed);
  if (closed !== undefined && date > closed) {
    const next = dated.find((p) => p.plan!.created! > chosen.plan!.created!);
    if (next) return { plan: next, beforeEveryPlan: false };
  }
  return { plan: chosen, beforeEveryPlan: false };
}

/** The plan a session dated `today` would belong to: the client's current plan (status bar, caseload, panel). */
export function currentPlanOf(view: WorkspaceView, client: string, today: IsoDate): ParsedDocument | undefined {
  return view.planForDate(client, today)?.plan;
}

/** True when the document belongs to the plan (by path: the workspace may hold a newer parse). */
export function belongsTo(view: WorkspaceView, doc: ParsedDocument, plan: ParsedDocument): boolean {
  return view.planFor(doc)?.plan.uri === plan.uri;
}

/**
 * SPEC 5.7 "sessions of the plan": the client's sessions that belong to the plan, in session
 * order (date, start, path). Held or not: callers ask for held ones through model/sessions.ts.
 */
export function sessionsOfPlan(view: WorkspaceView, plan: ParsedDocument): readonly ParsedDocument[] {
  const client = plan.plan?.client;
  if (typeof client !== 'string') return [];
  return view.clientMemo(client, `sessions-of-plan:${plan.uri}`, () => view.sessionsOf(client).filter((s) => belongsTo(view, s, plan)));
}

/**
 * SPEC 5.4 GP213: the discharge summaries that belong to a plan (chosen as for a session), by
 * date then path.
 */
export function dischargesOfPlan(view: WorkspaceView, plan: ParsedDocument): readonly ParsedDocument[] {
  const client = plan.plan?.client;
  if (typeof client !== 'string') return [];
  return view.clientMemo(client, `discharges-of-plan:${plan.uri}`, () => view.dischargesOf(client).filter((d) => belongsTo(view, d, plan)));
}

/**
 * SPEC 5.4 GP213 (and the caseload's "missing discharge summary"): the plan is closed, its
 * `closed` date is more than `grace` days before today, and no discharge summary belongs to it.
 * A plan with status `closed` and no `closed` date is never reported (SPEC 5.7). Returns the
 * days since the plan closed, or undefined when nothing is missing.
 */
export function dischargeSummaryOverdue(view: WorkspaceView, plan: ParsedDocument, today: IsoDate, grace: number): number | undefined {
  const fm = plan.plan;
  const closed = dateOrAbsent(fm?.closed);
  if (!fm || !closed || !isPlanClosed(fm, today)) return undefined;
  const days = daysBetween(closed, today);
  if (days <= grace) return undefined; // "more than N days" is strict (SPEC 1.4)
  return dischargesOfPlan(view, plan).length > 0 ? undefined : days;
}
