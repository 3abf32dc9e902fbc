// Renaming a goal id across its plan (`id`, `parent`, `replaces`) and the plan's sessions
// (`goals` keys), for every front end. Each occurrence is rewritten as a whole scalar in its own
// context (yamlScalar): plain stays plain when the new id reads back as the same string there,
// a quoted id keeps its quotes and is escaped for them, and an id such as `true`, `1e3`, `~`,
// `0142`, `[C1]` or `"G1"` is quoted where it must be. Every edited file then goes through the
// core's verification (verifyEdits) with one more check: the new id reads back exactly, in every
// place the old one stood. A rename that fails anywhere is refused as a whole, with the reason.
import { isMap, isPair, isScalar, type Scalar } from 'yaml';
import type { ParsedDocument, Span, TextEdit, YamlRegion } from '../types';
import { verifyEdits } from './verify';
import { scalarSource, styleOf } from './yamlScalar';

/** Plan keys whose value is a goal id of the same plan. */
const ID_REFERENCES = ['parent', 'replaces'] as const;

export type RenameResult =
  | { ok: true; edits: Map<string, TextEdit[]> }
  | { ok: false; reason: string };

/** Why `id` cannot be a goal id (schema `code`: a non-empty text without whitespace), or undefined. */
export function invalidGoalId(id: string): string | undefined {
  if (id.length === 0) return 'a goal id cannot be empty';
  if (/\s/u.test(id)) return 'a goal id cannot contain spaces or line breaks';
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(id)) return 'a goal id cannot contain control or text-direction characters';
  if (id.length > 200) return 'a goal id is a short code (at most 200 characters)';
  return undefined;
}

interface Occurrence {
  region: YamlRegion;
  node: Scalar;
  flow: boolean;
  key: boolean;
}

/**
 * The edits renaming goal `oldId` of `plan` to `newId` in the plan and every session of it, each
 * file verified; or why not. `sessions` are the plan's sessions (the caller's "which plan").
 */
export function renameGoal(plan: ParsedDocument, sessions: readonly ParsedDocument[], oldId: string, newId: string, opts: { maxFileSize?: (uri: string) => number | undefined } = {}): RenameResult {
  const invalid = invalidGoalId(newId);
  if (invalid) return { ok: false, reason: `"${printable(newId)}" cannot be a goal id: ${invalid}.` };
  if (newId !== oldId && plan.goalBlocks.some((b) => b.goal?.id === newId || b.idHint === newId)) {
    return { ok: false, reason: `The plan already has a goal ${printable(newId)}.` };
  }
  const edits = new Map<string, TextEdit[]>();
  const files: Array<{ doc: ParsedDocument; found: Occurrence[] }> = [{ doc: plan, found: planOccurrences(plan, oldId) }];
  for (const s of sessions) files.push({ doc: s, found: sessionOccurrences(s, oldId) });
  for (const { doc, found } of files) {
    if (found.length === 0) continue;
    const list: TextEdit[] = [];
    for (const o of found) {
      const style = styleOf(o.node);
      if (!style) return { ok: false, reason: `The id ${printable(oldId)} is written as a block scalar in ${doc.uri}; rename it by hand.` };
      list.push({ span: spanOf(o.region, o.node), newText: scalarSource(newId, { style, flow: o.flow, key: o.key }) });
    }
    // The goal's Markdown heading names it too (`### G2 Contact a friend`): renamed with it.
    if (doc === plan) for (const span of headingIdSpans(plan, oldId)) list.push({ span, newText: newId });
    const v = verifyEdits(doc, list, {
      maxFileSize: opts.maxFileSize?.(doc.uri),
      expect: (after) => {
        const before = doc === plan ? planOccurrences(plan, oldId).length : sessionOccurrences(doc, oldId).length;
        const now = doc === plan ? planOccurrences(after, newId).length : sessionOccurrences(after, newId).length;
        return now === before + (newId === oldId ? 0 : countOf(doc, newId)) ? undefined : `the new id would not read back as ${printable(newId)}`;
      },
    });
    if (!v.ok) return { ok: false, reason: `Renaming would damage ${doc.uri}: ${v.reason}.` };
    edits.set(doc.uri, list);
  }
  return { ok: true, edits };
}

/**
 * The id at the start of each heading of the plan that begins with it as a whole word
 * (`### G2 Contact…`, `## G2: …`; not `### G20`, not an id later in the heading).
 */
export function headingIdSpans(plan: ParsedDocument, id: string): Span[] {
  const out: Span[] = [];
  for (const h of plan.headings) {
    const line = plan.text.slice(h.span.start, h.span.end);
    const m = /^[ \t]{0,3}#{1,6}[ \t]+/.exec(line);
    if (!m || !line.startsWith(id, m[0].length)) continue;
    // The id must end there: `G2 `, `G2:`, `G2.` end it; `G20`, `G2a`, `G2.1`, `G2-b` do not.
    if (/^[.-]?[\p{L}\p{N}_]/u.test(line.slice(m[0].length + id.length))) continue;
    const start = h.span.start + m[0].length;
    out.push({ start, end: start + id.length });
  }
  return out;
}

function countOf(doc: ParsedDocument, id: string): number {
  return doc.kind === 'goal-plan' ? planOccurrences(doc, id).length : sessionOccurrences(doc, id).length;
}

function spanOf(region: YamlRegion, node: Scalar): Span {
  const r = node.range!;
  return { start: region.contentSpan.start + r[0], end: region.contentSpan.start + r[1] };
}

/** The plan's `id`, `parent` and `replaces` values equal to `id`, as written scalars. */
function planOccurrences(plan: ParsedDocument, id: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const b of plan.goalBlocks) {
    if (b.region.syntaxErrors.length > 0) continue;
    const top = b.region.doc?.contents;
    if (!isMap(top)) continue;
    for (const p of top.items) {
      if (!isPair(p) || !isScalar(p.key) || !isScalar(p.value) || !p.value.range) continue;
      const k = p.key.value;
      if ((k === 'id' || ID_REFERENCES.includes(k as never)) && p.value.value === id) out.push({ region: b.region, node: p.value, flow: !!top.flow, key: false });
    }
  }
  return out;
}

/** The session's `goals` keys equal to `id`. */
function sessionOccurrences(doc: ParsedDocument, id: string): Occurrence[] {
  const region = doc.frontMatter;
  if (!region || region.syntaxErrors.length > 0) return [];
  const top = region.doc?.contents;
  if (!isMap(top)) return [];
  const goals = top.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'goals');
  const map = goals && isPair(goals) ? goals.value : undefined;
  if (!isMap(map)) return [];
  const out: Occurrence[] = [];
  for (const p of map.items) {
    if (isPair(p) && isScalar(p.key) && p.key.range && p.key.value === id) out.push({ region, node: p.key, flow: !!map.flow, key: true });
  }
  return out;
}

function printable(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}
