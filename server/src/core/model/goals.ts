// Goal facts several rules need (plan rules GP1xx/GP2xx, session rules GP206/GP302/GP310/GP314):
// SPEC 1.1's "active on date D", the goal's effective start, and which instrument its measure
// names. Kept in one place so every rule answers these questions the same way.
//
// Reads are defensive: until (and even after) schema cleaning, a value may be absent or of the
// wrong type; a value that is not what SPEC says it is counts as absent (SPEC 1.1).
import { isIsoDate } from '../dates';
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import type { Goal, GoalStatus, IsoDate, PlanFrontMatter } from '../types';
import { findInstrument, inRange } from './instruments';

// Instrument lookup lives in model/instruments.ts; re-exported for the rules that import it here.
export { findInstrument, inRange };

const STATUSES: readonly GoalStatus[] = ['active', 'on-hold', 'met', 'revised', 'discontinued'];

/** A valid ISO date, or undefined (an invalid date counts as absent). */
export function dateOrAbsent(v: unknown): IsoDate | undefined {
  return isIsoDate(v) ? v : undefined;
}

/** A finite number, or undefined. */
export function numberOrAbsent(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The goal's start: its own `start`, else the plan's `created` (SPEC 1.1). */
export function goalStart(goal: Goal, plan: PlanFrontMatter | undefined): IsoDate | undefined {
  return dateOrAbsent(goal.start) ?? dateOrAbsent(plan?.created);
}

/** The goal's status, `active` when absent (SPEC 1.1). */
export function goalStatus(goal: Goal): GoalStatus {
  return STATUSES.includes(goal.status as GoalStatus) ? (goal.status as GoalStatus) : 'active';
}

/**
 * SPEC 1.1: "A goal is active on date D when start <= D, and also: its status is active or
 * on-hold; or else D <= its closed date (or, without one, D <= its due date)."
 * A goal with no known start (no `start`, plan without a valid `created`) is never active; a
 * finished goal (met/revised/discontinued) with neither `closed` nor `due` has no known end and
 * is not active.
 */
export function goalActiveOn(goal: Goal, plan: PlanFrontMatter | undefined, date: IsoDate): boolean {
  const start = goalStart(goal, plan);
  if (start === undefined || start > date) return false;
  const status = goalStatus(goal);
  if (status === 'active' || status === 'on-hold') return true;
  const end = dateOrAbsent(goal.closed) ?? dateOrAbsent(goal.due);
  return end !== undefined && date <= end;
}

/** The instrument a goal's measure names, or undefined (no measure, or an unknown instrument). */
export function instrumentOf(goal: Goal, config: ResolvedConfig): InstrumentDef | undefined {
  return findInstrument(goal.measure?.instrument, config);
}

/**
 * True when the goal's baseline is a number inside its instrument's range, i.e. a known
 * instrument and no GP104 on the baseline. GP310/GP314 run only when this holds (SPEC: "skipped
 * when the baseline has GP104").
 */
export function baselineInRange(goal: Goal, config: ResolvedConfig): boolean {
  const def = instrumentOf(goal, config);
  const baseline = numberOrAbsent(goal.measure?.baseline);
  return def !== undefined && baseline !== undefined && inRange(def, baseline);
}

/** Same for the target (GP105/GP106 skip a target that has GP104). */
export function targetInRange(goal: Goal, config: ResolvedConfig): boolean {
  const def = instrumentOf(goal, config);
  const target = numberOrAbsent(goal.measure?.target);
  return def !== undefined && target !== undefined && inRange(def, target);
}
