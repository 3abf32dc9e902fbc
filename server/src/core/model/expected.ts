// The expected-change arithmetic of SPEC 5.5 (GP215, and the panel's dashed line and off-track
// marks): where a goal's score is expected to be on a date, and whether a score is off track.
// Pure numbers and dates, no documents: the rule and the views feed it the goal's facts, so a
// goal the rule reports and the chart the clinician reads can never disagree.
//
// Expected-change curves are how outcome-monitoring systems flag clients at risk of a poor
// outcome (Lambert's OQ-45 "signal" system; the ORS/PCOMS expected-treatment-response lines):
// the score is compared with where similar clients are by that week, not with the final target.
import { daysBetween } from '../dates';
import type { IsoDate } from '../types';

/** `[week, fraction]` pairs (SPEC 5.2 `expected`), weeks strictly increasing, fraction 0-1. */
export type Curve = ReadonlyArray<readonly [number, number]>;

export interface Expectation {
  baseline: number;
  target: number;
  /** The goal's start (its own or the plan's created). */
  start: IsoDate;
  /** The goal's due date: the straight line runs from start to due. */
  due: IsoDate | undefined;
  /** The plan's curve for the goal's instrument; undefined = the straight line. */
  curve: Curve | undefined;
}

/** SPEC 5.5: "Differences are rounded to 6 decimals before any comparison" (9.999999999999996 is 10). */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r; // no -0 in messages
}

/**
 * f(w) of a curve: an implicit [0, 0] first, linear between pairs, the last fraction after the
 * last pair. A pair at week 0 takes the implicit point's place (the curve starts there).
 */
export function curveFraction(curve: Curve, weeks: number): number {
  let prevW = 0;
  let prevF = 0;
  for (const [w, f] of curve) {
    if (weeks <= w) {
      if (w === prevW) return f;
      return prevF + ((f - prevF) * (weeks - prevW)) / (w - prevW);
    }
    prevW = w;
    prevF = f;
  }
  return prevF;
}

/**
 * The fraction of the change from baseline to target expected on date d (d >= start): the
 * curve at w = (d - start) / 7, or without one the straight line min(1, (d - start) / (due - start)).
 * Undefined when neither can be drawn (no curve, and no due date after start: GP108's case).
 */
export function expectedFraction(x: Pick<Expectation, 'start' | 'due' | 'curve'>, d: IsoDate): number | undefined {
  const days = daysBetween(x.start, d);
  if (days < 0) return undefined;
  if (x.curve && x.curve.length > 0) return curveFraction(x.curve, days / 7);
  if (x.due === undefined) return undefined;
  const span = daysBetween(x.start, x.due);
  if (span <= 0) return undefined;
  return Math.min(1, days / span);
}

/** e(d) = baseline + (target - baseline) x f(w) (SPEC 5.5); undefined when f is. */
export function expectedValue(x: Expectation, d: IsoDate): number | undefined {
  const f = expectedFraction(x, d);
  return f === undefined ? undefined : x.baseline + (x.target - x.baseline) * f;
}

export interface TrackInput extends Expectation {
  /** Which way scores improve (fixed, or from baseline -> target). */
  better: 'lower' | 'higher';
  /** The instrument's reliable change. */
  rc: number;
  /** `notOnTrack.weeks` (default 8). */
  weeks: number;
}

export interface TrackResult {
  /** e(d), the expected value on the score's date. */
  expected: number;
  /** How much worse than e(d) the score is (negative when better), rounded to 6 decimals. */
  worseBy: number;
  /** The curve clause alone: worse than e(d) by at least the RC (the panel's off-track mark). */
  offCurve: boolean;
  /** The 8-week clause: at least `weeks` weeks from start to d, and neither a reliable improvement nor at/beyond the target. */
  stalled: boolean;
  /** SPEC 5.5: not on track (either clause). */
  notOnTrack: boolean;
}

/**
 * SPEC 5.5 for one score s on date d (d >= start). Undefined when no expected value can be
 * computed. The caller checks the preconditions (goal active today and not on hold, an RC and a
 * direction, baseline and target present, different, free of GP104/GP105; held score).
 */
export function trackScore(x: TrackInput, s: number, d: IsoDate): TrackResult | undefined {
  const expected = expectedValue(x, d);
  if (expected === undefined) return undefined;
  const sign = x.better === 'lower' ? 1 : -1; // sign x (s - ref) = how much worse s is than ref
  const rc = round6(x.rc);
  const worseBy = round6(sign * (s - expected));
  const offCurve = worseBy >= rc;
  const improvement = round6(sign * (x.baseline - s));
  const beyondTarget = round6(sign * (x.target - s)) >= 0;
  const stalled = daysBetween(x.start, d) >= round6(x.weeks * 7) && !(improvement >= rc) && !beyondTarget;
  return { expected, worseBy, offCurve, stalled, notOnTrack: offCurve || stalled };
}
