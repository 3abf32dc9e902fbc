// Score facts (SPEC 1.2 `measures`, 5.3 items, 5.7 "a score of instrument I in a session", 5.8
// duplicate keys): what a session records for an instrument, read one way for every rule and
// view. Names are matched as model/instruments.ts findInstrument does (case-insensitively).
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import type { Goal, GoalEntry, IsoDate, MeasureEntry, ParsedDocument, PlanFrontMatter, SessionFrontMatter } from '../types';
import { perObject } from '../cache';
import { goalActiveOn, numberOrAbsent, instrumentOf } from './goals';
import { findInstrument, inRange } from './instruments';
import { sessionsOfPlan } from './plans';
import { isHeld, sessionDate } from './sessions';
import type { WorkspaceView } from './view';

/** One `measures` entry: `name: 12` or `name: {score: 12, items: [..]}`. */
export interface RecordedScore {
  /** The key as the user wrote it. */
  key: string;
  /** The instrument the key names; undefined for an unknown name (GP006: ignored by every other rule). */
  def: InstrumentDef | undefined;
  /** The total: `score`, else the sum of a complete item list with every answer in its item range. */
  score: number | undefined;
  /** YAML path of the total (`measures.KEY` or `measures.KEY.score`). */
  scorePath: Array<string | number>;
  /** The `items` list as written (for GP304's per-item check). */
  rawItems: unknown[] | undefined;
  /**
   * The item answers the facts use (SPEC 5.3): only when the list has exactly the instrument's
   * item count (otherwise GP002 and the items are ignored); a skipped (non-number) answer is 0.
   */
  items: number[] | undefined;
  /** SPEC 5.8: a later key naming the same instrument as an earlier one (`PHQ-9`, `phq-9`): ignored, the first wins. */
  duplicate: boolean;
}

/** Every `measures` entry in written order, duplicates flagged. Kept per front matter and config. */
export function recordedScores(s: SessionFrontMatter, config: ResolvedConfig): readonly RecordedScore[] {
  return perObject(s, 'recorded-scores', () => readScores(s, config), config);
}

function readScores(s: SessionFrontMatter, config: ResolvedConfig): RecordedScore[] {
  const m = s.measures;
  if (!m || typeof m !== 'object' || Array.isArray(m)) return [];
  const seen = new Set<InstrumentDef>();
  return Object.entries(m).map(([key, entry]): RecordedScore => {
    const def = findInstrument(key, config);
    const duplicate = def !== undefined && seen.has(def);
    if (def) seen.add(def);
    const obj = entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : undefined;
    const rawItems = obj && Array.isArray(obj.items) ? (obj.items as unknown[]) : undefined;
    const items = itemsOf(rawItems, def);
    return {
      key, def, duplicate, rawItems, items,
      score: entryScore(entry as MeasureEntry, def),
      scorePath: obj ? ['measures', key, 'score'] : ['measures', key],
    };
  });
}

/** SPEC 5.3: item answers usable as facts, or undefined when the count is not the instrument's. */
export function itemsOf(raw: unknown[] | undefined, def: InstrumentDef | undefined): number[] | undefined {
  if (!raw || !def?.items || raw.length !== def.items.count) return undefined;
  return raw.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0));
}

/** The total of a `measures` entry: the number, `score`, or the sum of a complete in-range item list. */
export function entryScore(entry: MeasureEntry | undefined, def: InstrumentDef | undefined): number | undefined {
  if (typeof entry === 'number') return Number.isFinite(entry) ? entry : undefined;
  if (!entry || typeof entry !== 'object') return undefined;
  if (typeof entry.score === 'number' && Number.isFinite(entry.score)) return entry.score;
  const items = Array.isArray(entry.items) ? itemsOf(entry.items as unknown[], def) : undefined;
  if (!items || !def?.items) return undefined;
  const { min, max } = def.items;
  return items.every((x) => Number.isInteger(x) && x >= min && x <= max) ? items.reduce((a, b) => a + b, 0) : undefined;
}

/** The first (winning) `measures` entry that names the instrument, if any. */
export function measuresEntryFor(s: SessionFrontMatter, def: InstrumentDef, config: ResolvedConfig): RecordedScore | undefined {
  return recordedScores(s, config).find((r) => r.def === def && !r.duplicate);
}

/** The session's `goals` entries as [id, entry] pairs; a null entry (`G1:` alone) is an empty entry. */
export function goalEntriesOf(s: SessionFrontMatter): ReadonlyArray<[string, GoalEntry]> {
  return perObject(s, 'goal-entries', () => {
    const g = s.goals;
    return !g || typeof g !== 'object' || Array.isArray(g)
      ? []
      : Object.entries(g).map(([id, e]): [string, GoalEntry] => [id, e && typeof e === 'object' && !Array.isArray(e) ? e : {}]);
  });
}

/** A score of an instrument in a session, and where it is written. */
export interface SessionScore {
  def: InstrumentDef;
  score: number;
  path: Array<string | number>;
  /** `measures` (the entry) or `goal-value` (the `value` of a goal measured by the instrument). */
  from: 'measures' | 'goal-value';
  /** The goal whose `value` gave the score (from `goal-value`). */
  goalId?: string;
  /** Item answers (from `measures`, complete lists only). */
  items?: number[];
  /** False when the score is outside the instrument's range (GP304): shown flagged, never charted or used. */
  inRange: boolean;
}

/**
 * SPEC 5.7: the score of instrument I in a session: its `measures` entry for I (the first key
 * naming I) or, when `measures` gives no score for I, the `value` of a goal of the session's plan
 * measured by I (the first such goal the session lists with a value). `planGoals` are the goals
 * of the plan the session belongs to (model/goals.ts planGoals).
 */
export function scoreOf(
  s: SessionFrontMatter, def: InstrumentDef, config: ResolvedConfig, planGoals?: ReadonlyMap<string, Goal>,
): SessionScore | undefined {
  const m = measuresEntryFor(s, def, config);
  if (m && m.score !== undefined) {
    const out: SessionScore = { def, score: m.score, path: m.scorePath, from: 'measures', inRange: inRange(def, m.score) };
    if (m.items) out.items = m.items;
    return out;
  }
  if (!planGoals) return undefined;
  for (const [id, entry] of goalEntriesOf(s)) {
    const goal = planGoals.get(id);
    const value = numberOrAbsent(entry.value);
    if (!goal || value === undefined || instrumentOf(goal, config) !== def) continue;
    return { def, score: value, path: ['goals', id, 'value'], from: 'goal-value', goalId: id, inRange: inRange(def, value) };
  }
  return undefined;
}

/**
 * The score a session records for one instrument goal (SPEC 1.2): the `measures` score for its
 * instrument wins over the goal's own `value` when both are given.
 */
export function scoreForGoal(s: SessionFrontMatter, goalId: string, def: InstrumentDef, config: ResolvedConfig): SessionScore | undefined {
  const m = measuresEntryFor(s, def, config);
  if (m && m.score !== undefined) {
    const out: SessionScore = { def, score: m.score, path: m.scorePath, from: 'measures', inRange: inRange(def, m.score) };
    if (m.items) out.items = m.items;
    return out;
  }
  for (const [id, entry] of goalEntriesOf(s)) {
    if (id !== goalId) continue;
    const value = numberOrAbsent(entry.value);
    return value === undefined ? undefined : { def, score: value, path: ['goals', id, 'value'], from: 'goal-value', goalId: id, inRange: inRange(def, value) };
  }
  return undefined;
}

/**
 * The score a session gives a goal as a data point (the progress model, GP310, GP314): the
 * session names the goal under `goals`, or scores the goal's instrument while the goal is active
 * on the session's date (a PHQ-9 taken before a goal began, or after it was met and closed, says
 * nothing about that goal). `measures` wins over the goal's `value` (SPEC 1.2).
 */
export function goalScoreOf(
  s: SessionFrontMatter, goal: Goal & { id: string }, plan: PlanFrontMatter | undefined, config: ResolvedConfig,
): SessionScore | undefined {
  const def = instrumentOf(goal, config);
  if (!def) return undefined;
  const named = goalEntriesOf(s).some(([id]) => id === goal.id);
  const date = sessionDate(s);
  if (!named && (date === undefined || !goalActiveOn(goal, plan, date))) return undefined;
  return scoreForGoal(s, goal.id, def, config);
}

/** The plan's goals by id (first block wins on a duplicate id, GP003), kept per parsed plan. */
export function goalsById(plan: ParsedDocument): ReadonlyMap<string, Goal & { id: string }> {
  return perObject(plan, 'goals-by-id', () => {
    const out = new Map<string, Goal & { id: string }>();
    for (const b of plan.goalBlocks) {
      const g = b.goal;
      if (g && typeof g.id === 'string' && !out.has(g.id)) out.set(g.id, g as Goal & { id: string });
    }
    return out;
  });
}

/** A held score of an instrument with its session's date (SPEC 5.6, 5.7; discharge summaries). */
export interface DatedScore extends SessionScore {
  date: string;
  uri: string;
}

/** A held, in-range score of an instrument in a session of a plan, with the session. */
export interface HeldScore {
  session: ParsedDocument;
  date: IsoDate;
  score: SessionScore;
}

/**
 * The in-range scores of an instrument in the held sessions of a plan, in session order (SPEC
 * 5.7 "sessions of the plan"; GP304 scores are never used). Computed once per state of the
 * client's files (a per-client memo: any change of a plan or note of the client drops it) for
 * this parse of the plan, instrument, today and configuration: GP215 asks for every goal of a
 * 200-goal plan, and the goals measured by one instrument share the list.
 */
export function heldPlanScores(view: WorkspaceView, plan: ParsedDocument, def: InstrumentDef, today: IsoDate, config: ResolvedConfig): readonly HeldScore[] {
  const client = plan.plan?.client;
  const compute = (): HeldScore[] => {
    const goals = goalsById(plan);
    const out: HeldScore[] = [];
    for (const session of sessionsOfPlan(view, plan)) {
      const s = session.session;
      if (!s || !isHeld(s, today)) continue;
      const score = scoreOf(s, def, config, goals);
      if (score && score.inRange) out.push({ session, date: sessionDate(s)!, score });
    }
    return out;
  };
  if (typeof client !== 'string') return compute();
  return view.clientMemo(client, `held-plan-scores:${plan.uri}:${def.name}:${today}`, compute, [plan, def, config]);
}

/**
 * The in-range scores of an instrument in the held sessions of a plan, in session order (SPEC
 * 5.7 "sessions of the plan"; GP304 scores are never used). The discharge draft's first/last
 * scores and GP502 read this one list.
 */
export function heldScoresOfPlan(view: WorkspaceView, plan: ParsedDocument, def: InstrumentDef, today: string, config: ResolvedConfig): DatedScore[] {
  return heldPlanScores(view, plan, def, today, config).map((h) => ({ ...h.score, date: h.date, uri: h.session.uri }));
}
