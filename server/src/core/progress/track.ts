// The expected-change line and off-track marks of a goal's chart (SPEC 5.5, 5.6, 5.7), from the
// model's one home (model/track.ts): the panel and the report draw what GP215 judges.
import { addDays, daysBetween } from '../dates';
import { expectedValue, type Curve, type Expectation } from '../model/expected';
import { goalTrack, trackInputOf, trackedScores } from '../model/track';
import type { WorkspaceView } from '../model/view';
import type { Goal, IsoDate, ParsedDocument } from '../types';
import type { GoalProgress, ProgressOptions } from './types';

/**
 * Adds `expected` (the dashed line), `notOnTrack` (GP215's judgement today) and each point's
 * `offTrack` (worse than e(its date) by at least the RC: the curve clause only, 5.7) to a goal.
 * No line for goals with GP104/GP105 or without an RC (5.8).
 */
export function addTrack(out: GoalProgress, view: WorkspaceView, plan: ParsedDocument, goal: Goal, opts: ProgressOptions): void {
  const input = trackInputOf(plan, goal, opts.config);
  if (!input) return;
  const scores = trackedScores(view, plan, goal, opts.config, opts.today);
  const off = new Set(scores.filter((s) => s.result.offCurve).map((s) => `${s.session.uri}\u0000${s.date}`));
  for (const p of out.points) {
    if (off.has(`${p.source.uri}\u0000${p.date}`)) p.offTrack = true;
  }
  const last = out.points[out.points.length - 1]?.date;
  const end = [input.due, last, opts.today].filter((d): d is IsoDate => d !== undefined).sort().pop()!;
  out.expected = { curve: input.curve !== undefined, line: lineOf(input, end) };
  const track = goalTrack(view, plan, goal, opts.config, opts.today);
  if (track?.result.notOnTrack) {
    out.notOnTrack = { date: track.date, score: track.score.score, expected: track.result.expected, offCurve: track.result.offCurve };
  }
}

/** The corners of e(d) from start to `end`: every curve pair (or due) and the end. */
function lineOf(x: Expectation, end: IsoDate): Array<{ date: IsoDate; value: number }> {
  const dates = new Set<IsoDate>([x.start]);
  const corners = x.curve ? (x.curve as Curve).map(([w]) => addDays(x.start, Math.round(w * 7))) : [x.due];
  for (const d of corners) if (d !== undefined && d <= end) dates.add(d);
  if (end > x.start) dates.add(end);
  const out: Array<{ date: IsoDate; value: number }> = [];
  for (const d of [...dates].sort()) {
    const v = expectedValue(x, d);
    if (v !== undefined && daysBetween(x.start, d) >= 0) out.push({ date: d, value: Math.round(v * 1000) / 1000 });
  }
  return out;
}
