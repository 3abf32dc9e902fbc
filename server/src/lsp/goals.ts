// Goal-id facts the editor features share: which plan a document's goal ids refer to, where each
// id is written (plan `id`, `parent`, session `goals` keys), and the latest recorded values.
import { isMap, isPair, isScalar } from 'yaml';
import { sessionsOfPlan as coreSessionsOfPlan } from '../core/model/plans';
import { goalEntriesOf, goalScoreOf } from '../core/model/scores';
import { isHeld } from '../core/model/sessions';
import type { Workspace } from '../core/model/workspace';
import type { ResolvedConfig } from '../core/config/types';
import type { Goal, GoalBlock, ParsedDocument, Span } from '../core/types';
import { unquoted } from './cursor';

/** The plan whose goals a document's ids name: the plan itself, or the session's plan (SPEC "Which plan"). */
export function planOfDoc(ws: Workspace, doc: ParsedDocument): ParsedDocument | undefined {
  if (doc.kind === 'goal-plan') return doc;
  if (doc.kind === 'session-log' && doc.session) return ws.planFor(doc)?.plan;
  if (doc.kind === 'discharge-summary' && doc.discharge) return ws.planFor(doc)?.plan;
  return undefined;
}

/** The first goal block with this id (GP003 reports duplicates), including blocks that do not parse. */
export function goalBlockById(plan: ParsedDocument, id: string): GoalBlock | undefined {
  return plan.goalBlocks.find((b) => b.goal?.id === id) ?? plan.goalBlocks.find((b) => b.idHint === id);
}

export function goalIds(plan: ParsedDocument): string[] {
  const out: string[] = [];
  for (const b of plan.goalBlocks) {
    const id = b.goal?.id ?? b.idHint;
    if (typeof id === 'string' && !out.includes(id)) out.push(id);
  }
  return out;
}

export interface IdOccurrence {
  uri: string;
  span: Span;
  role: 'definition' | 'parent' | 'session';
}

/** Every place in the plan where the id is written: its `id:` value and `parent:` values. */
export function planOccurrences(plan: ParsedDocument, id: string): IdOccurrence[] {
  const out: IdOccurrence[] = [];
  for (const b of plan.goalBlocks) {
    if (!b.goal) continue;
    if (b.goal.id === id) out.push({ uri: plan.uri, span: unquoted(plan.text, b.region.rangeOf(['id'])), role: 'definition' });
    if (b.goal.parent === id) out.push({ uri: plan.uri, span: unquoted(plan.text, b.region.rangeOf(['parent'])), role: 'parent' });
  }
  return out;
}

/** The `goals` keys of a session, with their spans. */
export function sessionGoalKeys(doc: ParsedDocument): Array<{ id: string; span: Span }> {
  const region = doc.frontMatter;
  const contents = region?.doc?.contents;
  if (!region || !isMap(contents)) return [];
  const goals = contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'goals');
  const map = goals && isPair(goals) ? goals.value : undefined;
  if (!isMap(map)) return [];
  const out: Array<{ id: string; span: Span }> = [];
  for (const p of map.items) {
    if (!isPair(p) || !isScalar(p.key) || !p.key.range) continue;
    const base = region.contentSpan.start;
    const span = { start: base + p.key.range[0], end: base + p.key.range[1] };
    out.push({ id: String(p.key.value), span: unquoted(doc.text, span) });
  }
  return out;
}

/** Sessions that belong to this plan (SPEC "Which plan"): the core's reading (model/plans.ts). */
export function sessionsOfPlan(ws: Workspace, plan: ParsedDocument): readonly ParsedDocument[] {
  return coreSessionsOfPlan(ws, plan);
}

/**
 * The documents whose `goals` keys name the plan's goals: its sessions and the discharge
 * summaries that belong to it (SPEC 5.2: chosen as for a session).
 */
export function goalKeyDocsOfPlan(ws: Workspace, plan: ParsedDocument): ParsedDocument[] {
  const client = plan.plan?.client;
  if (typeof client !== 'string') return [];
  return [...sessionsOfPlan(ws, plan), ...ws.dischargesOf(client).filter((d) => ws.planFor(d)?.plan === plan)];
}

/** Plan occurrences plus every session and discharge summary `goals` key naming the id. */
export function allOccurrences(ws: Workspace, plan: ParsedDocument, id: string): IdOccurrence[] {
  const out = planOccurrences(plan, id);
  for (const s of goalKeyDocsOfPlan(ws, plan)) {
    for (const k of sessionGoalKeys(s)) if (k.id === id) out.push({ uri: s.uri, span: k.span, role: 'session' });
  }
  return out;
}

export interface LatestValue {
  date: string;
  uri: string;
  value?: number;
  progress?: number;
  decision?: string;
}

/**
 * The most recent recorded values for a goal (newest first, at most `limit`), from held sessions
 * only (SPEC 5.1: a note dated after today or a no-show is no data), with the core's reading of
 * the goal's score (model/scores.ts: `measures` wins over the goal's `value`).
 */
export function latestValues(ws: Workspace, plan: ParsedDocument, goal: Goal, config: ResolvedConfig, today: string, limit = 3): LatestValue[] {
  const out: LatestValue[] = [];
  const sessions = sessionsOfPlan(ws, plan);
  for (let i = sessions.length - 1; i >= 0 && out.length < limit; i--) {
    const s = sessions[i].session!;
    if (!isHeld(s, today) || !goal.id) continue;
    const entry = goalEntriesOf(s).find(([id]) => id === goal.id)?.[1];
    const score = goalScoreOf(s, goal as Goal & { id: string }, plan.plan, config);
    const value = score ? score.score : typeof entry?.value === 'number' ? entry.value : undefined;
    const progress = typeof entry?.progress === 'number' ? entry.progress : undefined;
    if (value === undefined && progress === undefined && !entry?.decision) continue;
    out.push({ date: s.date!, uri: sessions[i].uri, value, progress, decision: entry?.decision });
  }
  return out;
}
