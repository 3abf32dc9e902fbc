// Session facts several GP2xx/GP3xx rules need: which plan a session belongs to, the goals of that
// plan by id, which types are exempt from which rule (SPEC 1.2), and the score a session records
// for an instrument or a goal. Kept here so every rule answers these questions the same way.
//
// Reads are defensive: a value may be absent or of the wrong type (it then counts as absent).
import type { InstrumentDef, ResolvedConfig } from '../../config/types';
import { isIsoDate } from '../../dates';
import { findInstrument, inRange, numberOrAbsent } from '../../model/goals';
import type { PlanChoice } from '../../model/view';
import type { Goal, GoalBlock, GoalEntry, IsoDate, ParsedDocument, SessionFrontMatter, SessionType, Span } from '../../types';
import type { RuleContext } from '../types';

/** SPEC 1.2: `intake` is exempt from GP303/GP307/GP311; `no-show`/`cancelled` from GP303/GP305/GP308. */
const EXEMPT: Record<string, readonly SessionType[]> = {
  GP303: ['intake', 'no-show', 'cancelled'],
  GP305: ['no-show', 'cancelled'],
  GP307: ['intake'],
  GP308: ['no-show', 'cancelled'],
  GP311: ['intake'],
};

/**
 * The front matter of a dated client document: a session note's, or a discharge summary's (SPEC
 * 5.4: GP306, GP307, GP311, GP312 and GP313 run on discharge summaries as on sessions). A
 * discharge summary has no `type`, so no session-type exemption applies to it.
 */
export function datedFrontMatter(doc: ParsedDocument): SessionFrontMatter | undefined {
  if (doc.session) return doc.session;
  const d = doc.discharge;
  return d ? ({ kind: 'session-log', client: d.client, date: d.date, signed: d.signed } as SessionFrontMatter) : undefined;
}

/** What a message calls the document's date: "Session date" or "Discharge date". */
export function dateLabel(doc: ParsedDocument): string {
  return doc.kind === 'discharge-summary' ? 'Discharge date' : 'Session date';
}

/** The session's type, `therapy` when absent (SPEC 1.2). */
export function sessionType(s: SessionFrontMatter): SessionType {
  return typeof s.type === 'string' ? s.type : 'therapy';
}

export function isExempt(ruleId: string, s: SessionFrontMatter): boolean {
  return EXEMPT[ruleId]?.includes(sessionType(s)) ?? false;
}

/** The session's valid date, or undefined. */
export function sessionDate(s: SessionFrontMatter): IsoDate | undefined {
  return isIsoDate(s.date) ? s.date : undefined;
}

/**
 * The plan a session belongs to (SPEC "Which plan"), or undefined when the client has no plan:
 * then GP307 fires and the rules that need a plan (GP206, GP301, GP302, GP310, GP311, GP314)
 * do not run.
 */
export function planOf(ctx: RuleContext): PlanChoice | undefined {
  const s = datedFrontMatter(ctx.doc);
  if (!s || typeof s.client !== 'string') return undefined;
  return ctx.workspace.planFor(ctx.doc);
}

/**
 * Goal blocks of a plan with a valid goal and id, first block winning on a duplicate id (GP003).
 * Kept per parsed plan (documents are immutable; an edit makes a new one): five session rules ask
 * for it on each of a client's notes, and a 200-goal plan's map costs more than the rules.
 * Callers must not change the returned map.
 */
export function planGoals(plan: ParsedDocument): ReadonlyMap<string, Goal & { id: string }> {
  let out = planGoalsMemo.get(plan);
  if (out) return out;
  out = new Map<string, Goal & { id: string }>();
  for (const b of plan.goalBlocks) {
    const g = b.goal;
    if (g && typeof g.id === 'string' && !out.has(g.id)) out.set(g.id, g as Goal & { id: string });
  }
  planGoalsMemo.set(plan, out);
  return out;
}
const planGoalsMemo = new WeakMap<ParsedDocument, Map<string, Goal & { id: string }>>();

/** Ids of goal blocks whose YAML does not parse (their `id:` line read by pattern). */
export function brokenGoalIds(plan: ParsedDocument): Set<string> {
  return new Set(plan.goalBlocks.map((b: GoalBlock) => b.idHint).filter((id): id is string => typeof id === 'string'));
}

/** The `goals` entries of a session as [id, entry] pairs; a null entry (`G1:` alone) counts as an empty entry. */
export function goalEntries(s: SessionFrontMatter): ReadonlyArray<[string, GoalEntry]> {
  let out = goalEntriesMemo.get(s);
  if (out) return out;
  const g = s.goals;
  out = !g || typeof g !== 'object' || Array.isArray(g)
    ? []
    : Object.entries(g).map(([id, e]): [string, GoalEntry] => [id, e && typeof e === 'object' && !Array.isArray(e) ? e : {}]);
  goalEntriesMemo.set(s, out);
  return out;
}
// Kept per front matter object (a parsed document's, never changed): GP314 and GP310 ask for a
// note's scores once per goal of its plan, 200 times per note for a 200-goal plan.
const goalEntriesMemo = new WeakMap<SessionFrontMatter, Array<[string, GoalEntry]>>();
const scoresMemo = new WeakMap<SessionFrontMatter, { config: ResolvedConfig; scores: RecordedScore[] }>();

/** One score recorded in `measures`, with the YAML path of the score value. */
export interface RecordedScore {
  /** The key as the user wrote it. */
  key: string;
  def: InstrumentDef | undefined;
  score: number | undefined;
  scorePath: Array<string | number>;
  items: unknown[] | undefined;
}

/** Every `measures` entry: `name: 12` or `name: {score: 12, items: [..]}`. */
export function recordedScores(s: SessionFrontMatter, config: ResolvedConfig): readonly RecordedScore[] {
  const hit = scoresMemo.get(s);
  if (hit && hit.config === config) return hit.scores;
  const scores = readScores(s, config);
  scoresMemo.set(s, { config, scores });
  return scores;
}

function readScores(s: SessionFrontMatter, config: ResolvedConfig): RecordedScore[] {
  const m = s.measures;
  if (!m || typeof m !== 'object' || Array.isArray(m)) return [];
  return Object.entries(m).map(([key, entry]) => {
    const def = findInstrument(key, config);
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      const items = Array.isArray(entry.items) ? (entry.items as unknown[]) : undefined;
      return { key, def, score: numberOrAbsent(entry.score), scorePath: ['measures', key, 'score'], items };
    }
    return { key, def, score: numberOrAbsent(entry), scorePath: ['measures', key], items: undefined };
  });
}

/** True when a recorded score sits inside its instrument's range (no GP304 on it). */
export function scoreInRange(def: InstrumentDef, score: number): boolean {
  return inRange(def, score);
}

/** The score this session records for an instrument goal, and where: `measures` wins over the goal's `value` (SPEC 1.2). */
export interface GoalScore {
  score: number;
  path: Array<string | number>;
  fromMeasures: boolean;
}

export function scoreForGoal(s: SessionFrontMatter, goalId: string, def: InstrumentDef, config: ResolvedConfig): GoalScore | undefined {
  for (const r of recordedScores(s, config)) {
    if (r.def?.name === def.name && r.score !== undefined) return { score: r.score, path: r.scorePath, fromMeasures: true };
  }
  let entry: GoalEntry | undefined;
  for (const [id, e] of goalEntries(s)) if (id === goalId) { entry = e; break; }
  const value = numberOrAbsent(entry?.value);
  return value === undefined ? undefined : { score: value, path: ['goals', goalId, 'value'], fromMeasures: false };
}

/** Span of a front matter key or value of the session (never throws; falls back as rangeOf does). */
export function fmSpan(ctx: RuleContext, path: ReadonlyArray<string | number>, part: 'key' | 'value' | 'pair' = 'value'): Span {
  const fm = ctx.doc.frontMatter;
  return fm ? fm.rangeOf(path, part) : { start: 0, end: Math.min(3, ctx.doc.text.length) };
}

/**
 * Where to report that a key is missing from the front matter: the key itself when it is
 * written but its value failed the schema (so counts as absent), else the `kind` key that makes
 * the file a session note.
 */
export function missingKeySpan(ctx: RuleContext, key: string): Span {
  const fm = ctx.doc.frontMatter;
  if (fm?.has([key])) return fm.rangeOf([key], 'key');
  return fmSpan(ctx, ['kind'], 'key');
}

/** Formats a number for a message (no long binary fractions). */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** "0-27", "-2 to 2", "0 or more". */
export function rangeText(def: InstrumentDef): string {
  const [lo, hi] = def.range;
  if (hi === Number.POSITIVE_INFINITY) return `${fmt(lo)} or more`;
  return lo < 0 ? `${fmt(lo)} to ${fmt(hi)}` : `${fmt(lo)}-${fmt(hi)}`;
}
