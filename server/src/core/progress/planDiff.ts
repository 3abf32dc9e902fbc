// What changed between two versions of a goal plan (for the revision history, SPEC 4): per goal
// the fields that changed old -> new, goals added and removed, re-targeted goals, and front
// matter changes. Values come from the raw YAML (what the clinician wrote), not the schema-
// cleaned model, so an audit trail shows an invalid date change too rather than hiding it.
import { perObject } from '../cache';
import type { ParsedDocument } from '../types';
import type { FieldChange, GoalDiff, JsonValue } from './types';

/** Fields whose change means the goal was re-targeted. */
const RETARGET_FIELDS = ['measure', 'measure.instrument', 'measure.baseline', 'measure.target', 'due'];

export interface PlanDiff {
  goals: GoalDiff[];
  planChanges: FieldChange[];
}

/** A plan version usable for diffing: parsed, a goal plan, not broken. */
export function isDiffable(doc: ParsedDocument | undefined): doc is ParsedDocument {
  return !!doc && doc.kind === 'goal-plan' && !doc.broken && !doc.tooLarge;
}

/**
 * What a diff needs of one plan version: its goals' raw values by id, the ids of goal blocks
 * that did not parse, and the raw front matter. Small and JSON-like, so the history reader can
 * cache it per blob instead of keeping whole parsed documents.
 */
export interface PlanSnapshot {
  goals: Map<string, Record<string, JsonValue>>;
  unreadable: Set<string>;
  frontMatter: Record<string, JsonValue>;
}

export function snapshotOf(doc: ParsedDocument): PlanSnapshot {
  return { ...goalMap(doc), frontMatter: frontMatterOf(doc) };
}

/**
 * Diff of `before` -> `after`. `before` undefined = the file is new (every goal added). Goal
 * blocks that do not parse in either version are left out on both sides, so a YAML typo never
 * reads as "goal removed".
 */
export function diffPlans(before: ParsedDocument | undefined, after: ParsedDocument): PlanDiff {
  return diffSnapshots(before ? snapshotOf(before) : undefined, snapshotOf(after));
}

/** diffPlans over snapshots; `after` undefined = the file was deleted (every goal removed). */
export function diffSnapshots(before: PlanSnapshot | undefined, after: PlanSnapshot | undefined): PlanDiff {
  const empty: PlanSnapshot = { goals: new Map(), unreadable: new Set(), frontMatter: {} };
  const oldGoals = before ?? empty;
  const newGoals = after ?? empty;
  const skip = new Set([...oldGoals.unreadable, ...newGoals.unreadable]);
  const goals: GoalDiff[] = [];
  const ids = [...newGoals.goals.keys(), ...[...oldGoals.goals.keys()].filter((k) => !newGoals.goals.has(k))];
  for (const id of ids) {
    if (skip.has(id)) continue;
    const o = oldGoals.goals.get(id);
    const n = newGoals.goals.get(id);
    if (o && n) {
      const fo = flatOf(o);
      const fn = flatOf(n);
      if (fo.json === fn.json) continue; // most goals are untouched by a revision
      const changes = diffFlat(fo.flat, fn.flat);
      if (changes.length > 0) goals.push({ goalId: id, kind: 'changed', retargeted: changes.some((c) => RETARGET_FIELDS.includes(c.field)), changes });
    } else if (n) {
      goals.push({ goalId: id, kind: 'added', retargeted: false, changes: diffFlat({}, flatOf(n).flat) });
    } else if (o) {
      goals.push({ goalId: id, kind: 'removed', retargeted: false, changes: diffFlat(flatOf(o).flat, {}) });
    }
  }
  const fmOld = flatOf(oldGoals.frontMatter);
  const fmNew = flatOf(newGoals.frontMatter);
  const planChanges = fmOld.json === fmNew.json ? [] : diffFlat(fmOld.flat, fmNew.flat).filter((c) => c.field !== 'kind');
  return { goals, planChanges };
}

function frontMatterOf(doc: ParsedDocument): Record<string, JsonValue> {
  const raw = doc.frontMatter?.raw;
  return isPlainObject(raw) ? (toJson(raw) as Record<string, JsonValue>) : {};
}

function goalMap(doc: ParsedDocument): { goals: Map<string, Record<string, JsonValue>>; unreadable: Set<string> } {
  const goals = new Map<string, Record<string, JsonValue>>();
  const unreadable = new Set<string>();
  for (const block of doc.goalBlocks) {
    const raw = block.region.raw;
    const readable = block.region.syntaxErrors.length === 0 && isPlainObject(raw);
    const id = readable ? idOf((raw as Record<string, unknown>).id) : idHintOf(block);
    if (id === undefined) continue;
    if (!readable) {
      unreadable.add(id);
      continue;
    }
    if (!goals.has(id)) goals.set(id, toJson(raw) as Record<string, JsonValue>); // first wins on duplicates (GP003)
  }
  return { goals, unreadable };
}

function idOf(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** The parser records the id of a goal block it could not read, when it can see one. */
function idHintOf(block: unknown): string | undefined {
  const hint = (block as { idHint?: unknown }).idHint;
  if (typeof hint === 'string' && hint !== '') return hint;
  const m = /^[ \t]*id:[ \t]*["']?([^\s"'#]+)/m.exec((block as { region: { text: string } }).region.text);
  return m?.[1];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Raw YAML value -> JSON-safe value (non-finite numbers and other oddities become strings). */
export function toJson(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof Map) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), toJson(x)]));
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, toJson(x)]));
  return String(v);
}

/**
 * A snapshot's records are kept with their blob by the history reader and diffed twice (as the
 * new side of one revision and the old side of the next), on every history read: their flat
 * form and its JSON are computed once per record. Equal JSON means no field changed; unequal
 * JSON (which may be only a different key order) goes to the field-by-field comparison.
 */
function flatOf(rec: Record<string, JsonValue>): { flat: Record<string, JsonValue>; json: string } {
  return perObject(rec, 'plan-diff:flat', () => {
    const flat = flatten(rec);
    return { flat, json: JSON.stringify(flat) };
  });
}

/** Nested mappings become dotted keys; arrays and scalars are leaves compared as a whole. */
function flatten(obj: Record<string, JsonValue>, prefix = '', out: Record<string, JsonValue> = {}): Record<string, JsonValue> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v) && Object.keys(v).length > 0) flatten(v as Record<string, JsonValue>, key, out);
    else out[key] = v;
  }
  return out;
}

function diffFlat(a: Record<string, JsonValue>, b: Record<string, JsonValue>): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
  for (const field of keys) {
    const inA = Object.prototype.hasOwnProperty.call(a, field);
    const inB = Object.prototype.hasOwnProperty.call(b, field);
    if (inA && inB && (a[field] === b[field] || JSON.stringify(a[field]) === JSON.stringify(b[field]))) continue;
    const change: FieldChange = { field };
    if (inA) change.old = a[field];
    if (inB) change.new = b[field];
    out.push(change);
  }
  return out;
}
