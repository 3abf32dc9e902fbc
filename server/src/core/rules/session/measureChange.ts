// The measured change of an instrument goal, as GP310 and GP314 judge it: the score a session
// records for the goal (`measures` wins over `value`, SPEC 1.2) against the goal's baseline, in
// the goal's better direction, compared with the instrument's reliable change (RC, SPEC 1.3).
// Both rules skip a baseline outside the instrument's range (GP104) and a score outside it (GP304).
import type { InstrumentDef, ResolvedConfig } from '../../config/types';
import { reliableChange, betterDirection } from '../../instruments';
import { baselineInRange, instrumentOf } from '../../model/goals';
import type { Goal, SessionFrontMatter } from '../../types';
import { scoreForGoal, scoreInRange, type GoalScore } from './sessionHelpers';

export interface MeasuredChange {
  def: InstrumentDef;
  rc: number;
  baseline: number;
  score: GoalScore;
  /** Improvement from baseline in the better direction (negative = worse). */
  improvement: number;
}

export function measuredChange(goal: Goal & { id: string }, s: SessionFrontMatter, config: ResolvedConfig): MeasuredChange | undefined {
  const def = instrumentOf(goal, config);
  if (!def || !baselineInRange(goal, config)) return undefined;
  const rc = reliableChange(def);
  if (rc === undefined || !Number.isFinite(rc) || rc <= 0) return undefined;
  const baseline = goal.measure!.baseline as number;
  const target = typeof goal.measure?.target === 'number' ? goal.measure.target : undefined;
  const dir = betterDirection(def, baseline, target);
  if (!dir) return undefined;
  const score = scoreForGoal(s, goal.id, def, config);
  if (!score || !scoreInRange(def, score.score)) return undefined;
  const improvement = dir === 'lower' ? baseline - score.score : score.score - baseline;
  return { def, rc, baseline, score, improvement };
}
