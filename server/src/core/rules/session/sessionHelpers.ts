// What the session rules share: which types are exempt from which rule (SPEC 1.2), where to
// report, and the core's facts (model/facts.ts: type, date, plan, goals, scores, formatting)
// re-exported under the names the rules use, so every rule answers them the same way.
//
// Reads are defensive: a value may be absent or of the wrong type (it then counts as absent).
import type { InstrumentDef } from '../../config/types';
import { inRange } from '../../model/instruments';
import { sessionType } from '../../model/sessions';
import type { PlanChoice } from '../../model/view';
import type { GoalBlock, ParsedDocument, SessionFrontMatter, SessionType, Span } from '../../types';
import type { RuleContext } from '../types';

export { sessionDate, sessionType } from '../../model/sessions';

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

export function isExempt(ruleId: string, s: SessionFrontMatter): boolean {
  return EXEMPT[ruleId]?.includes(sessionType(s)) ?? false;
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

/** Goal blocks of a plan with a valid goal and id, first block winning on a duplicate id (GP003). */
export { goalsById as planGoals } from '../../model/scores';

/** Ids of goal blocks whose YAML does not parse (their `id:` line read by pattern). */
export function brokenGoalIds(plan: ParsedDocument): Set<string> {
  return new Set(plan.goalBlocks.map((b: GoalBlock) => b.idHint).filter((id): id is string => typeof id === 'string'));
}

// Score facts live in model/scores.ts (SPEC 5.7: one reading of a score for every rule and view).
export { goalEntriesOf as goalEntries, recordedScores, scoreForGoal, type RecordedScore, type SessionScore as GoalScore } from '../../model/scores';

/** True when a recorded score sits inside its instrument's range (no GP304 on it). */
export function scoreInRange(def: InstrumentDef, score: number): boolean {
  return inRange(def, score);
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

// Numbers and ranges in messages: the core's one formatting (SPEC 5.8).
export { formatNumber as fmt, rangeText } from '../../model/instruments';
