// The plan's review schedule (SPEC 1.1 `review.every/last/next`) as the GP2xx rules read it,
// and the one way they compute a next review date for their fixes.
import { addDays, addDuration, durationDays, parseDuration, type Duration } from '../../dates';
import { dateOrAbsent } from '../../model/goals';
import type { ResolvedConfig } from '../../config/types';
import type { IsoDate, PlanFrontMatter } from '../../types';

export interface ReviewSchedule {
  every: Duration | undefined;
  /** review.last as written. */
  last: IsoDate | undefined;
  /** review.last, defaulting to created (SPEC 1.1). */
  lastOrCreated: IsoDate | undefined;
  next: IsoDate | undefined;
  created: IsoDate | undefined;
}

export function reviewOf(plan: PlanFrontMatter | undefined): ReviewSchedule {
  const r = plan?.review && typeof plan.review === 'object' ? plan.review : undefined;
  const last = dateOrAbsent(r?.last);
  const created = dateOrAbsent(plan?.created);
  return { every: parseDuration(r?.every), last, lastOrCreated: last ?? created, next: dateOrAbsent(r?.next), created };
}

/**
 * The next review date the fixes propose: review.last (or created) + review.every (or the
 * configured maxInterval). Calendar months can be 31 days while GP204 compares a month as 30
 * days (SPEC 1.4), so the proposal is the earlier of the calendar date and base + the
 * duration's length in days: a fixed plan never trips GP204 on its own fix.
 */
export function proposedNext(s: ReviewSchedule, config: ResolvedConfig): IsoDate | undefined {
  const base = s.lastOrCreated;
  const every = s.every ?? parseDuration(config.review.maxInterval);
  if (!base || !every) return undefined;
  const len = durationDays(every);
  if (len <= 0) return undefined;
  const calendar = addDuration(base, every);
  const byDays = addDays(base, len);
  return calendar < byDays ? calendar : byDays;
}

/** "review.every (12w)" style label for messages. */
export function everyText(plan: PlanFrontMatter | undefined): string {
  const e = plan?.review?.every;
  return typeof e === 'string' ? e.trim() : '';
}
