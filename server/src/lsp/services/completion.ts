// Completions that help write SMART goals and complete notes: schema keys and enum values (with
// their descriptions), goal ids in a session's `goals` (statement as detail), problem ids,
// parent (long-term) goal ids, instrument names, dates, and snippets (a new `yaml goal` block
// with the next free id; the section headings of the note's declared format).
import {
  CompletionItemKind, InsertTextFormat, MarkupKind, type Range, type CompletionItem, type CompletionList, type Position,
} from 'vscode-languageserver';
import { addDuration, parseDuration } from '../../core/dates';
import { snippetToPlain } from '../../core/edits/snippetText';
import { parseDocument } from '../../core/parse/document';
import { goalActiveOn } from '../../core/model/goals';
import { formatNumber, rangeText, usableRc } from '../../core/model/instruments';
import { schemaInfoAt, schemaKeysAt, type SchemaInfo, type SchemaKind } from '../../core/schema/info';
import type { ParsedDocument, Span } from '../../core/types';
import { toOffset, toRange } from '../convert';
import { cursorAt, type CursorContext } from '../cursor';
import { goalIds, planOfDoc } from '../goals';
import { markup } from './markup';
import type { ClientFeatures, ServiceContext } from './types';

export const completionTriggers = [':', ' ', '#', '-'];

/** Sections of each note format (SPEC 1.2). */
export const FORMAT_SECTIONS: Record<string, string[]> = {
  SOAP: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  DAP: ['Data', 'Assessment', 'Plan'],
  BIRP: ['Behavior', 'Intervention', 'Response', 'Plan'],
  GIRP: ['Goal', 'Intervention', 'Response', 'Plan'],
};

const DATE_KEYS = new Set(['created', 'closed', 'start', 'due', 'date', 'last', 'next']);

/** Completions at a position of a document, in the shape the client said it reads. */
export function doComplete(ctx: ServiceContext, doc: ParsedDocument, position: Position): CompletionList {
  return { isIncomplete: false, items: completionsAt(ctx, doc, toOffset(doc, position)).map((i) => forClient(i, ctx.features)) };
}

/**
 * The items are written for a client that supports everything; this drops what the client did
 * not announce: Markdown documentation becomes plain text, labelDetails go, and a snippet is
 * inserted as its plain text (placeholders' defaults, the first choice, no tab stops).
 */
function forClient(item: CompletionItem, f: ClientFeatures): CompletionItem {
  const out = { ...item };
  if (!f.completionMarkdown && typeof out.documentation === 'object' && out.documentation.kind === MarkupKind.Markdown) {
    out.documentation = markup(false).content(markup(false).prose(out.documentation.value));
  }
  if (!f.labelDetails) delete out.labelDetails;
  if (!f.snippets && out.insertTextFormat === InsertTextFormat.Snippet) {
    out.insertTextFormat = InsertTextFormat.PlainText;
    if (out.textEdit) out.textEdit = { ...out.textEdit, newText: snippetToPlain(out.textEdit.newText) };
    if (out.insertText !== undefined) out.insertText = snippetToPlain(out.insertText);
  }
  return out;
}

/**
 * In YAML, what the user has typed of the word at the cursor filters the items (a key, a goal
 * id, a value), and each item's textEdit replaces that whole word. A half-typed key often makes
 * the YAML invalid (`  G` among `  G1:` entries), and a broken front matter has no session or
 * plan data to complete from: then the items are computed on the text without the word (the
 * file as it was before the user typed it) and their ranges moved back over the word.
 */
function completionsAt(ctx: ServiceContext, doc: ParsedDocument, offset: number): CompletionItem[] {
  const c = cursorAt(doc, offset);
  if (!c.region) return itemsAt(ctx, doc, offset);
  const word = c.word.span;
  const prefix = doc.text.slice(word.start, offset).toLowerCase();
  let items: CompletionItem[];
  if (doc.broken && word.end > word.start) {
    const without = parseDocument(doc.uri, doc.text.slice(0, word.start) + doc.text.slice(word.end), { maxFileSize: ctx.configFor(doc.uri).maxFileSize });
    items = without.broken ? [] : itemsAt(ctx, without, word.start).map((i) => movedOverWord(i, without, doc, word));
  } else {
    items = itemsAt(ctx, doc, offset);
  }
  return prefix ? items.filter((i) => (i.filterText ?? i.label).toLowerCase().startsWith(prefix)) : items;
}

/** An item computed on the text without the word at `word`, with its edit range in the real text. */
function movedOverWord(item: CompletionItem, without: ParsedDocument, doc: ParsedDocument, word: Span): CompletionItem {
  if (!item.textEdit || !('range' in item.textEdit)) return item;
  const len = word.end - word.start;
  const start = toOffset(without, item.textEdit.range.start);
  const end = toOffset(without, item.textEdit.range.end);
  // An edit at the word's place now covers the word; edits after it move by its length.
  const span = { start: start > word.start ? start + len : start, end: end >= word.start ? end + len : end };
  return { ...item, textEdit: { ...item.textEdit, range: toRange(doc, span) } };
}

function itemsAt(ctx: ServiceContext, doc: ParsedDocument, offset: number): CompletionItem[] {
  const c = cursorAt(doc, offset);
  if (!c.region) return bodyCompletions(doc, c);
  const kind = schemaKindOf(doc, c);
  if (c.part === 'key') return keyCompletions(ctx, doc, c, kind);
  return valueCompletions(ctx, doc, c, kind);
}

function schemaKindOf(doc: ParsedDocument, c: CursorContext): SchemaKind | undefined {
  if (c.regionKind === 'goal') return 'goal';
  if (doc.kind === 'goal-plan') return 'goal-plan';
  if (doc.kind === 'session-log') return 'session-log';
  if (doc.kind === 'discharge-summary') return 'discharge-summary';
  return undefined;
}

function replaceRange(doc: ParsedDocument, span: Span): Range {
  return toRange(doc, span);
}

// ------------------------------------------------------------------ keys

function keyCompletions(ctx: ServiceContext, doc: ParsedDocument, c: CursorContext, kind: SchemaKind | undefined): CompletionItem[] {
  // A session's or discharge summary's `goals` map: the keys are the plan's goal ids.
  const dated = kind === 'session-log' || kind === 'discharge-summary';
  if (dated && c.path.length === 1 && c.path[0] === 'goals') return goalIdItems(ctx, doc, c, 'key');
  if (dated && c.path.length === 1 && c.path[0] === 'measures') return instrumentItems(ctx, doc, c, 'key');
  // A plan's `monitor` and `expected` maps (SPEC 5.2, 5.8): keys are scored instruments.
  if (kind === 'goal-plan' && c.path.length === 1 && (c.path[0] === 'monitor' || c.path[0] === 'expected')) {
    return instrumentItems(ctx, doc, c, 'key').filter((i) => !UNSCORED.has(String(i.label)));
  }
  if (!kind) {
    // Not (yet) a goal file: offer the one key that makes it one.
    if (c.regionKind !== 'frontmatter' || c.path.length > 0) return [];
    return [keyItem(doc, c, 'kind', { description: 'What this file is: `goal-plan` or `session-log`.' }, true)];
  }
  const present = siblingKeys(doc, c);
  return schemaKeysAt(kind, c.path)
    .filter((k) => !present.has(k.key) || k.key === c.key)
    .map((k) => keyItem(doc, c, k.key, k.info, k.required));
}

function keyItem(doc: ParsedDocument, c: CursorContext, key: string, info: SchemaInfo, required: boolean): CompletionItem {
  const isObject = info.type?.length === 1 && (info.type[0] === 'object' || info.type[0] === 'array');
  const span = c.keySpan ?? c.word.span;
  const hasColon = c.key !== undefined;
  return {
    label: key,
    kind: CompletionItemKind.Property,
    detail: info.title,
    documentation: docOf(info),
    sortText: `${required ? '0' : '1'}${key}`,
    textEdit: { range: replaceRange(doc, span), newText: hasColon ? key : isObject ? `${key}:` : `${key}: ` },
    command: !hasColon && !isObject && info.enum ? { title: 'values', command: 'editor.action.triggerSuggest' } : undefined,
  };
}

/** Keys already written in the same mapping as the cursor line (so they are not offered twice). */
function siblingKeys(doc: ParsedDocument, c: CursorContext): Set<string> {
  const out = new Set<string>();
  const region = c.region;
  const node = region?.doc ? (c.path.length ? region.doc.getIn(c.path, true) : region.doc.contents) : undefined;
  const items = (node as { items?: Array<{ key?: { value?: unknown } }> } | undefined)?.items;
  if (Array.isArray(items)) for (const it of items) if (it?.key && typeof it.key.value === 'string') out.add(it.key.value);
  return out;
}

// ------------------------------------------------------------------ values

function valueCompletions(ctx: ServiceContext, doc: ParsedDocument, c: CursorContext, kind: SchemaKind | undefined): CompletionItem[] {
  const key = c.key;
  if (!kind) {
    if (key === 'kind' && c.path.length === 0) return enumItems(doc, c, ['goal-plan', 'session-log', 'discharge-summary'], ['A treatment plan with goals.', 'A session note.', 'A discharge summary, one per episode of care.']);
    return [];
  }
  if (key === undefined) return [];
  if (kind === 'goal' && c.path.length === 0 && key === 'problem') return problemItems(doc, c);
  if (kind === 'goal' && c.path.length === 0 && key === 'parent') return goalIdItems(ctx, doc, c, 'parent');
  if (kind === 'goal' && c.path.length === 1 && c.path[0] === 'measure' && key === 'instrument') return instrumentItems(ctx, doc, c, 'value');
  if (kind === 'goal-plan' && c.path.length === 1 && c.path[0] === 'monitor') return enumItems(doc, c, MONITOR_VALUES.map(([v]) => v), MONITOR_VALUES.map(([, d]) => d));
  const items: CompletionItem[] = [];
  const info = schemaInfoAt(kind, [...c.path, key]);
  if (info?.enum) items.push(...enumItems(doc, c, info.enum.map(String), info.enumDescriptions));
  if (DATE_KEYS.has(key) && (info?.type?.includes('string') ?? true)) items.push(...dateItems(ctx, doc, c));
  return items;
}

function valueSpan(c: CursorContext): Span {
  // Replace the whole token under the cursor (or insert at the cursor).
  return c.word.span;
}

function enumItems(doc: ParsedDocument, c: CursorContext, values: string[], descriptions?: string[]): CompletionItem[] {
  return values.map((v, i) => ({
    label: v,
    kind: CompletionItemKind.EnumMember,
    documentation: descriptions?.[i] ? { kind: MarkupKind.Markdown, value: descriptions[i] } : undefined,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range: replaceRange(doc, valueSpan(c)), newText: v },
  }));
}

function goalIdItems(ctx: ServiceContext, doc: ParsedDocument, c: CursorContext, role: 'key' | 'parent'): CompletionItem[] {
  const plan = planOfDoc(ctx.workspace, doc);
  if (!plan) return [];
  const sessionDate = doc.session?.date;
  const own = role === 'parent' ? goalAtCursor(doc, c)?.id : undefined;
  // An id the note already lists would become a duplicate YAML key (GP001): not offered again,
  // except the key under the cursor itself (the one being written or changed).
  const listed = role === 'key' ? listedGoalIds(doc) : new Set<string>();
  const typing = c.key ?? c.word.text;
  const items: CompletionItem[] = [];
  for (const b of plan.goalBlocks) {
    const g = b.goal;
    if (!g || typeof g.id !== 'string' || g.id === own) continue;
    if (listed.has(g.id) && g.id !== typing) continue;
    if (items.some((i) => i.label === g.id)) continue;
    if (role === 'parent' && g.horizon !== 'long-term') continue; // GP112: a parent must be long-term
    const active = typeof sessionDate === 'string' ? goalActiveOn(g, plan.plan, sessionDate) : true;
    // Markdown here; clients without Markdown get it as plain text (see the filter above).
    const md = markup(true);
    const lines = [md.text(String(g.statement ?? ''))];
    if (g.measure?.instrument) lines.push(`Measure: ${md.text(`${g.measure.instrument} ${g.measure.baseline ?? '?'} → ${g.measure.target ?? '?'}${g.measure.unit ? ` ${g.measure.unit}` : ''}`)}`);
    if (g.due) lines.push(`Due: ${md.text(String(g.due))}`);
    if (!active) lines.push(`Not active on ${sessionDate}`);
    items.push({
      label: g.id,
      kind: CompletionItemKind.Reference,
      detail: g.statement,
      // The statement beside the id in the list itself, so the clinician picks a goal by what it is.
      labelDetails: { description: `${shortStatement(g.statement)}${active ? '' : ' (not active)'}`.trim() || undefined },
      documentation: { kind: MarkupKind.Markdown, value: lines.filter(Boolean).join('\n\n') },
      sortText: `${active ? '0' : '1'}${g.id}`,
      textEdit: { range: replaceRange(doc, role === 'key' ? (c.keySpan ?? c.word.span) : valueSpan(c)), newText: role === 'key' && c.key === undefined ? `${g.id}:` : g.id },
    });
  }
  return items;
}

/** The goal ids a note's (or summary's) `goals` map already has. */
function listedGoalIds(doc: ParsedDocument): Set<string> {
  const goals = (doc.session as { goals?: unknown } | undefined)?.goals;
  return new Set(goals && typeof goals === 'object' && !Array.isArray(goals) ? Object.keys(goals) : []);
}

/** A statement cut to fit a completion list row (whole words, an ellipsis when cut). */
function shortStatement(statement: unknown): string {
  if (typeof statement !== 'string') return '';
  const s = statement.trim().replace(/\s+/g, ' ');
  if (s.length <= 60) return s;
  const cut = s.slice(0, 59);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 59)}…`;
}

/** The goal of the block the cursor is in. */
function goalAtCursor(doc: ParsedDocument, c: CursorContext) {
  return doc.goalBlocks.find((b) => b.region === c.region)?.goal;
}

function problemItems(doc: ParsedDocument, c: CursorContext): CompletionItem[] {
  const problems = doc.plan?.problems ?? [];
  return problems
    .filter((p) => typeof p?.id === 'string')
    .map((p, i) => ({
      label: p.id!,
      kind: CompletionItemKind.Reference,
      detail: p.text,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: replaceRange(doc, valueSpan(c)), newText: p.id! },
    }));
}

/** Instruments that are not scored questionnaires: never `monitor` or `expected` keys (SPEC 5.8). */
const UNSCORED = new Set(['count', 'rating', 'GAS']);

/** Typical `monitor` values (any duration like 10d is valid too). */
const MONITOR_VALUES: ReadonlyArray<[string, string]> = [
  ['every-session', 'Scored at every held session (intake, collateral and group sessions excepted).'],
  ['2w', 'At most 2 weeks between scores.'],
  ['4w', 'At most 4 weeks between scores.'],
  ['1mo', 'At most a month between scores.'],
  ['3mo', 'At most 3 months between scores.'],
];

function instrumentItems(ctx: ServiceContext, doc: ParsedDocument, c: CursorContext, role: 'key' | 'value'): CompletionItem[] {
  const config = ctx.configFor(doc.uri);
  return Object.values(config.instruments).map((def) => {
    const facts = [`range ${rangeText(def)}`];
    if (def.better) facts.push(`${def.better} is better`);
    const rc = usableRc(def);
    if (rc !== undefined) facts.push(`RC ${formatNumber(rc)}`);
    if (def.role === 'alliance') facts.push('alliance measure');
    if (def.role === 'risk-screen') facts.push('risk screen');
    if (def.needsUnit) facts.push('needs a unit');
    return {
      label: def.name,
      kind: CompletionItemKind.Unit,
      detail: facts.join(', '),
      textEdit: {
        range: replaceRange(doc, role === 'key' ? (c.keySpan ?? c.word.span) : valueSpan(c)),
        newText: role === 'key' && c.key === undefined ? `${def.name}: ` : def.name,
      },
    };
  });
}


function dateItems(ctx: ServiceContext, doc: ParsedDocument, c: CursorContext): CompletionItem[] {
  const today = ctx.today();
  const items: CompletionItem[] = [{
    label: today,
    kind: CompletionItemKind.Value,
    detail: 'today',
    sortText: '0',
    textEdit: { range: replaceRange(doc, valueSpan(c)), newText: today },
  }];
  if (c.key === 'next' && c.path.length === 1 && c.path[0] === 'review' && doc.plan) {
    const r = doc.plan.review;
    const base = r?.last ?? doc.plan.created;
    const every = parseDuration(r?.every);
    const next = typeof base === 'string' && every ? addDuration(base, every) : undefined;
    if (next) {
      items.unshift({
        label: next,
        kind: CompletionItemKind.Value,
        detail: `review.last + review.every (${base} + ${r?.every})`,
        sortText: '00',
        preselect: true,
        textEdit: { range: replaceRange(doc, valueSpan(c)), newText: next },
      });
    }
  }
  return items;
}

// ------------------------------------------------------------------ body snippets

function bodyCompletions(doc: ParsedDocument, c: CursorContext): CompletionItem[] {
  if (doc.frontMatter && c.offset < doc.bodySpan.start) return [];
  const prefix = c.linePrefix;
  if (doc.kind === 'goal-plan' && /^\s*(`{0,3}|y|ya|yam|yaml|`{3}y\w*)$/.test(prefix)) return [goalSnippet(doc, c)];
  if (doc.kind === 'session-log' && /^\s*#{0,3}\s*\w*$/.test(prefix)) return sectionItems(doc, c);
  return [];
}

function nextGoalId(doc: ParsedDocument): string {
  const ids = goalIds(doc);
  let max = 0;
  for (const id of ids) {
    const m = /^G(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (ids.includes(`G${n}`)) n++;
  return `G${n}`;
}

function goalSnippet(doc: ParsedDocument, c: CursorContext): CompletionItem {
  const id = nextGoalId(doc);
  const problems = (doc.plan?.problems ?? []).map((p) => p?.id).filter((x): x is string => typeof x === 'string');
  const problemChoice = problems.length ? `\${5|${problems.map(escapeChoice).join(',')}|}` : '$5';
  const lineStart = c.offset - c.linePrefix.length;
  const snippet = [
    '```yaml goal',
    `id: ${id}`,
    'statement: ${1:Client will ...}',
    'type: ${2|behavioral,emotional,cognitive|}',
    'horizon: ${3|short-term,long-term|}',
    `problem: ${problemChoice}`,
    'measure:',
    '  instrument: ${6:count}',
    '  baseline: ${7:0}',
    '  target: ${8:3}',
    '  unit: ${9:times per week}',
    'due: ${10:YYYY-MM-DD}',
    'interventions:',
    '  - ${11:intervention, frequency, clinician}',
    '```',
    '$0',
  ].join('\n');
  return {
    label: 'yaml goal',
    kind: CompletionItemKind.Snippet,
    detail: `New goal block (${id})`,
    documentation: { kind: MarkupKind.Markdown, value: `Inserts a \`yaml goal\` block with the next free id, **${id}**.` },
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: `${c.linePrefix.trim()}yaml goal`,
    textEdit: { range: toRange(doc, { start: lineStart, end: c.offset }), newText: snippet },
  };
}

function escapeChoice(s: string): string {
  return s.replace(/[,|\\$}]/g, (m) => `\\${m}`);
}

function sectionItems(doc: ParsedDocument, c: CursorContext): CompletionItem[] {
  const format = doc.session?.format;
  const sections = typeof format === 'string' ? FORMAT_SECTIONS[format] : undefined;
  if (!sections) return [];
  const present = new Set(doc.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.text.toLowerCase()));
  const missing = sections.filter((s) => ![...present].some((h) => h.startsWith(s.toLowerCase())));
  const lineStart = c.offset - c.linePrefix.length;
  const range = toRange(doc, { start: lineStart, end: c.offset });
  const items: CompletionItem[] = missing.map((s, i) => ({
    label: `## ${s}`,
    kind: CompletionItemKind.Snippet,
    detail: `${format} section`,
    sortText: String(i).padStart(2, '0'),
    filterText: `## ${s}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: `## ${s}\n\n$0` },
  }));
  if (missing.length > 1) {
    items.push({
      label: `${format}: all missing sections`,
      kind: CompletionItemKind.Snippet,
      detail: missing.join(', '),
      sortText: '99',
      filterText: `## ${missing.join(' ')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: missing.map((s, i) => `## ${s}\n\n$${i + 1}\n`).join('\n') },
    });
  }
  return items;
}

function docOf(info: SchemaInfo) {
  const parts = [info.markdownDescription ?? info.description ?? ''];
  if (info.expected) parts.push(`Expected: ${info.expected}.`);
  const value = parts.filter(Boolean).join('\n\n');
  return value ? { kind: MarkupKind.Markdown, value } : undefined;
}
