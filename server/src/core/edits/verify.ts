// The one gate every fix, fix-all and rename goes through before it reaches a file (CLI --fix,
// editor quick fixes and fix-all, rename): the edits are applied, the result is parsed again, and
// the edits are refused when they would
//   - break YAML that parsed before (a new GP001), or change which kind of file it is, or how
//     many goal blocks it has;
//   - change the value of any key they do not touch (a value glued to an insertion, a sibling
//     swallowed by a flow map, a key retyped by a neighbour);
//   - turn a text value they touch into a number, boolean or null (`id: true`, `1e3`, `~`);
//   - fail the caller's own expectation (a rename: the new id reads back exactly as typed).
// A refused edit carries a reason in plain words (key paths only, never note text), which the
// CLI prints and the editor shows or uses to leave the action out.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { parseDocument } from '../parse/document';
import type { ParsedDocument, Span, TextEdit, YamlRegion } from '../types';
import { applyEdits } from './apply';

export interface VerifyOptions {
  maxFileSize?: number;
  /** A further check of the result; returns why it fails, or undefined when it holds. */
  expect?: (after: ParsedDocument) => string | undefined;
}

export type Verdict =
  | { ok: true; text: string; doc: ParsedDocument }
  | { ok: false; reason: string };

/** Applies `edits` to `before` and checks the result (see the header). */
export function verifyEdits(before: ParsedDocument, edits: readonly TextEdit[], opts: VerifyOptions = {}): Verdict {
  const text = applyEdits(before.text, edits);
  const after = parseDocument(before.uri, text, { maxFileSize: opts.maxFileSize });
  const reason = compare(before, after, edits) ?? opts.expect?.(after);
  return reason ? { ok: false, reason } : { ok: true, text, doc: after };
}

function compare(before: ParsedDocument, after: ParsedDocument, edits: readonly TextEdit[]): string | undefined {
  if (after.tooLarge && !before.tooLarge) return 'the file would exceed the size limit';
  // A file that does not take part yet (GP005's near-miss kind) may become one: its goal blocks
  // were never read, so only its front matter is compared.
  if (before.kind && after.kind !== before.kind) return 'it would change what kind of GoalPlan file this is';
  if (!!after.frontMatter !== !!before.frontMatter) return 'it would change where the front matter ends';
  if (before.kind && after.goalBlocks.length !== before.goalBlocks.length) return 'it would change the number of goal blocks';
  if (after.broken && !before.broken) return 'the YAML would no longer parse (GP001)';
  const pairs: Array<[YamlRegion | undefined, YamlRegion | undefined, string]> = [
    [before.frontMatter, after.frontMatter, 'front matter'],
    ...before.goalBlocks.map((b, i) => [b.region, after.goalBlocks[i]?.region, `goal block ${i + 1}`] as [YamlRegion, YamlRegion | undefined, string]),
  ];
  for (const [b, a, where] of pairs) {
    if (!b || !a) continue;
    if (b.syntaxErrors.length > 0) continue; // already broken: nothing trustworthy to compare
    if (a.syntaxErrors.length > 0) return `the YAML of the ${where} would no longer parse (GP001)`;
    const why = compareRegion(b, a, edits);
    if (why) return `${why} in the ${where}`;
  }
  return undefined;
}

interface Leaf {
  /** Typed value, e.g. `string:G1`, `number:1000`, `null:`. */
  value: string;
  /** Document spans of the value and of every key on its path. */
  spans: Span[];
}

function compareRegion(before: YamlRegion, after: YamlRegion, edits: readonly TextEdit[]): string | undefined {
  const b = leavesOf(before);
  const a = leavesOf(after);
  for (const [path, leaf] of b) {
    const now = a.get(path);
    const touched = leaf.spans.some((s) => edits.some((e) => touches(e, s)));
    if (touched) {
      // A value the edit rewrites may change, but text stays text (no `true`, `1e3`, `~`).
      if (now && leaf.value.startsWith('string:') && !now.value.startsWith('string:')) return `it would turn ${label(path)} into a ${typeOf(now.value)}`;
      continue;
    }
    if (!now) return `it would remove or move ${label(path)}`;
    if (now.value !== leaf.value) return `it would change the value of ${label(path)}`;
  }
  return undefined;
}

/** An edit touches a node when it replaces some of its characters or inserts strictly inside it. */
function touches(e: TextEdit, s: Span): boolean {
  if (e.span.start === e.span.end) return s.start < e.span.start && e.span.start < s.end;
  return e.span.start < s.end && s.start < e.span.end;
}

function typeOf(value: string): string {
  const t = value.slice(0, value.indexOf(':'));
  return t === 'object' ? 'null' : t;
}

function label(path: string): string {
  return (JSON.parse(path) as string[]).map((k) => k.slice(k.indexOf(':') + 1)).join('.') || 'the top level';
}

/** Every leaf of a region's YAML by its typed key path (JSON of `type:key` strings). */
function leavesOf(region: YamlRegion): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const base = region.contentSpan.start;
  const span = (n: unknown): Span | undefined => {
    const r = (n as { range?: [number, number, number] } | null)?.range;
    return r ? { start: base + r[0], end: base + r[1] } : undefined;
  };
  const walk = (node: unknown, path: string[], spans: Span[]): void => {
    const key = JSON.stringify(path);
    if (isMap(node) || isSeq(node)) {
      const own = span(node);
      if (node.items.length === 0) out.set(key, { value: isMap(node) ? 'map:' : 'seq:', spans: own ? [...spans, own] : spans });
      node.items.forEach((item, i) => {
        if (isMap(node) && isPair(item)) {
          const k = isScalar(item.key) ? `${typed(item.key.value)}` : `node:${String(item.key)}`;
          const ks = span(item.key);
          walk(item.value, [...path, k], ks ? [...spans, ks] : spans);
        } else {
          walk(item, [...path, `index:${i}`], spans);
        }
      });
      return;
    }
    const own = span(node);
    const value = isScalar(node) ? typed(node.value) : isAlias(node) ? `alias:${node.source}` : node == null ? 'object:null' : `node:${String(node)}`;
    out.set(key, { value, spans: own ? [...spans, own] : spans });
  };
  const contents = region.doc?.contents;
  walk(contents ?? null, [], []);
  return out;
}

function typed(v: unknown): string {
  return `${v === null ? 'object' : typeof v}:${String(v)}`;
}
