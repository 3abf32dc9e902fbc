// Session facts (SPEC 1.2, 5.1, 5.7): a session's type and date, whether it was held, whether it
// is a held review, and the one order of a client's sessions. Rules, the progress model, the
// caseload and the status bar ask here; none of them re-reads `type` or compares dates itself.
import { isIsoDate } from '../dates';
import type { IsoDate, ParsedDocument, SessionFrontMatter, SessionType } from '../types';

const NOT_HELD: readonly SessionType[] = ['no-show', 'cancelled'];

/** The session's type, `therapy` when absent (SPEC 1.2). */
export function sessionType(s: SessionFrontMatter): SessionType {
  return typeof s.type === 'string' ? s.type : 'therapy';
}

/** SPEC 5.2: the readiness / confidence ruler's scale. */
export const READINESS_SCALE = { min: 0, max: 10 } as const;

/** The session's readiness when it is a whole number on the ruler (anything else is absent, as GP002 says). */
export function readinessOf(s: SessionFrontMatter): number | undefined {
  const r = s.readiness;
  return typeof r === 'number' && Number.isInteger(r) && r >= READINESS_SCALE.min && r <= READINESS_SCALE.max ? r : undefined;
}

/** The session's valid date, or undefined (an invalid date counts as absent). */
export function sessionDate(s: SessionFrontMatter): IsoDate | undefined {
  return isIsoDate(s.date) ? s.date : undefined;
}

/** True for `no-show` and `cancelled`: the appointment did not take place. */
export function isMissed(s: SessionFrontMatter): boolean {
  return NOT_HELD.includes(sessionType(s));
}

/**
 * SPEC 5.1: a session is **held** when its type is not `no-show` or `cancelled` and its date is
 * on or before today. A session without a valid date is not held (it has no place in time).
 * Only held sessions are data (series, GAS, reliable change, reviews, the caseload).
 */
export function isHeld(s: SessionFrontMatter | undefined, today: IsoDate): boolean {
  if (!s || isMissed(s)) return false;
  const date = sessionDate(s);
  return date !== undefined && date <= today;
}

/** SPEC 5.1: dated after today (GP306); listed apart by the views, "dated after today, not counted". */
export function isFutureDated(s: SessionFrontMatter | undefined, today: IsoDate): boolean {
  const date = s && sessionDate(s);
  return date !== undefined && date > today;
}

/** True when the session says it is a formal plan review (`review: true`), held or not. */
export function isMarkedReview(s: SessionFrontMatter | undefined): boolean {
  return s?.review === true;
}

/**
 * SPEC 5.1: a held review. A `no-show` or `cancelled` session with `review: true` is not a
 * review, and neither is a review dated after today.
 */
export function isHeldReview(s: SessionFrontMatter | undefined, today: IsoDate): boolean {
  return isMarkedReview(s) && isHeld(s, today);
}

/** Held session documents of a list, in the list's order. */
export function heldOnly(docs: readonly ParsedDocument[], today: IsoDate): ParsedDocument[] {
  return docs.filter((d) => isHeld(d.session, today));
}

/**
 * SPEC 5.7: sessions on one date are ordered by `start`, then by path. A session without a
 * valid date sorts last; one without `start` comes before the timed sessions of its date.
 */
export function compareSessions(a: ParsedDocument, b: ParsedDocument): number {
  const da = a.session ? sessionDate(a.session) ?? '9999' : '9999';
  const db = b.session ? sessionDate(b.session) ?? '9999' : '9999';
  if (da !== db) return da < db ? -1 : 1;
  const sa = typeof a.session?.start === 'string' ? a.session.start : '';
  const sb = typeof b.session?.start === 'string' ? b.session.start : '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}
