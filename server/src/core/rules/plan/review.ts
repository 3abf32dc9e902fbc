// The plan's review schedule (SPEC 1.1 `review.every/last/next`) as the GP2xx rules read it,
// and the one way they compute a next review date for their fixes.
import { addDays, addDuration, durationDays, parseDuration } from '../../dates';
import type { ReviewSchedule } from '../../model/reviews';
import type { ResolvedConfig } from '../../config/types';
import type { IsoDate, PlanFrontMatter } from '../../types';

// The schedule itself is a core fact (model/reviews.ts); re-exported for the GP2xx rules.
export { reviewOf, type ReviewSchedule } from '../../model/reviews';

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
  // Outside 0000-9999 (a year-0000 plan with a huge interval): no proposal, so no fix.
  if (!calendar || !byDays) return undefined;
  return calendar < byDays ? calendar : byDays;
}

/** "review.every (12w)" style label for messages. */
export function everyText(plan: PlanFrontMatter | undefined): string {
  const e = plan?.review?.every;
  return typeof e === 'string' ? e.trim() : '';
}
