// Shared reading of a plan's goal blocks for the GP1xx/GP2xx rules: which blocks hold a usable
// goal, what to call a goal in a message, where to point when a key is missing, and the
// "measurable criterion" test GP101 and GP103 share.
import type { RuleContext } from '../types';
import type { Goal, GoalBlock, ParsedDocument, Span, YamlRegion } from '../../types';
import { numberOrAbsent } from '../../model/goals';

export interface GoalEntry {
  block: GoalBlock;
  goal: Goal;
  /** 0-based position among all goal blocks of the plan. */
  index: number;
}

/** Goal blocks whose YAML parsed to a mapping, in document order. */
export function goalEntries(doc: ParsedDocument): GoalEntry[] {
  const out: GoalEntry[] = [];
  doc.goalBlocks.forEach((block, index) => {
    if (block.goal && typeof block.goal === 'object') out.push({ block, goal: block.goal, index });
  });
  return out;
}

/** How a message names a goal: its id, or its position when the id is missing. */
export function goalName(e: GoalEntry): string {
  return typeof e.goal.id === 'string' && e.goal.id !== '' ? e.goal.id : `Goal ${e.index + 1}`;
}

/** The first non-blank line of a region (the spot for "this whole block" findings). */
export function firstLineOf(doc: ParsedDocument, region: YamlRegion): Span {
  const m = /\S[^\r\n]*/.exec(region.text);
  if (m) return { start: region.contentSpan.start + m.index, end: region.contentSpan.start + m.index + m[0].length };
  const s = region.outerSpan.start;
  const nl = doc.text.indexOf('\n', s);
  return { start: s, end: nl === -1 || nl > region.outerSpan.end ? region.outerSpan.end : nl };
}

/**
 * Where to report a goal-level finding about `key`: the key's value when it is written (but
 * unusable), else the goal's `id: ...` pair, else the block's first line.
 */
export function goalKeySpan(doc: ParsedDocument, e: GoalEntry, key: string): Span {
  const r = e.block.region;
  if (r.has([key])) return trimmed(doc, r.rangeOf([key], 'value'));
  if (r.has(['id'])) return trimmed(doc, r.rangeOf(['id'], 'pair'));
  return firstLineOf(doc, r);
}

/**
 * A span without trailing whitespace: the YAML ranges of block collections end after their
 * last line break, and a diagnostic should end on the last character of the value.
 */
export function trimmed(doc: ParsedDocument, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(doc.text[end - 1])) end--;
  return end > span.start ? { start: span.start, end } : span;
}

/** The goal's id value, or the block's first line when it has none. */
export function goalIdSpan(doc: ParsedDocument, e: GoalEntry): Span {
  const r = e.block.region;
  return r.has(['id']) ? r.rangeOf(['id'], 'value') : firstLineOf(doc, r);
}

/**
 * SPEC GP101/GP103 (v2): a goal is measurable when it has a measure with both baseline and
 * target. A digit in the statement no longer counts ("reported at 1 session" is not a criterion):
 * progress needs a baseline and a target to be charted.
 */
export function hasMeasurableCriterion(goal: Goal): boolean {
  const m = goal.measure;
  return !!m && typeof m === 'object' && numberOrAbsent(m.baseline) !== undefined && numberOrAbsent(m.target) !== undefined;
}

/** A numeric rule option, falling back to the default when the configured value is not a number. */
export function numberOption(ctx: RuleContext, key: string, fallback: number): number {
  const v = ctx.options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** "1 day" / "3 days". */
export function days(n: number): string {
  return `${n} day${Math.abs(n) === 1 ? '' : 's'}`;
}

/** A number in a message: one decimal (SPEC 5.8), the core's one formatting. */
export { formatNumber as fmt } from '../../model/instruments';
