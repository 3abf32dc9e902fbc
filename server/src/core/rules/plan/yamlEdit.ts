// Minimal text edits on a YAML region for quick fixes: replace a scalar value (keeping its
// quote style) or add keys to a block/flow mapping with the mapping's own indentation and line
// endings. Values are strings, written (yamlScalar) so that they read back as exactly that
// string in their context: plain when safe, else quoted and escaped. In a flow mapping new
// pairs go right after the last pair (`{a: 1,}` and multi-line `{...}` included), never at the
// closing brace. Every edit touches only the bytes it must; when the source has a shape these
// helpers do not handle safely (a `~` placeholder, a flow top level), they return undefined and
// the rule offers no fix rather than a risky one. Whatever they return is still re-parsed and
// checked by core/edits/verify before it reaches a file.
import { isCollection, isMap, isPair, isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { verifyEdits } from '../../edits/verify';
import { scalarSource, styleOf } from '../../edits/yamlScalar';
import type { ParsedDocument, TextEdit, YamlRegion } from '../../types';

type Path = ReadonlyArray<string | number>;

function nodeAt(region: YamlRegion, path: Path): unknown {
  if (!region.doc) return undefined;
  return path.length === 0 ? region.doc.contents : region.doc.getIn(path, true);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

function range(n: unknown): [number, number, number] | undefined {
  const r = (n as YamlNode | null | undefined)?.range;
  return Array.isArray(r) ? (r as [number, number, number]) : undefined;
}

/** The line break style of the document ("\r\n" when its first line break is one). */
function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Replaces the scalar value at `path` with the string `value`, keeping its quote style when it can. */
export function replaceScalar(doc: ParsedDocument, region: YamlRegion, path: Path, value: string): TextEdit | undefined {
  const parent = path.length === 0 ? undefined : nodeAt(region, path.slice(0, -1));
  return scalarSlot(doc, region, nodeAt(region, path), isCollection(parent) && !!parent.flow)?.(value);
}

/**
 * Renames the key `key` of the mapping at `mapPath` to `newKey`, keeping its quote style when the
 * new key reads back as itself that way (else double-quoted). Only the key's bytes change.
 */
export function renameKey(doc: ParsedDocument, region: YamlRegion, mapPath: Path, key: string, newKey: string): TextEdit | undefined {
  const map = nodeAt(region, mapPath);
  if (!isMap(map)) return undefined;
  const pair = pairOf(map, key);
  return pair ? scalarSlot(doc, region, pair.key, !!map.flow, true)?.(newKey) : undefined;
}

/**
 * SPEC: "every fix re-parses its result and drops itself if it would break the file". The core's
 * one verification (core/edits/verify) as a yes/no for a rule building its fix; `check`, when
 * given, must also accept the re-parsed document (e.g. "the key now reads as the new name").
 */
export function keepsFileWhole(doc: ParsedDocument, edits: readonly TextEdit[], check?: (after: ParsedDocument) => boolean): boolean {
  if (edits.length === 0) return false;
  const expect = check ? (after: ParsedDocument) => (check(after) ? undefined : 'the result does not read as intended') : undefined;
  return verifyEdits(doc, edits, { maxFileSize: Number.POSITIVE_INFINITY, expect }).ok;
}

/** Where a scalar node sits and how it is quoted: a function from new value (or key) to edit. */
function scalarSlot(doc: ParsedDocument, region: YamlRegion, node: unknown, flow: boolean, key = false): ((value: string) => TextEdit) | undefined {
  if (!isScalar(node)) return undefined;
  const style = styleOf(node);
  if (!style) return undefined; // a block scalar (`|`, `>`): not rewritten blindly
  const r = range(node);
  if (!r || r[1] <= r[0]) return undefined;
  const start = region.contentSpan.start + r[0];
  const end = region.contentSpan.start + r[1];
  return (value) => ({ span: { start, end }, newText: scalarSource(value, { style, flow, key }) });
}

/** `key: value` as YAML source for a new pair in a block (or flow) mapping. */
function pairSource(key: string, value: string, flow: boolean): string {
  return `${scalarSource(key, { style: 'plain', flow, key: true })}: ${scalarSource(value, { style: 'plain', flow, key: false })}`;
}

/**
 * Adds `entries` (key -> string value, written as a YAML scalar that reads back as it) to the mapping at `mapPath`, or sets them where the
 * key already holds a scalar. New keys go, in one insertion, on new lines after the pair `after`
 * (when present) or after the mapping's last pair. When the mapping itself is missing and
 * `mapPath` names a key of the top-level mapping, the key is added with the entries under it.
 */
export function upsertKeys(
  doc: ParsedDocument,
  region: YamlRegion,
  mapPath: Path,
  entries: ReadonlyArray<readonly [string, string]>,
  after?: string,
): TextEdit[] | undefined {
  return prepareUpsert(doc, region, mapPath, entries.map(([k]) => k), after)?.(entries.map(([, v]) => v));
}

/**
 * upsertKeys in two steps, for a rule that offers several fixes writing the same keys with
 * different values (GP205: met / revised / discontinued): the YAML lookups, anchors and
 * indentation are worked out once, and the returned function only builds the edits for one set
 * of `values` (in the order of `keys`). undefined: the shape is not one to edit (same cases as
 * upsertKeys).
 */
export function prepareUpsert(
  doc: ParsedDocument,
  region: YamlRegion,
  mapPath: Path,
  keys: readonly string[],
  after?: string,
): ((values: readonly string[]) => TextEdit[] | undefined) | undefined {
  const base = region.contentSpan.start;
  const text = doc.text;
  const eol = eolOf(text);
  const node = nodeAt(region, mapPath);

  if (isMap(node)) {
    // Keys already present: their scalar values are replaced in place.
    const present: Array<{ index: number; slot: (value: string) => TextEdit }> = [];
    const missing: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const p = pairOf(node, keys[i]);
      if (!p) {
        missing.push(i);
        continue;
      }
      const slot = scalarSlot(doc, region, p.value, !!node.flow);
      if (!slot) return undefined; // an empty or non-scalar value: not a shape to rewrite blindly
      present.push({ index: i, slot });
    }
    const replaced = (values: readonly string[]) => present.map(({ index, slot }) => slot(values[index]));
    if (missing.length === 0) return replaced;
    const r = range(node);
    if (!r) return undefined;
    if (node.flow) {
      // `{a: 1}` -> `{a: 1, b: 2}`: right after the last pair, so a trailing comma (`{a: 1,}`)
      // stays after the new pair and a multi-line map gets it on the last pair's line; an empty
      // map takes it right after its `{`.
      let at: number;
      let lead = ', ';
      if (node.items.length === 0) {
        if (text[base + r[0]] !== '{') return undefined;
        at = base + r[0] + 1;
        lead = '';
      } else {
        const last = node.items[node.items.length - 1];
        if (!isPair(last)) return undefined;
        const v = range(last.value);
        const end = v && v[1] > v[0] ? v[1] : range(last.key)?.[1];
        if (end === undefined) return undefined;
        at = base + end;
      }
      return (values) => [
        ...replaced(values),
        { span: { start: at, end: at }, newText: lead + missing.map((i) => pairSource(keys[i], values[i], true)).join(', ') },
      ];
    }
    const first = node.items[0];
    const anchorPair = (after !== undefined ? pairOf(node, after) : undefined) ?? node.items[node.items.length - 1];
    if (!isPair(first) || !isPair(anchorPair)) return undefined;
    const firstKey = range(first.key);
    if (!firstKey) return undefined;
    const indent = indentBefore(doc, base + firstKey[0]);
    if (indent === undefined) return undefined;
    const anchorEnd = range(anchorPair.value)?.[1] ?? range(anchorPair.key)?.[1];
    if (anchorEnd === undefined) return undefined;
    const insert = linesInserterAfter(doc, base + anchorEnd, eol);
    return (values) => [...replaced(values), insert(missing.map((i) => `${indent}${pairSource(keys[i], values[i], false)}`))];
  }

  // The mapping is missing: `review:` with no value, or no `review` key at all.
  if (mapPath.length !== 1) return undefined;
  const top = nodeAt(region, []);
  const key = String(mapPath[0]);
  const entryLines = (prefix: string, values: readonly string[]) => keys.map((k, i) => `${prefix}${pairSource(k, values[i], false)}`);
  if (isMap(top) && !top.flow) {
    const p = pairOf(top, key);
    const topFirst = top.items[0];
    const topKey = isPair(topFirst) ? range(topFirst.key) : undefined;
    const topIndent = topKey ? indentBefore(doc, base + topKey[0]) : '';
    if (topIndent === undefined) return undefined;
    const inner = `${topIndent}  `;
    if (p) {
      const v = p.value;
      // Only an empty value (`review:`) can take a block mapping without rewriting bytes.
      if (v !== null && !(isScalar(v) && v.value === null && (range(v)?.[1] ?? 0) === (range(v)?.[0] ?? 0))) return undefined;
      const keyEnd = range(p.key)?.[1];
      if (keyEnd === undefined) return undefined;
      const lineEnd = lineEndFrom(text, base + keyEnd);
      return (values) => [{ span: { start: lineEnd, end: lineEnd }, newText: eol + entryLines(inner, values).join(eol) }];
    }
    const last = top.items[top.items.length - 1];
    const lastEnd = isPair(last) ? range(last.value)?.[1] ?? range(last.key)?.[1] : undefined;
    if (lastEnd === undefined) return undefined;
    const insert = linesInserterAfter(doc, base + lastEnd, eol);
    return (values) => [insert([`${topIndent}${scalarSource(key, { style: 'plain', flow: false, key: true })}:`, ...entryLines(inner, values)])];
  }
  if (top === null || top === undefined || (isScalar(top) && top.value === null)) {
    // An empty region: the whole YAML becomes the new mapping.
    const at = region.contentSpan.start;
    return (values) => [{ span: { start: at, end: at }, newText: [`${scalarSource(key, { style: 'plain', flow: false, key: true })}:`, ...entryLines('  ', values)].join(eol) + eol }];
  }
  return undefined;
}

/** The whitespace between the start of the line and `offset`, or undefined when other text stands there. */
function indentBefore(doc: ParsedDocument, offset: number): string | undefined {
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const before = doc.text.slice(lineStart, offset);
  return /^[ ]*$/.test(before) ? before : undefined;
}

/** Offset of the end of the line holding `offset` (before its line break). */
function lineEndFrom(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/**
 * Inserts whole lines after the line on which a value ends (`end` is the value's end offset;
 * for block values that end with their line break, that is the line before `end`). The
 * insertion point is found once; the returned function builds the edit for given lines.
 */
function linesInserterAfter(doc: ParsedDocument, end: number, eol: string): (lines: string[]) => TextEdit {
  const text = doc.text;
  const probe = end > 0 && text[end - 1] === '\n' ? end - 1 : end;
  const nl = text.indexOf('\n', probe);
  if (nl === -1) return (lines) => ({ span: { start: text.length, end: text.length }, newText: eol + lines.join(eol) });
  const at = nl + 1;
  return (lines) => ({ span: { start: at, end: at }, newText: lines.join(eol) + eol });
}
