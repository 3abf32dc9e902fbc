// Every cache of the core, in one place. Three lifetimes exist and all of them live here:
//
// - Per document (or per front matter / goal / config object): parsed documents are immutable
//   (an edit makes a new object), so a fact computed from one object alone is kept in a WeakMap
//   keyed by that object and goes away with it. `perObject(owner, key, compute)`, `perPair`.
// - Per client of a workspace: facts that read several files (which plan a note belongs to, the
//   sessions of a plan, open risk) are kept by the Workspace in a `ClientCache` and dropped
//   whenever any file of that client is set or removed (Workspace.clientMemo).
// - Per text: pure functions of a text (a YAML region's tree, a goal block's parse, the
//   identifiers in a free-text value) are kept in the bounded memos declared at the end of this
//   file, least recently used out first, so typing in one goal of a 200-goal plan re-reads that
//   goal only. Each says what it keeps and why its bound is what it is.
//
// A fact that also depends on today or on a configuration puts them in its key (today) or in
// `dep` (a config object, compared by identity; or an array of such objects, compared element by
// element), so a cached answer is never served for another day or another `.goalplan.yaml`.
// Cached values are shared: their readers never mutate them.
import type { Document } from 'yaml';
import type { GoalBlock } from './types';
import type { PlainNode } from './parse/plainYaml';
import type { PhiMatch } from './rules/common/phiPatterns';
import type { Finding as PhiFinding } from './rules/common/GP401-phi-identifier';

const store = new WeakMap<object, Map<string, { dep: unknown; value: unknown }>>();

/** The value of `compute()` for (owner, key, dep), computed once while owner lives. */
export function perObject<T>(owner: object, key: string, compute: () => T, dep?: unknown): T {
  let m = store.get(owner);
  if (!m) store.set(owner, (m = new Map()));
  const hit = m.get(key);
  if (hit && sameDep(hit.dep, dep)) return hit.value as T;
  const value = compute();
  m.set(key, { dep, value });
  return value;
}

/**
 * The value of `compute()` for a pair of objects (a goal and a session's front matter), key and
 * dep: kept while both live (a WeakMap of the second inside the first's entry), so a fact of one
 * goal in one note is computed again only when the goal or the note changes.
 */
export function perPair<T>(first: object, second: object, key: string, compute: () => T, dep?: unknown): T {
  const inner = perObject(first, key, () => new WeakMap<object, { dep: unknown; value: unknown }>());
  const hit = inner.get(second);
  if (hit && sameDep(hit.dep, dep)) return hit.value as T;
  const value = compute();
  inner.set(second, { dep, value });
  return value;
}

/** Identity, or for two arrays identity of each element (a fact read from a plan and a config). */
function sameDep(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a goal's reports of the goal-local rules were computed from (see goalRuleReports). */
interface GoalReportsEntry {
  plan: unknown;
  config: unknown;
  today: string;
  index: number;
  rules: unknown;
  value: unknown;
}

const goalReports = new WeakMap<object, GoalReportsEntry>();

/**
 * The reports of the goal-local rules (Rule.checkGoal) in one goal block, kept with the goal
 * object: an unchanged goal block keeps its goal object across edits of its plan (shifted copies
 * share it, and a block's text gives the same object again through `goalBlocks`), so typing in
 * one goal of a 200-goal plan re-runs these rules on that goal only. Valid while everything else
 * a goal-local rule may read is the same: the plan's front matter, the configuration and the rule
 * list asked for (objects, compared by identity), today, and the goal's position (a message names
 * a goal without id by it). One entry per goal for all of its rules: one lookup per goal and
 * keystroke, not one per goal and rule.
 */
export const goalRuleReports = {
  get<T>(goal: object, plan: unknown, config: unknown, today: string, index: number, rules: unknown): T | undefined {
    const hit = goalReports.get(goal);
    return hit && hit.plan === plan && hit.config === config && hit.today === today && hit.index === index && hit.rules === rules ? (hit.value as T) : undefined;
  },
  set(goal: object, plan: unknown, config: unknown, today: string, index: number, rules: unknown, value: unknown): void {
    goalReports.set(goal, { plan, config, today, index, rules, value });
  },
};

/**
 * A per-client store with a lifetime set by its owner (the Workspace): `get` computes once per
 * (client, key, dep) until `drop(client)`.
 */
export class ClientCache {
  private readonly byClient = new Map<string, Map<string, { dep: unknown; value: unknown }>>();

  get<T>(client: string, key: string, compute: () => T, dep?: unknown): T {
    let m = this.byClient.get(client);
    if (!m) this.byClient.set(client, (m = new Map()));
    const hit = m.get(key);
    if (hit && sameDep(hit.dep, dep)) return hit.value as T;
    const value = compute();
    m.set(key, { dep, value });
    return value;
  }

  drop(client: string): void {
    this.byClient.delete(client);
  }
}

/** A bounded memo of a pure function of a text: the least recently used entry leaves first. */
export class TextMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly limit: number, readonly keeps: string) {}

  get size(): number {
    return this.entries.size;
  }

  /** The kept value for `key` (now the most recently used), or undefined. */
  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  /** The kept value for `key`, else `compute()` kept. */
  of(key: string, compute: () => V): V {
    let v = this.get(key);
    if (v === undefined) this.set(key, (v = compute()));
    return v;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Every text memo below, for tests and for a reader who wants them all. */
export const TEXT_MEMOS: Record<string, TextMemo<unknown>> = {};

function textMemo<V>(name: string, limit: number, keeps: string): TextMemo<V> {
  const m = new TextMemo<V>(limit, keeps);
  TEXT_MEMOS[name] = m as TextMemo<unknown>;
  return m;
}

// The yaml package's Document (node tree with ranges) is about two thirds of a parsed file's
// memory, and a workspace of 12,000 notes needs it only for the few regions being edited or
// reported on: a region keeps its text and plain value, and its Document lives here; an evicted
// one is parsed again from the same text (same options, same tree). 1,024 covers what is edited
// and reported on at once (a 200-goal plan and its client's notes, a history read's plan versions
// in one pass); 4,096 held about 35 MB of the index of 12,300 files, 1,024 about 9 MB.
export const yamlDocuments = textMemo<Document.Parsed>('yamlDocuments', 1024,
  "a YAML region's text -> its yaml Document, for the rules and features that need nodes");

// Positions of plain regions are read again when asked (about 20 us a region) rather than kept
// with every region of the index (a node per key and value of 12,000 notes).
export const plainTrees = textMemo<PlainNode | null>('plainTrees', 4096,
  "a plain YAML region's text -> its position tree (null: not plain)");

// A history read (every version of a plan) and every full re-parse while typing in a 200-goal
// plan share most blocks unchanged; those become shifted copies of the earlier parse.
export const goalBlocks = textMemo<GoalBlock>('goalBlocks', 2048,
  "a goal block's text -> its parse (shifted to where the block now starts)");

// GP401 scans every free-text value of a plan on each keystroke; all but one are unchanged.
export const phiMatches = textMemo<PhiMatch[]>('phiMatches', 4096,
  'a free-text value -> the identifiers found in it (copied out to each caller)');

// A goal block's GP401 findings depend on its YAML text alone (values, paths and ranges).
export const phiGoalFindings = textMemo<PhiFinding[]>('phiGoalFindings', 4096,
  "a goal block's text -> GP401's findings in it");

// GP102 counts the words of every statement on each keystroke of a 200-goal plan.
export const statementWords = textMemo<number>('statementWords', 4096,
  "a statement -> its word count (GP102)");

// Rename and the new-note writer ask, per id, whether it can be written plain in its context.
export const plainScalars = textMemo<boolean>('plainScalars', 1000,
  'context + value -> whether the value written plain reads back as the same string');
