// The measured change of an instrument goal, as GP310 and GP314 judge it: the score a session
// records for the goal (`measures` wins over `value`, SPEC 1.2) against the goal's baseline, in
// the goal's better direction, compared with the instrument's reliable change (RC, SPEC 1.3).
// Both rules skip a baseline outside the instrument's range (GP104) and a score outside it (GP304),
// and read held sessions only (SPEC 5.1; the callers check).
import type { InstrumentDef, ResolvedConfig } from '../../config/types';
import { baselineInRange, instrumentOf } from '../../model/goals';
import { betterDirection, usableRc } from '../../model/instruments';
import { perObject } from '../../cache';
import { goalScoreOf, goalsById, type SessionScore } from '../../model/scores';
import type { Goal, ParsedDocument, PlanFrontMatter, SessionFrontMatter } from '../../types';

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
  return changesIn(s, plan, config)(goal);
}

/**
 * The measured change of any goal in one note, read through the note's kept answers: kept per
 * note (with the plan's front matter and the configuration) and goal object, so a plan edit
 * re-checks every note of the plan and only the edited goal is new to them. GP314 asks for every
 * measured goal of a 200-goal plan in each of its 40 notes on every keystroke: one lookup of the
 * note's answers per note, then one per goal (a lookup per goal and note, with its key and dep
 * list, cost 2 ms of a keystroke's re-check).
 */
export function changesIn(s: SessionFrontMatter, plan: PlanFrontMatter | undefined, config: ResolvedConfig): (goal: Goal & { id: string }) => MeasuredChange | undefined {
  const kept = perObject(s, 'measured-changes', () => new WeakMap<Goal, MeasuredChange | null>(), [plan, config]);
  return (goal) => {
    const hit = kept.get(goal);
    if (hit !== undefined) return hit ?? undefined;
    const change = measure(goal, s, plan, config);
    kept.set(goal, change ?? null);
    return change;
  };
}

function measure(goal: Goal & { id: string }, s: SessionFrontMatter, plan: PlanFrontMatter | undefined, config: ResolvedConfig): MeasuredChange | undefined {
  const input = changeInputOf(goal, config);
  if (!input) return undefined;
  const { def, rc, baseline, dir } = input;
  // The core's reading of which score speaks to the goal (the progress panel uses the same).
  const score = goalScoreOf(s, goal, plan, config);
  if (!score || !score.inRange) return undefined;
  const improvement = dir === 'lower' ? baseline - score.score : score.score - baseline;
  return { def, rc, baseline, score, improvement };
}

interface ChangeInput {
  def: InstrumentDef;
  rc: number;
  baseline: number;
  dir: 'lower' | 'higher';
}

/**
 * What a goal's measured change is judged by, independent of any session: its instrument with a
 * usable RC, an in-range baseline and a better direction; undefined when the goal has no
 * measured change. Kept per goal object and configuration (a goal block unchanged by an edit
 * keeps its goal object).
 */
function changeInputOf(goal: Goal, config: ResolvedConfig): ChangeInput | undefined {
  return perObject(goal, 'change-input', () => {
    const def = instrumentOf(goal, config);
    if (!def || !baselineInRange(goal, config)) return undefined;
    const rc = usableRc(def);
    if (rc === undefined) return undefined;
    const baseline = goal.measure!.baseline as number;
    const target = typeof goal.measure?.target === 'number' ? goal.measure.target : undefined;
    const dir = betterDirection(def, baseline, target);
    return dir ? { def, rc, baseline, dir } : undefined;
  }, config);
}

/**
 * The goals of a plan (by id, first block winning, in order) that can have a measured change:
 * GP314 asks for every one in every note of the plan, so the plan's other goals are passed over
 * once per parse of the plan and configuration, not once per note.
 */
export function changeGoals(plan: ParsedDocument, config: ResolvedConfig): ReadonlyArray<Goal & { id: string }> {
  return perObject(plan, 'change-goals', () => {
    const fresh = [...goalsById(plan).values()].filter((g) => changeInputOf(g, config) !== undefined);
    // The array the plan's last parse gave (kept with its front matter, which an edit inside a
    // goal block keeps) when it lists the same goal objects: a fact kept by this list's identity
    // (GP314's findings in a note) then survives a keystroke in a goal without a measured change.
    const last = perObject(plan.plan ?? plan, 'change-goals:last', () => ({ list: fresh }), config);
    if (last.list.length !== fresh.length || last.list.some((g, i) => g !== fresh[i])) last.list = fresh;
    return last.list;
  }, config);
}
