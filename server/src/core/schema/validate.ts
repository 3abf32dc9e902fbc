// Schema validation of YAML regions (GP002): runs the compiled JSON Schema over a region's
// value, turns each ajv error into one located, clinician-readable issue, and returns the value
// with every failing value removed (SPEC 1.1: a value that fails its schema check counts as
// absent for every other rule).
import type { ErrorObject } from 'ajv';
import type { FileKind, Issue, Span, YamlRegion } from '../types';
import { displayPath, messageFor, type DataPath } from './messages';
import { schemaNodeAt } from './info';
import { validatorFor, type SchemaKind } from './registry';

export { schemaFor, type SchemaKind } from './registry';
export { schemaInfoAt, schemaKeysAt, type SchemaInfo } from './info';

export interface SchemaResult<T> {
  issues: Issue[];
  /**
   * A deep copy of the region's value with every schema-invalid value removed (SPEC 1.1: it
   * counts as absent); undefined when the region is empty, not a mapping, or has YAML errors.
   */
  cleaned: T | undefined;
}

export function validateFrontMatter(kind: FileKind, region: YamlRegion): SchemaResult<Record<string, unknown>> {
  const result = validateRegion(kind, region, 'the front matter');
  // A CPT code written without quotes reads as a number; it is still a code (types.ts: string).
  if (kind === 'session-log' && typeof result.cleaned?.cpt === 'number') result.cleaned.cpt = String(result.cleaned.cpt);
  if (kind === 'goal-plan') checkExpectedWeeks(region, result);
  return result;
}

/**
 * SPEC 5.8: an `expected` curve's weeks must increase strictly, which JSON Schema cannot say.
 * A curve that does not is GP002 at the first week out of order and counts as absent (the
 * straight line is used, 5.5). Runs on the cleaned value: a curve the schema already dropped
 * has its own message.
 */
function checkExpectedWeeks(region: YamlRegion, result: SchemaResult<Plain>): void {
  const curves = result.cleaned?.expected;
  if (!isPlainObject(curves)) return;
  for (const [name, curve] of Object.entries(curves)) {
    if (!Array.isArray(curve)) continue;
    const bad = curve.findIndex((p, i) => i > 0 && !((p as number[])[0] > (curve[i - 1] as number[])[0]));
    if (bad < 0) continue;
    const path: DataPath = ['expected', name, bad, 0];
    result.issues.push({
      span: region.rangeOf(path, 'value'),
      message: `\`${displayPath(path)}\` must be a later week than the point before it: the weeks of an expected curve increase strictly (the straight line from start to due is used until then)`,
    });
    delete curves[name];
  }
  result.issues.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

export function validateGoal(region: YamlRegion): SchemaResult<Record<string, unknown>> {
  return validateRegion('goal', region, 'this goal block');
}

export function validateConfig(region: YamlRegion): SchemaResult<Record<string, unknown>> {
  return validateRegion('config', region, 'the configuration');
}

type Plain = Record<string, unknown>;

function isPlainObject(v: unknown): v is Plain {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function validateRegion(kind: SchemaKind, region: YamlRegion, subject: string): SchemaResult<Plain> {
  // A region with YAML errors gets GP001 only; its partial value is never used (SPEC 1).
  if (region.syntaxErrors.length > 0) return { issues: [], cleaned: undefined };
  // An empty region (or one holding only comments) is an empty mapping: it still lacks its required keys.
  const data = region.raw === undefined || region.raw === null ? {} : region.raw;
  const validate = validatorFor(kind);
  if (validate(data)) return { issues: [], cleaned: isPlainObject(region.raw) ? structuredClone(region.raw) : undefined };

  const errors = onePerProblem(resolveAlternatives(validate.errors ?? []));
  const issues: Issue[] = [];
  const drop = new Set<string>();
  const isEmptyKey = isEmptyKeyIn(kind);
  for (const e of errors) {
    const path = dataPath(e.instancePath, data);
    const empty = isEmptyKey(e, path);
    if (empty === 'optional') {
      // `due:` with nothing after it is a key not filled in yet: it counts as absent, and the
      // rule about its absence (GP108, GP201, ...) speaks for it; a GP002 as well would be noise.
      drop.add(pointer(path));
      continue;
    }
    const message = empty === 'required' ? emptyRequiredMessage(e, path) : messageFor(e, path, subject);
    issues.push({ span: spanOf(e, path, region), message });
    const removed = removalPath(kind, e, path);
    if (removed) drop.add(pointer(removed));
  }
  issues.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const cleaned = drop.has('') || !isPlainObject(region.raw) ? undefined : (copyWithout(data, '', drop) as Plain);
  return { issues, cleaned };
}

/** A failing `key:` left empty (YAML null): is the key optional or required by its mapping? */
function isEmptyKeyIn(kind: SchemaKind) {
  return (e: ErrorObject, path: DataPath): 'optional' | 'required' | undefined => {
    if (e.data !== null || e.keyword === 'required' || e.propertyName !== undefined) return undefined;
    const key = path[path.length - 1];
    if (typeof key !== 'string') return undefined;
    const parent = schemaNodeAt(kind, path.slice(0, -1));
    const required = parent?.some((n) => Array.isArray(n.required) && n.required.includes(key));
    return required ? 'required' : 'optional';
  };
}

function emptyRequiredMessage(e: ErrorObject, path: DataPath): string {
  const expected = (e.parentSchema as Plain | undefined)?.['x-expected'];
  return `\`${displayPath(path)}\` is empty: it is required${typeof expected === 'string' ? ` and must be ${expected}` : ''}`;
}

/**
 * ajv reports every failed branch of an anyOf plus the anyOf itself. Keep what helps: when the
 * value has the JSON type of some branch (no "wrong type" error there), that
 * branch's errors are the specific ones; when it matches no branch's type, the anyOf's own
 * error (worded by its x-expected) says everything. Innermost alternatives are settled first.
 */
function resolveAlternatives(all: ErrorObject[]): ErrorObject[] {
  let list = all.slice();
  const alts = list
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alts) {
    if (!list.includes(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const inside = (e: ErrorObject) =>
      e !== alt && e.schemaPath.startsWith(prefix) &&
      (e.instancePath === alt.instancePath || e.instancePath.startsWith(`${alt.instancePath}/`));
    const branches = new Map<number, ErrorObject[]>();
    for (const e of list) {
      if (!inside(e)) continue;
      const i = parseInt(e.schemaPath.slice(prefix.length), 10);
      branches.set(i, [...(branches.get(i) ?? []), e]);
    }
    // A branch whose own `type` failed does not describe this value (its other errors, e.g. an
    // enum check run on a number, are noise).
    const wrongType = (errs: ErrorObject[]) => errs.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath);
    const matching = [...branches.entries()].filter(([, errs]) => !wrongType(errs)).sort((a, b) => a[0] - b[0]);
    const keep = new Set<ErrorObject>(matching.length ? matching[0][1] : [alt]);
    list = list.filter((e) => keep.has(e) || (e !== alt && !inside(e)));
  }
  return list;
}

/**
 * One message per problem: every missing key is its own problem, but a value gets one message
 * (ajv reports e.g. both propertyNames and the failing name check; the first, most specific wins).
 */
function onePerProblem(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'propertyNames' && errors.some((o) => o.propertyName !== undefined && o.instancePath === e.instancePath)) continue;
    const key = e.keyword === 'required'
      ? `${e.instancePath}\u0000required\u0000${String((e.params as Plain).missingProperty)}`
      : `${e.instancePath}\u0000${e.propertyName ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** JSON pointer -> key path; segments that index an array become numbers (rangeOf walks sequences by number). */
function dataPath(instancePath: string, data: unknown): DataPath {
  const out: DataPath = [];
  let node = data;
  for (const raw of instancePath.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(seg));
      node = node[Number(seg)];
    } else {
      out.push(seg);
      node = isPlainObject(node) ? node[seg] : undefined;
    }
  }
  return out;
}

function pointer(path: DataPath): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function spanOf(e: ErrorObject, path: DataPath, region: YamlRegion): Span {
  if (e.propertyName !== undefined) return region.rangeOf([...path, e.propertyName], 'key');
  // A whole region of the wrong shape (a list where a mapping belongs): its first line is enough.
  if (path.length === 0) return firstLine(region);
  if (e.keyword !== 'required') return region.rangeOf(path, 'value');
  // A missing key: point at the key of the mapping that lacks it, or the first line of a list
  // item or of the whole region.
  if (typeof path[path.length - 1] === 'string' && region.has(path)) return region.rangeOf(path, 'key');
  const item = region.rangeOf(path, 'value');
  const text = region.text.slice(item.start - region.contentSpan.start, item.end - region.contentSpan.start);
  const nl = text.search(/\r?\n/);
  return nl > 0 ? { start: item.start, end: item.start + nl } : item;
}

function firstLine(region: YamlRegion): Span {
  // Comments are not content: the first line with a key is the useful place.
  const m = /^[ \t]*([^\s#][^\r\n]*)/m.exec(region.text);
  if (m) {
    const start = region.contentSpan.start + m.index + m[0].length - m[1].length;
    return { start, end: start + m[1].trimEnd().length };
  }
  // Empty region: the opening fence line.
  const outer = region.outerSpan;
  return { start: outer.start, end: Math.max(outer.start + 1, Math.min(outer.end, region.contentSpan.start) - 1) };
}

/**
 * What to delete for an error: the failing value; the failing key for a bad key name; nothing
 * for a missing key. Items of a positional list (questionnaire answers, [min, max]) cannot be
 * dropped one by one without shifting the others, so the whole list goes.
 */
function removalPath(kind: SchemaKind, e: ErrorObject, path: DataPath): DataPath | undefined {
  if (e.keyword === 'required') return undefined;
  if (e.propertyName !== undefined) return [...path, e.propertyName];
  // The outermost positional list goes: a bad pair of an `expected` curve drops the whole curve
  // (SPEC 5.8: the straight line is used), not just the pair.
  for (let i = 0; i < path.length; i++) {
    if (typeof path[i] === 'number') {
      const list = schemaNodeAt(kind, path.slice(0, i));
      if (list?.some((n) => n['x-positional'] === true)) return path.slice(0, i);
    }
  }
  return path;
}

/** Deep copy that leaves out every pointer in `drop` (array items are removed, not nulled). */
function copyWithout(value: unknown, at: string, drop: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((v, i) => {
      const p = `${at}/${i}`;
      if (!drop.has(p)) out.push(copyWithout(v, p, drop));
    });
    return out;
  }
  if (isPlainObject(value)) {
    const out: Plain = {};
    for (const [k, v] of Object.entries(value)) {
      const p = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (drop.has(p)) continue;
      // defineProperty: a YAML key named __proto__ must stay a plain key, never a prototype.
      Object.defineProperty(out, k, { value: copyWithout(v, p, drop), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
