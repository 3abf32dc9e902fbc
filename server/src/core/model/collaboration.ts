// SPEC 5.2 collaboration facts of a plan: the client's agreement (the latest date counts), the
// goals a goal replaces, a goal's revisions. GP209, GP117, the caseload and the views ask here.
import type { ResolvedConfig } from '../config/types';
import { daysBetween, isIsoDate } from '../dates';
import type { Agreement, Goal, IsoDate, PlanFrontMatter } from '../types';
import { isPlanOpen } from './plans';

/** The plan's agreement entries, one or a list, as a list (schema-invalid entries are absent already). */
export function agreementsOf(plan: PlanFrontMatter | undefined): Agreement[] {
  const a = plan?.agreement;
  if (!a || typeof a !== 'object') return [];
  return (Array.isArray(a) ? a : [a]).filter((x): x is Agreement => !!x && typeof x === 'object');
}

/** SPEC 5.2: "the latest date counts": the agreement entry with the latest valid date. */
export function latestAgreement(plan: PlanFrontMatter | undefined): Agreement | undefined {
  let best: Agreement | undefined;
  for (const a of agreementsOf(plan)) if (isIsoDate(a.date) && (!best || a.date > best.date!)) best = a;
  return best;
}

/** True when the plan has an agreement dated on or after its `created` date (GP209's test). */
export function hasCurrentAgreement(plan: PlanFrontMatter | undefined): boolean {
  const created = plan?.created;
  const latest = latestAgreement(plan);
  return !!latest && isIsoDate(created) && latest.date! >= created;
}

/**
 * SPEC 5.4 GP209 (without the closed-plan gate, which the caller applies): more than `grace`
 * days after `created`, no agreement dated on or after `created`. A plan without a valid
 * `created` is never reported (GP002 speaks for it).
 */
export function agreementOverdue(plan: PlanFrontMatter | undefined, today: IsoDate, grace: number): boolean {
  const created = plan?.created;
  if (!isIsoDate(created) || daysBetween(created, today) <= grace) return false;
  return !hasCurrentAgreement(plan);
}

/** `agreementGraceDays` as configured (14 by default). */
export function agreementGrace(config: ResolvedConfig): number {
  const g = config.agreementGraceDays;
  return typeof g === 'number' && g >= 0 ? g : 14;
}

/**
 * GP209's whole reading (SPEC 5.1, 5.4): an open plan, more than `agreementGraceDays` after
 * `created`, without an agreement dated on or after `created`. GP209, the caseload and the views.
 */
export function agreementMissing(plan: PlanFrontMatter | undefined, today: IsoDate, config: ResolvedConfig): boolean {
  return !!plan && isPlanOpen(plan, today) && agreementOverdue(plan, today, agreementGrace(config));
}

/** A revision shown on a goal's timeline: a dated change in place, or the date a successor replaced it. */
export interface RevisionMark {
  date: IsoDate;
  /** The reason written in `revisions` (free text: escaped by the views, never in messages). */
  reason?: string;
  /** For a replacement: the id of the goal that replaces this one. */
  successor?: string;
}

/**
 * SPEC 5.6: a goal's revisions, from its own `revisions` and from the goals that name it in
 * `replaces` (dated at the successor's start, else this goal's `closed`), by date.
 */
export function revisionMarks(goal: Goal, goals: readonly Goal[], plan: PlanFrontMatter | undefined): RevisionMark[] {
  const out: RevisionMark[] = [];
  for (const r of Array.isArray(goal.revisions) ? goal.revisions : []) {
    if (r && isIsoDate(r.date)) out.push({ date: r.date, reason: typeof r.reason === 'string' ? r.reason : undefined });
  }
  if (typeof goal.id === 'string') {
    for (const g of goals) {
      if (g === goal || g.replaces !== goal.id || typeof g.id !== 'string') continue;
      const date = isIsoDate(g.start) ? g.start : isIsoDate(goal.closed) ? goal.closed : isIsoDate(plan?.created) ? plan!.created : undefined;
      if (date) out.push({ date, successor: g.id });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
