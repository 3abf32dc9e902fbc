// The measured change of an instrument goal, as GP310 and GP314 judge it: the score a session
// records for the goal (`measures` wins over `value`, SPEC 1.2) against the goal's baseline, in
// the goal's better direction, compared with the instrument's reliable change (RC, SPEC 1.3).
// Both rules skip a baseline outside the instrument's range (GP104) and a score outside it (GP304),
// and read held sessions only (SPEC 5.1; the callers check).
import type { InstrumentDef, ResolvedConfig } from '../../config/types';
import { baselineInRange, instrumentOf } from '../../model/goals';
import { betterDirection, usableRc } from '../../model/instruments';
import { goalScoreOf, type SessionScore } from '../../model/scores';
import type { Goal, PlanFrontMatter, SessionFrontMatter } from '../../types';

export interface MeasuredChange {
  def: InstrumentDef;
  rc: number;
  baseline: number;
  score: SessionScore;
  /** Improvement from baseline in the better direction (negative = worse). */
  improvement: number;
}

export function measuredChange(
  goal: Goal & { id: string }, s: SessionFrontMatter, plan: PlanFrontMatter | undefined, config: ResolvedConfig,
): MeasuredChange | undefined {
  const def = instrumentOf(goal, config);
  if (!def || !baselineInRange(goal, config)) return undefined;
  const rc = usableRc(def);
  if (rc === undefined) return undefined;
  const baseline = goal.measure!.baseline as number;
  const target = typeof goal.measure?.target === 'number' ? goal.measure.target : undefined;
  const dir = betterDirection(def, baseline, target);
  if (!dir) return undefined;
  // The core's reading of which score speaks to the goal (the progress panel uses the same).
  const score = goalScoreOf(s, goal, plan, config);
  if (!score || !score.inRange) return undefined;
  const improvement = dir === 'lower' ? baseline - score.score : score.score - baseline;
  return { def, rc, baseline, score, improvement };
}
