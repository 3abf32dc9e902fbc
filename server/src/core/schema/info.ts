// Reads the schemas as documentation: what a key means, which values it takes, what it
// defaults to. The language server uses this for hovers and completions; validate.ts uses it to
// find schema annotations (x-positional) at a data path. Pure lookups over the JSON, no ajv.
import { SCHEMAS_BY_ID, schemaFor, type JsonSchema, type SchemaKind } from './registry';

export type { SchemaKind } from './registry';

export interface SchemaInfo {
  title?: string;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  /** One description per `enum` value, same order. */
  enumDescriptions?: string[];
  /** JSON types accepted (a union for values that take several forms). */
  type?: string[];
  examples?: unknown[];
  default?: unknown;
  /** What a valid value looks like, in words ("a date like 2026-12-01"). */
  expected?: string;
}

type Path = ReadonlyArray<string | number>;

/** A schema node together with the root it came from, for resolving its relative $refs. */
interface Located {
  node: JsonSchema;
  root: JsonSchema;
}

const isObj = (v: unknown): v is JsonSchema => !!v && typeof v === 'object' && !Array.isArray(v);

function resolveRef(ref: string, root: JsonSchema): Located | undefined {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : ref.slice(hash + 1);
  let target = root;
  if (file) {
    const base = String(root.$id ?? '');
    const id = new URL(file, base || 'https://goalplan.invalid/schemas/').href;
    const found = SCHEMAS_BY_ID.get(id);
    if (!found) return undefined;
    target = found;
  }
  let node: unknown = target;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObj(node) ? node[seg] : undefined;
  }
  return isObj(node) ? { node, root: target } : undefined;
}

/**
 * The chain of schema nodes that apply at one level: the node itself followed by what its $ref
 * points at. Annotations next to a $ref win over the referenced ones (2020-12 allows siblings).
 */
function chain(at: Located, depth = 0): Located[] {
  const out = [at];
  const ref = at.node.$ref;
  if (typeof ref === 'string' && depth < 16) {
    const target = resolveRef(ref, at.root);
    if (target) out.push(...chain(target, depth + 1));
  }
  return out;
}

/** The alternatives of a node (anyOf/oneOf branches), or the node alone. */
function alternatives(at: Located): Located[] {
  const out: Located[] = [];
  for (const c of chain(at)) {
    const alts = (c.node.anyOf ?? c.node.oneOf) as unknown;
    if (Array.isArray(alts)) out.push(...alts.filter(isObj).map((n) => ({ node: n, root: c.root })));
  }
  return out;
}

/** The schema that applies to child `seg` of a node, if the schema says anything about it. */
function child(at: Located, seg: string | number): Located | undefined {
  for (const c of chain(at)) {
    const n = c.node;
    const props = n.properties;
    if (isObj(props) && isObj(props[String(seg)])) return { node: props[String(seg)] as JsonSchema, root: c.root };
    const pattern = n.patternProperties;
    if (isObj(pattern)) {
      for (const [re, s] of Object.entries(pattern)) {
        if (isObj(s) && new RegExp(re, 'u').test(String(seg))) return { node: s, root: c.root };
      }
    }
    if (typeof seg === 'number' || /^\d+$/.test(String(seg))) {
      const i = Number(seg);
      if (Array.isArray(n.prefixItems) && isObj(n.prefixItems[i])) return { node: n.prefixItems[i] as JsonSchema, root: c.root };
      if (isObj(n.items)) return { node: n.items, root: c.root };
    }
    if (isObj(n.additionalProperties) && typeof seg === 'string') return { node: n.additionalProperties, root: c.root };
  }
  for (const alt of alternatives(at)) {
    const found = child(alt, seg);
    if (found) return found;
  }
  return undefined;
}

/** The schema node at a data path, or undefined when the schema does not describe it. */
export function schemaNodeAt(kind: SchemaKind, path: Path): JsonSchema[] | undefined {
  let at: Located | undefined = { node: schemaFor(kind), root: schemaFor(kind) };
  for (const seg of path) {
    at = child(at, seg);
    if (!at) return undefined;
  }
  return chain(at).map((c) => c.node);
}

function first<T>(nodes: JsonSchema[], key: string, ok: (v: unknown) => v is T): T | undefined {
  for (const n of nodes) if (ok(n[key])) return n[key] as T;
  return undefined;
}
const isStr = (v: unknown): v is string => typeof v === 'string';
const isArr = (v: unknown): v is unknown[] => Array.isArray(v);
const isDefined = (v: unknown): v is unknown => v !== undefined;

function typesOf(nodes: JsonSchema[], alts: JsonSchema[]): string[] | undefined {
  const out = new Set<string>();
  const add = (t: unknown) => {
    if (typeof t === 'string') out.add(t);
    else if (Array.isArray(t)) t.forEach((x) => typeof x === 'string' && out.add(x));
  };
  const own = first(nodes, 'type', isDefined);
  if (own !== undefined) add(own);
  else for (const a of alts) add(a.type);
  const en = first(nodes, 'enum', isArr) ?? (first(nodes, 'const', isDefined) !== undefined ? [first(nodes, 'const', isDefined)] : undefined);
  if (out.size === 0 && en) en.forEach((v) => out.add(v === null ? 'null' : typeof v));
  return out.size ? [...out] : undefined;
}

/**
 * Documentation of the key at `path` (e.g. ['review', 'next'], ['goals', 'G1', 'progress'],
 * ['rules', 'GP101']) for hovers and completions; undefined when the schema does not know it.
 */
export function schemaInfoAt(kind: SchemaKind, path: Path): SchemaInfo | undefined {
  const nodes = schemaNodeAt(kind, path);
  if (!nodes) return undefined;
  const alts = nodes.flatMap((n) => ((n.anyOf ?? n.oneOf) as unknown[] | undefined)?.filter(isObj) ?? []);
  const constValue = first(nodes, 'const', isDefined);
  const info: SchemaInfo = {
    title: first(nodes, 'title', isStr),
    description: first(nodes, 'description', isStr),
    markdownDescription: first(nodes, 'markdownDescription', isStr),
    enum: first(nodes, 'enum', isArr) ?? (constValue !== undefined ? [constValue] : alts.map((a) => a.enum).find(isArr)),
    enumDescriptions: (first(nodes, 'x-enumDescriptions', isArr) ?? alts.map((a) => a['x-enumDescriptions']).find(isArr)) as string[] | undefined,
    type: typesOf(nodes, alts),
    examples: first(nodes, 'examples', isArr),
    default: first(nodes, 'default', isDefined),
    expected: first(nodes, 'x-expected', isStr),
  };
  for (const k of Object.keys(info) as (keyof SchemaInfo)[]) if (info[k] === undefined) delete info[k];
  return info;
}

/**
 * The keys the schema names for the mapping at `path` (for key completions), with their
 * documentation. Open maps (goal ids, instrument names) have no named keys and give [].
 */
export function schemaKeysAt(kind: SchemaKind, path: Path): Array<{ key: string; info: SchemaInfo; required: boolean }> {
  const nodes = schemaNodeAt(kind, path);
  if (!nodes) return [];
  const out: Array<{ key: string; info: SchemaInfo; required: boolean }> = [];
  const seen = new Set<string>();
  const candidates = [...nodes, ...nodes.flatMap((n) => ((n.anyOf ?? n.oneOf) as unknown[] | undefined)?.filter(isObj) ?? [])];
  for (const n of candidates) {
    const required = new Set(Array.isArray(n.required) ? (n.required as string[]) : []);
    if (isObj(n.properties)) {
      for (const key of Object.keys(n.properties)) {
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ key, info: schemaInfoAt(kind, [...path, key]) ?? {}, required: required.has(key) });
      }
    }
    const names = isObj(n.propertyNames) ? n.propertyNames.enum : undefined;
    if (Array.isArray(names)) {
      for (const key of names.map(String)) {
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ key, info: schemaInfoAt(kind, [...path, key]) ?? {}, required: false });
      }
    }
  }
  return out;
}
