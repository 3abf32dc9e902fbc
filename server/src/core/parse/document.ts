// Text -> ParsedDocument: the one document model every rule reads. A full parse runs remark
// once; applyEdit() re-parses only the YAML region an edit falls in (front matter or one goal
// block) and shifts every later offset, which keeps typing in a 200-goal plan cheap.
import { DEFAULT_MAX_FILE_SIZE } from '../config/defaults';
import { validateFrontMatter, validateGoal } from '../schema/validate';
import type {
  DirectiveComment, DischargeFrontMatter, FileKind, GoalBlock, Heading, Issue, ParsedDocument, PlanFrontMatter, SessionFrontMatter, Span, TextEdit,
} from '../types';
import { computeLineStarts, hasLineBreak, positionAt } from './lines';
import { scanMarkdown, type HtmlInfo } from './markdown';
import { parseYamlRegion, type ParsedYamlRegion } from './yamlRegion';
import { goalBlocks } from '../cache';

export interface ParseOptions {
  maxFileSize?: number;
  /** Size in bytes when the caller knows it (the CLI stats files before reading). */
  size?: number;
}

const KINDS: readonly FileKind[] = ['goal-plan', 'session-log', 'discharge-summary'];
const KIND_LINE = /^kind:[ \t]*["']?(goal-plan|session-log|discharge-summary)["']?[ \t]*(?:#.*)?\r?$/m;
const OPEN_FENCE = /^---[ \t]*\r?\n/;
const CLOSE_FENCE = /^---[ \t]*\r?$/m;

export function parseDocument(uri: string, text: string, opts: ParseOptions = {}): ParsedDocument {
  const lineStarts = computeLineStarts(text);
  const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const size = opts.size ?? utf8Size(text, limit);
  const empty = emptyDoc(uri, text, lineStarts);
  if (size > limit) {
    // Not parsed at all (GP004); the kind is guessed from the head so only goal files are flagged.
    const head = text.slice(0, 64 * 1024);
    const m = OPEN_FENCE.test(head.replace(/^\uFEFF/, '')) ? KIND_LINE.exec(head) : null;
    return { ...empty, tooLarge: { size, limit }, kind: m ? (m[1] as FileKind) : undefined };
  }

  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = locateFrontMatter(text, bom);
  if (!fm) return empty;

  if (!fm.closed) {
    // Front matter without its closing fence: only a visible kind line makes the file take part.
    const m = KIND_LINE.exec(text.slice(fm.content.start, Math.min(text.length, fm.content.start + 64 * 1024)));
    if (!m) return empty;
    const issue: Issue = { span: { start: fm.outer.start, end: fm.outer.start + 3 }, message: 'front matter has no closing `---` line' };
    const region = parseYamlRegion('frontmatter', '', { start: fm.content.start, end: fm.content.start }, fm.outer);
    return { ...empty, kind: m[1] as FileKind, broken: true, frontMatter: region.withSyntaxErrors([issue]), bodySpan: { start: text.length, end: text.length } };
  }

  const region = parseYamlRegion('frontmatter', text.slice(fm.content.start, fm.content.end), fm.content, fm.outer);
  const doc: ParsedDocument = { ...empty, frontMatter: region, bodySpan: { start: fm.outer.end, end: text.length } };
  const raw = region.raw as Record<string, unknown> | undefined;

  if (region.syntaxErrors.length > 0) {
    const m = KIND_LINE.exec(region.text);
    if (!m) return doc; // not a goal file as far as anyone can tell
    doc.kind = m[1] as FileKind;
    doc.broken = true;
    return doc;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return doc;
  const kindValue = raw.kind;
  if (typeof kindValue !== 'string' || !KINDS.includes(kindValue as FileKind)) {
    if (typeof kindValue === 'string' && isNearMissKind(kindValue)) {
      doc.nearMissKind = { value: kindValue, span: region.rangeOf(['kind']) };
    }
    return doc;
  }
  doc.kind = kindValue as FileKind;

  const fmCheck = validateFrontMatter(doc.kind, region);
  doc.frontMatterIssues = fmCheck.issues;
  setFrontMatter(doc, fmCheck.cleaned);

  const md = scanMarkdown(text, lineStarts);
  if (md.tooComplex) {
    // Over the parse budget: the file is reported (GP004) and left out like a broken one.
    doc.tooComplex = md.tooComplex;
    doc.broken = true;
    return doc;
  }
  if (doc.kind === 'goal-plan') {
    doc.goalBlocks = md.goalFences.map((f) => parseGoalBlock(text.slice(f.content.start, f.content.end), f.content, f.outer));
    // A goal block that does not parse breaks only itself (GP001 there); see docs/format.md.
  }
  doc.headings = sections(text, md.headings);
  doc.directives = [...htmlDirectives(md.html, lineStarts), ...yamlDirectives(lineStarts, [region, ...doc.goalBlocks.map((b) => b.region as ParsedYamlRegion)])]
    .sort((a, b) => a.span.start - b.span.start);
  return doc;
}

/**
 * Applies one edit. When it stays inside a YAML region and cannot change the Markdown structure,
 * only that region is re-parsed and later offsets shift; otherwise the document is parsed anew.
 */
export function applyEdit(doc: ParsedDocument, edit: TextEdit, opts: ParseOptions = {}): ParsedDocument {
  const text = doc.text.slice(0, edit.span.start) + edit.newText + doc.text.slice(edit.span.end);
  const full = () => parseDocument(doc.uri, text, opts);
  if (doc.tooLarge || doc.tooComplex || !doc.kind || doc.broken || !doc.frontMatter || doc.nearMissKind) return full();
  const delta = edit.newText.length - (edit.span.end - edit.span.start);
  // Strictly before the region's end: that offset is the start of the closing fence line, and
  // text typed there lands on the fence (`4---`), which changes the structure (full parse).
  const inside = (s: Span) => edit.span.start >= s.start && edit.span.end < s.end;
  const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > limit / 3) return full(); // near the size limit: let the full path measure bytes

  const fm = doc.frontMatter as ParsedYamlRegion;
  if (inside(fm.contentSpan)) {
    const contentSpan = { start: fm.contentSpan.start, end: fm.contentSpan.end + delta };
    const newText = text.slice(contentSpan.start, contentSpan.end);
    if (/^(---|\.\.\.)[ \t]*\r?$/m.test(newText)) return full();
    const region = parseYamlRegion('frontmatter', newText, contentSpan, { start: fm.outerSpan.start, end: fm.outerSpan.end + delta });
    if (region.syntaxErrors.length > 0) return full(); // broken front matter changes what the file is
    const raw = region.raw as Record<string, unknown> | undefined;
    if (!raw || typeof raw !== 'object' || raw.kind !== doc.kind) return full();
    const next: ParsedDocument = shiftAll(doc, text, edit, delta);
    next.frontMatter = region;
    const check = validateFrontMatter(doc.kind, region);
    next.frontMatterIssues = check.issues;
    setFrontMatter(next, check.cleaned);
    next.directives = replaceYamlDirectives(next, region);
    return next;
  }
  const i = doc.goalBlocks.findIndex((b) => inside(b.region.contentSpan));
  if (i === -1) return full();
  const old = doc.goalBlocks[i].region as ParsedYamlRegion;
  const contentSpan = { start: old.contentSpan.start, end: old.contentSpan.end + delta };
  const newText = text.slice(contentSpan.start, contentSpan.end);
  if (/^[ \t]*(`{3,}|~{3,})/m.test(newText)) return full();
  const next = shiftAll(doc, text, edit, delta);
  const region = parseYamlRegion('goal', newText, contentSpan, { start: old.outerSpan.start, end: old.outerSpan.end + delta });
  next.goalBlocks[i] = goalBlockOf(region);
  next.directives = replaceYamlDirectives(next, region);
  return next;
}

/** The cleaned front matter, under the key of the document's kind. */
function setFrontMatter(doc: ParsedDocument, cleaned: Record<string, unknown> | undefined): void {
  if (doc.kind === 'goal-plan') doc.plan = { ...(cleaned ?? {}), kind: 'goal-plan' } as PlanFrontMatter;
  else if (doc.kind === 'discharge-summary') doc.discharge = { ...(cleaned ?? {}), kind: 'discharge-summary' } as DischargeFrontMatter;
  else doc.session = { ...(cleaned ?? {}), kind: 'session-log' } as SessionFrontMatter;
}

/**
 * Goal blocks parsed lately, by their YAML text. Successive versions of a plan (every commit the
 * history reader reads, every full re-parse while typing in a 200-goal plan) share most blocks
 * unchanged; those are shifted copies of the earlier parse instead of a new YAML parse. The
 * parse results are never mutated by their readers, so sharing them is safe.
 */
function parseGoalBlock(text: string, content: Span, outer: Span): GoalBlock {
  const hit = goalBlocks.get(text);
  if (hit) {
    const r = hit.region as ParsedYamlRegion;
    const delta = content.start - r.contentSpan.start;
    // The fences around the text must be the same length too, else spans would differ.
    if (outer.start - content.start === r.outerSpan.start - r.contentSpan.start && outer.end - content.end === r.outerSpan.end - r.contentSpan.end) {
      const move = (x: Issue): Issue => ({ ...x, span: { start: x.span.start + delta, end: x.span.end + delta } });
      return { ...hit, region: delta === 0 ? r : r.shifted(delta), schemaIssues: delta === 0 ? hit.schemaIssues : hit.schemaIssues.map(move) };
    }
  }
  const block = goalBlockOf(parseYamlRegion('goal', text, content, outer));
  goalBlocks.set(text, block);
  return block;
}

function goalBlockOf(region: ParsedYamlRegion): GoalBlock {
  if (region.syntaxErrors.length > 0) {
    const m = /^[ \t]*id:[ \t]*["']?([^\s"'#]+)/m.exec(region.text);
    return { region, goal: undefined, schemaIssues: [], idHint: m?.[1] };
  }
  // An empty or list-shaped block still gets located schema messages (missing id, not a mapping).
  const check = validateGoal(region);
  return { region, goal: check.cleaned as GoalBlock['goal'], schemaIssues: check.issues };
}

/** A copy of the document whose spans at or after `at` (old offsets) move by `delta`. */
function shiftAll(doc: ParsedDocument, text: string, edit: TextEdit, delta: number): ParsedDocument {
  const at = edit.span.end;
  // Whatever lies wholly before the edit, or anywhere when the edit keeps the length (a digit
  // typed over another), stays the same object: typing in one goal of a 200-goal plan copied
  // every heading and every later goal block on each keystroke.
  const sp = (s: Span): Span => (delta === 0 ? s : s.start >= at ? { start: s.start + delta, end: s.end + delta } : s.end >= at ? { start: s.start, end: s.end + delta } : s);
  const issues = (xs: Issue[]) => (delta === 0 ? xs : xs.map((x) => ({ ...x, span: sp(x.span) })));
  // An edit that neither removes nor inserts a line break keeps every line; later ones move.
  // (Typing in a 200-goal plan: cheaper than scanning the whole text for line breaks again.)
  // A lone CR is a line break too, and removing what stands between a CR and an LF joins them.
  const joins = doc.text.charCodeAt(edit.span.start - 1) === 13 && doc.text.charCodeAt(edit.span.end) === 10;
  const lineStarts = hasLineBreak(edit.newText) || hasLineBreak(doc.text.slice(edit.span.start, edit.span.end)) || joins
    ? computeLineStarts(text)
    : delta === 0 ? doc.lineStarts : doc.lineStarts.map((s) => (s > edit.span.start ? s + delta : s));
  const moveRegion = (r: ParsedYamlRegion) => (delta !== 0 && r.outerSpan.start >= at ? r.shifted(delta) : r);
  return {
    ...doc,
    text,
    lineStarts,
    frontMatter: doc.frontMatter ? moveRegion(doc.frontMatter as ParsedYamlRegion) : undefined,
    frontMatterIssues: issues(doc.frontMatterIssues),
    goalBlocks: doc.goalBlocks.map((b) => (delta !== 0 && b.region.outerSpan.start >= at ? { ...b, region: moveRegion(b.region as ParsedYamlRegion), schemaIssues: issues(b.schemaIssues) } : b)),
    headings: doc.headings.map((h) => {
      const span = sp(h.span);
      const sectionSpan = sp(h.sectionSpan);
      return span === h.span && sectionSpan === h.sectionSpan ? h : { ...h, span, sectionSpan };
    }),
    directives: doc.directives.map((d) => {
      const span = sp(d.span);
      return span === d.span ? d : { ...d, span, line: positionAt(lineStarts, span.start).line };
    }),
    bodySpan: { start: doc.bodySpan.start >= at ? doc.bodySpan.start + delta : doc.bodySpan.start, end: text.length },
  };
}

/** Directives of the re-parsed region replace the ones that (after shifting) lie inside it. */
function replaceYamlDirectives(doc: ParsedDocument, region: ParsedYamlRegion): DirectiveComment[] {
  const inRegion = (d: DirectiveComment) => d.directive === 'disable-line' && d.span.start >= region.contentSpan.start && d.span.start <= region.contentSpan.end;
  return [...doc.directives.filter((d) => !inRegion(d)), ...yamlDirectives(doc.lineStarts, [region])].sort((a, b) => a.span.start - b.span.start);
}

function emptyDoc(uri: string, text: string, lineStarts: number[]): ParsedDocument {
  return {
    uri, text, lineStarts, kind: undefined, frontMatter: undefined, frontMatterIssues: [], goalBlocks: [], headings: [],
    directives: [], bodySpan: { start: 0, end: text.length }, plan: undefined, session: undefined, broken: false,
  };
}

interface FrontMatterLocation {
  outer: Span;
  content: Span;
  closed: boolean;
}

/** The `---` fenced block at the very start of the file (after a BOM). */
function locateFrontMatter(text: string, bom: number): FrontMatterLocation | undefined {
  const open = OPEN_FENCE.exec(text.slice(bom, bom + 8));
  if (!open) return undefined;
  const contentStart = bom + open[0].length;
  CLOSE_FENCE.lastIndex = 0;
  const rest = text.slice(contentStart);
  const close = CLOSE_FENCE.exec(rest);
  if (!close) return { outer: { start: bom, end: text.length }, content: { start: contentStart, end: text.length }, closed: false };
  const closeStart = contentStart + close.index;
  let outerEnd = closeStart + close[0].length;
  if (text[outerEnd] === '\n') outerEnd++;
  return { outer: { start: bom, end: outerEnd }, content: { start: contentStart, end: closeStart }, closed: true };
}

function utf8Size(text: string, limit: number): number {
  if (text.length > limit) return text.length; // UTF-8 needs at least one byte per code unit
  if (text.length * 3 <= limit) return text.length; // cannot exceed the limit; exact size not needed
  return new TextEncoder().encode(text).length;
}

/** SPEC examples: goal-plans, session, Session-Log. Case variants, plural/singular and small typos. */
export function isNearMissKind(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (KINDS.includes(v as FileKind)) return true; // differs only in case or surrounding space
  const squashed = v.replace(/[\s_.-]+/g, '');
  if (['goalplan', 'goalplans', 'sessionlog', 'sessionlogs', 'session', 'sessions', 'plan', 'goal', 'sessionnote', 'treatmentplan', 'discharge', 'discharges', 'dischargesummary', 'dischargesummaries', 'dischargenote', 'summary'].includes(squashed)) return true;
  return KINDS.some((k) => editDistance(v, k) <= 2);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Section headings with their extent (SPEC 1.2: empty = no non-blank line before the next same-or-higher heading). */
function sections(text: string, hs: { depth: number; text: string; span: Span }[]): Heading[] {
  return hs.map((h, i) => {
    let end = text.length;
    for (let j = i + 1; j < hs.length; j++) {
      if (hs[j].depth <= h.depth) {
        end = hs[j].span.start;
        break;
      }
    }
    const sectionSpan = { start: h.span.end, end };
    const next = i + 1 < hs.length ? hs[i + 1].span.start : text.length;
    // Any heading in between (even a deeper one) is a non-blank line.
    const between = text.slice(h.span.end, Math.min(end, next));
    const empty = next >= end ? between.trim() === '' : false;
    return { ...h, sectionSpan, empty };
  });
}

const HTML_DIRECTIVE = /<!--\s*goalplan-(disable-next-line|disable|enable)\b([^]*?)-->/g;
const YAML_DIRECTIVE = /#[ \t]*goalplan-disable-line\b([^\r\n]*)/g;

function ruleList(s: string): string[] {
  return s.trim().split(/[\s,]+/).filter(Boolean);
}

function htmlDirectives(html: HtmlInfo[], lineStarts: readonly number[]): DirectiveComment[] {
  const out: DirectiveComment[] = [];
  for (const h of html) {
    HTML_DIRECTIVE.lastIndex = 0;
    for (let m = HTML_DIRECTIVE.exec(h.value); m; m = HTML_DIRECTIVE.exec(h.value)) {
      const start = h.span.start + m.index;
      const span = { start, end: start + m[0].length };
      // The directive line is the comment's LAST line, so "next line" means the line right after it.
      const line = positionAt(lineStarts, span.end - 1).line;
      out.push({ span, line, directive: m[1] as DirectiveComment['directive'], rules: ruleList(m[2]) });
    }
  }
  return out;
}

function yamlDirectives(lineStarts: readonly number[], regions: ParsedYamlRegion[]): DirectiveComment[] {
  const out: DirectiveComment[] = [];
  for (const r of regions) {
    YAML_DIRECTIVE.lastIndex = 0;
    for (let m = YAML_DIRECTIVE.exec(r.text); m; m = YAML_DIRECTIVE.exec(r.text)) {
      const start = r.contentSpan.start + m.index;
      out.push({ span: { start, end: start + m[0].length }, line: positionAt(lineStarts, start).line, directive: 'disable-line', rules: ruleList(m[1]) });
    }
  }
  return out;
}
