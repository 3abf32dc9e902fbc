// Not on track (SPEC 5.5, 5.7): which goals GP215 reports, which scores the panel marks off
// track, and what the caseload counts. One home so the rule, the chart and the caseload agree.
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import type { Goal, IsoDate, ParsedDocument } from '../types';
import { dateOrAbsent, goalActiveOn, goalStart, goalStatus, instrumentOf, numberOrAbsent } from './goals';
import { findInstrument, inRange, usableRc } from './instruments';
import { betterDirection } from '../instruments';
import { isPlanOpen } from './plans';
import { goalsById, heldPlanScores, type SessionScore } from './scores';
import { trackScore, type Curve, type TrackInput, type TrackResult } from './expected';
import type { WorkspaceView } from './view';

/**
 * The plan's `expected` curve for an instrument (SPEC 5.2): keys match instrument names as
 * everywhere (case-insensitively); a curve that failed its schema check is already absent.
 */
export function curveFor(plan: ParsedDocument, def: InstrumentDef, config: ResolvedConfig): Curve | undefined {
  const curves = plan.plan?.expected;
  if (!curves || typeof curves !== 'object') return undefined;
  for (const [name, curve] of Object.entries(curves)) {
    if (Array.isArray(curve) && curve.length > 0 && findInstrument(name, config) === def) return curve;
  }
  return undefined;
}

/**
 * What an expected line needs, when the goal can have one (SPEC 5.5, 5.8): a measure whose
 * instrument has an RC and a direction and is an outcome (not an alliance measure), baseline and
 * target present, different and in range (no GP104), the target better than the baseline for a
 * fixed direction (no GP105), and a curve or a due date after start. Independent of today.
 */
export function trackInputOf(plan: ParsedDocument, goal: Goal, config: ResolvedConfig): (TrackInput & { def: InstrumentDef }) | undefined {
  const def = instrumentOf(goal, config);
  if (!def || def.role === 'alliance') return undefined;
  const rc = usableRc(def);
  const baseline = numberOrAbsent(goal.measure?.baseline);
  const target = numberOrAbsent(goal.measure?.target);
  if (rc === undefined || baseline === undefined || target === undefined || baseline === target) return undefined;
  if (!inRange(def, baseline) || !inRange(def, target)) return undefined;
  const better = betterDirection(def, baseline, target);
  if (!better) return undefined;
  if (def.better && (better === 'lower' ? target > baseline : target < baseline)) return undefined; // GP105
  const start = goalStart(goal, plan.plan);
  if (!start) return undefined;
  const due = dateOrAbsent(goal.due);
  const curve = curveFor(plan, def, config);
  if (!curve && !(due !== undefined && due > start)) return undefined;
  return { def, baseline, target, start, due, curve, better, rc, weeks: config.notOnTrack.weeks };
}

/** A held, in-range score of the goal's instrument in a session of its plan, on or after the goal's start. */
export interface TrackedScore {
  session: ParsedDocument;
  date: IsoDate;
  score: SessionScore;
  result: TrackResult;
}

/**
 * Every held score of the goal's instrument among the sessions of the plan dated on or after the
 * goal's start (session order), each judged against e(its date). Scores outside the
 * instrument's range (GP304) are never used (SPEC 5.8).
 */
export function trackedScores(view: WorkspaceView, plan: ParsedDocument, goal: Goal, config: ResolvedConfig, today: IsoDate): TrackedScore[] {
  const input = trackInputOf(plan, goal, config);
  if (!input) return [];
  const out: TrackedScore[] = [];
  // The plan's held scores of the instrument are read once for all its goals (model/scores.ts).
  for (const { session, date, score } of heldPlanScores(view, plan, input.def, today, config)) {
    if (date < input.start) continue;
    const result = trackScore(input, score.score, date);
    if (result) out.push({ session, date, score, result });
  }
  return out;
}

export interface GoalTrack extends TrackedScore {
  input: TrackInput & { def: InstrumentDef };
}

/**
 * SPEC 5.5 GP215: for a goal of an open plan, active today and not on hold, with an expected
 * line: the latest held score (5.7: d is its date, not today) and its judgement. Undefined when
 * the goal does not qualify or has no held score since its start (GP214 covers that).
 */
export function goalTrack(view: WorkspaceView, plan: ParsedDocument, goal: Goal, config: ResolvedConfig, today: IsoDate): GoalTrack | undefined {
  if (!isPlanOpen(plan.plan, today)) return undefined;
  if (!goalActiveOn(goal, plan.plan, today) || goalStatus(goal) === 'on-hold') return undefined;
  const input = trackInputOf(plan, goal, config);
  if (!input) return undefined;
  // The latest tracked score (the last of trackedScores): judged from the end, so a goal with a
  // year of notes costs one judgement, not one per note.
  const held = heldPlanScores(view, plan, input.def, today, config);
  for (let i = held.length - 1; i >= 0; i--) {
    const { session, date, score } = held[i];
    if (date < input.start) break; // session order is date order: the rest are earlier still
    const result = trackScore(input, score.score, date);
    if (result) return { session, date, score, result, input };
  }
  return undefined;
}

/** Ids of the plan's goals that are not on track today (caseload, panel header). */
export function notOnTrackGoals(view: WorkspaceView, plan: ParsedDocument, config: ResolvedConfig, today: IsoDate): string[] {
  const out: string[] = [];
  for (const [id, goal] of goalsById(plan)) if (goalTrack(view, plan, goal, config, today)?.result.notOnTrack) out.push(id);
  return out;
}
