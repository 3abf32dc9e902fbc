// Review facts (SPEC 1.1 review.*, 5.1, 5.7, GP202/GP203): the plan's review schedule, its held
// review sessions, whether a review was held on or after a date, and whether the plan's review
// is overdue or due soon. GP202, GP203, the progress model, the caseload and the status bar all
// read "overdue" from reviewState(), so they cannot disagree.
import { daysBetween, parseDuration, type Duration } from '../dates';
import type { ResolvedConfig } from '../config/types';
import type { IsoDate, ParsedDocument, PlanFrontMatter } from '../types';
import { dateOrAbsent } from './goals';
import { currentPlanOf, isPlanClosed, sessionsOfPlan } from './plans';
import { isHeldReview, sessionDate } from './sessions';
import type { WorkspaceView } from './view';

export interface ReviewSchedule {
  every: Duration | undefined;
  /** review.last as written. */
  last: IsoDate | undefined;
  /** review.last, defaulting to created (SPEC 1.1). */
  lastOrCreated: IsoDate | undefined;
  next: IsoDate | undefined;
  created: IsoDate | undefined;
}

/** The plan's `review` keys as the rules read them (invalid values count as absent). */
export function reviewOf(plan: PlanFrontMatter | undefined): ReviewSchedule {
  const r = plan?.review && typeof plan.review === 'object' ? plan.review : undefined;
  const last = dateOrAbsent(r?.last);
  const created = dateOrAbsent(plan?.created);
  return { every: parseDuration(r?.every), last, lastOrCreated: last ?? created, next: dateOrAbsent(r?.next), created };
}

/**
 * SPEC 5.1/5.7: the held review sessions of the plan (sessions of the plan with `review: true`,
 * not `no-show`/`cancelled`, dated on or before today), in session order.
 */
export function heldReviewSessions(view: WorkspaceView, plan: ParsedDocument, today: IsoDate): ParsedDocument[] {
  return sessionsOfPlan(view, plan).filter((s) => isHeldReview(s.session, today));
}

/** The earliest held review session of the plan dated on or after `date` (up to today), if any. */
export function reviewHeldOnOrAfter(view: WorkspaceView, plan: ParsedDocument, date: IsoDate, today: IsoDate): ParsedDocument | undefined {
  return heldReviewSessions(view, plan, today).find((s) => sessionDate(s.session!)! >= date);
}

export interface ReviewState {
  /** False for a closed plan (SPEC 5.1): nothing about its review is due any more. */
  open: boolean;
  next?: IsoDate;
  /** The held review session that answers review.next (on or after it), when there is one. */
  heldBy?: ParsedDocument;
  /** GP202: the plan is open, today is after review.next and no held review of the plan is dated on or after it. */
  overdue: boolean;
  /** Days since review.next when overdue. */
  daysOverdue?: number;
  /** GP203: the plan is open and 0 <= review.next - today <= dueSoon. */
  dueSoon: boolean;
  /** review.next - today, when review.next is today or later. */
  daysLeft?: number;
}

/** The one reading of "is this plan's review overdue / due soon" (GP202, GP203, views, status bar). */
export function reviewState(view: WorkspaceView, plan: ParsedDocument, today: IsoDate, config: ResolvedConfig): ReviewState {
  const open = !isPlanClosed(plan.plan, today);
  const next = reviewOf(plan.plan).next;
  const out: ReviewState = { open, overdue: false, dueSoon: false };
  if (!next) return out;
  out.next = next;
  const heldBy = reviewHeldOnOrAfter(view, plan, next, today);
  if (heldBy) out.heldBy = heldBy;
  if (!open) return out;
  if (today > next && !heldBy) {
    out.overdue = true;
    out.daysOverdue = daysBetween(next, today);
  }
  const left = daysBetween(today, next);
  if (left >= 0) {
    out.daysLeft = left;
    const soon = typeof config.review?.dueSoon === 'number' ? config.review.dueSoon : 14;
    out.dueSoon = left <= soon;
  }
  return out;
}

/** What the status bar shows for a file: the plan itself, or a note's client's current plan. */
export interface ReviewStatusFacts {
  client: string;
  plan?: ParsedDocument;
  state?: ReviewState;
}

export function reviewStatusFor(view: WorkspaceView, doc: ParsedDocument, today: IsoDate, configFor: (uri: string) => ResolvedConfig): ReviewStatusFacts | undefined {
  const client = doc.kind === 'goal-plan' ? doc.plan?.client : doc.session?.client;
  if (typeof client !== 'string' || client.trim() === '') return undefined;
  const plan = doc.kind === 'goal-plan' ? doc : currentPlanOf(view, client, today);
  if (!plan?.plan) return { client };
  return { client, plan, state: reviewState(view, plan, today, configFor(plan.uri)) };
}

/** The status bar's item (LSP `goalplan/reviewStatus`), built in the core so a test can drive it. */
export interface ReviewStatusView {
  client: string;
  planUri?: string;
  nextReview?: string;
  /** The plan is closed (SPEC 5.1): no review is due. */
  closed?: boolean;
  /** GP202's reading: the open plan's review.next has passed without a held review of the plan. */
  overdue: boolean;
  /** GP203's reading: review.next within the configured dueSoon days. */
  dueSoon: boolean;
  today: string;
}

export function reviewStatusView(facts: ReviewStatusFacts, today: IsoDate): ReviewStatusView {
  const out: ReviewStatusView = { client: facts.client, overdue: false, dueSoon: false, today };
  if (!facts.plan) return out;
  out.planUri = facts.plan.uri;
  const st = facts.state;
  if (st && !st.open) out.closed = true;
  if (!st?.next) return out;
  out.nextReview = st.next;
  out.overdue = st.overdue;
  out.dueSoon = st.dueSoon;
  return out;
}
