// Markdown structure of a file: front matter, `yaml goal` fences, headings and HTML comments.
// Only offsets and raw slices leave this module; YAML is parsed elsewhere.
//
// Two scanners, one answer. remarkScan (unified + remark-parse + remark-frontmatter) is the
// reference and handles every file. fastScan is a line scanner for the plain subset most notes
// and plans are written in (ATX headings, fences at column 0, paragraphs and simple list lines,
// no HTML, tabs or CRs); it returns undefined the moment a line falls outside that subset, and
// the file goes to remark. remark costs about 2 ms per 4 KB note, most of a cold lint
// (docs/PERFORMANCE.md); test/unit/markdown-scan.test.ts checks that both agree on the
// fixtures and on a generated corpus of tricky Markdown.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent } from 'mdast';
import type { Span } from '../types';

export interface FenceInfo {
  /** Whole block including both fences. */
  outer: Span;
  /** YAML text between the fences (full lines, indentation kept so offsets map 1:1). */
  content: Span;
  closed: boolean;
}

export interface HeadingInfo {
  depth: number;
  text: string;
  span: Span;
}

export interface HtmlInfo {
  value: string;
  span: Span;
}

export interface MarkdownStructure {
  goalFences: FenceInfo[];
  headings: HeadingInfo[];
  html: HtmlInfo[];
  /** Set when the file is over the parse budget: nothing else was scanned (GP004 says where). */
  tooComplex?: { span: Span; reason: string };
}

/**
 * The parse budget. micromark recurses once per container level (6,000 nested `>` overflow the
 * stack) and resolves emphasis and link openers in time quadratic in their number within one
 * paragraph (`*a` x 20,000 took 7.9 s). A time limit cannot interrupt a synchronous parse, so
 * the work is bounded before it starts, by a linear pre-scan: at most MAX_NESTING container
 * markers (`>`, list markers) opening one line, at most MAX_DELIMITERS emphasis or link-opening
 * runs in one paragraph. No note a clinician writes comes near either.
 */
export const MAX_NESTING = 100;
export const MAX_DELIMITERS = 2000;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Parses the file (front matter included) and collects what rules need. */
export function scanMarkdown(text: string, lineStarts: readonly number[]): MarkdownStructure {
  const fast = fastScan(text, lineStarts);
  if (fast) return fast;
  const over = overBudget(text, lineStarts);
  if (over) return { goalFences: [], headings: [], html: [], tooComplex: over };
  try {
    return remarkScan(text, lineStarts);
  } catch (error) {
    // Whatever the pre-scan missed: a stack overflow is a file too complex, never a crash.
    if (error instanceof RangeError) return { goalFences: [], headings: [], html: [], tooComplex: { span: { start: 0, end: Math.min(text.length, lineEndOf(text, lineStarts, 0)) }, reason: 'its Markdown nests too deeply to check' } };
    throw error;
  }
}

function lineEndOf(text: string, lineStarts: readonly number[], i: number): number {
  return i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
}

/** The first place where the file exceeds the parse budget, in one linear pass. */
export function overBudget(text: string, lineStarts: readonly number[]): { span: Span; reason: string } | undefined {
  let delimiters = 0;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i];
    const end = lineEndOf(text, lineStarts, i);
    const span = { start, end };
    // Container markers opening the line: `>`, `-`/`+`/`*` and `1.`/`1)` list markers, with their spaces.
    let depth = 0;
    let k = start;
    let blank = true;
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c === 0x20 || c === 0x09) { k++; continue; }
      if (c === 0x3e /* > */) { depth++; k++; continue; }
      if ((c === 0x2d || c === 0x2b || c === 0x2a) && (k + 1 === end || text.charCodeAt(k + 1) === 0x20 || text.charCodeAt(k + 1) === 0x09)) { depth++; k += 2; continue; }
      let d = k;
      while (d < end && d - k < 9 && text.charCodeAt(d) >= 0x30 && text.charCodeAt(d) <= 0x39) d++;
      if (d > k && d < end && (text.charCodeAt(d) === 0x2e || text.charCodeAt(d) === 0x29) && (d + 1 === end || text.charCodeAt(d + 1) === 0x20)) { depth++; k = d + 2; continue; }
      blank = false;
      break;
    }
    if (depth > MAX_NESTING) return { span, reason: `its Markdown nests more than ${MAX_NESTING} levels deep here` };
    if (blank && depth === 0) {
      delimiters = 0; // a blank line ends the paragraph
      continue;
    }
    for (let j = k; j < end; j++) {
      const c = text.charCodeAt(j);
      // One run of * or _ (or a `[`/`![` link opener) is one delimiter for the resolver.
      if ((c === 0x2a || c === 0x5f) && text.charCodeAt(j - 1) !== c) delimiters++;
      else if (c === 0x5b /* [ */) delimiters++;
    }
    if (delimiters > MAX_DELIMITERS) return { span, reason: `one paragraph holds more than ${MAX_DELIMITERS} emphasis or link markers` };
  }
  return undefined;
}

/** The reference: a full remark parse of the file. */
export function remarkScan(text: string, lineStarts: readonly number[]): MarkdownStructure {
  const tree = processor.parse(text) as Root;
  const out: MarkdownStructure = { goalFences: [], headings: [], html: [] };
  // micromark drops a leading byte-order mark, so its offsets are one short of ours.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const pos = node.position;
      if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) continue;
      const span = { start: pos.start.offset + shift, end: pos.end.offset + shift };
      switch (node.type) {
        case 'code':
          if (node.lang === 'yaml' && (node.meta ?? '').trim() === 'goal') {
            out.goalFences.push(fenceInfo(text, lineStarts, span, pos.start.line - 1, pos.end.line - 1));
          }
          break;
        case 'heading':
          out.headings.push({ depth: node.depth, text: plainText(node).trim(), span });
          break;
        case 'html':
          out.html.push({ value: node.value, span });
          break;
        default:
          if ('children' in node && Array.isArray(node.children)) visit(node.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  return out;
}

function plainText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

const CLOSING_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*\r?$/;

/** Content lines of a fenced block: from the line after the opening fence to the closing fence (or the block end). */
function fenceInfo(text: string, lineStarts: readonly number[], outer: Span, firstLine: number, lastLine: number): FenceInfo {
  const contentStart = firstLine + 1 < lineStarts.length ? lineStarts[firstLine + 1] : outer.end;
  const lastLineStart = lineStarts[lastLine] ?? outer.end;
  const lastLineText = text.slice(lastLineStart, outer.end);
  const closed = lastLine > firstLine && CLOSING_FENCE.test(lastLineText);
  const contentEnd = closed ? lastLineStart : outer.end;
  return { outer, content: { start: Math.min(contentStart, contentEnd), end: contentEnd }, closed };
}

// ---- fast path --------------------------------------------------------------------------------

/** `#`..`######`, one or more spaces, text without Markdown punctuation, no trailing space. */
const PLAIN_HEADING = /^(#{1,6}) +([^\\`*_<>[\]!&~#\t\u0000-\u001f\u007f ][^\\`*_<>[\]!&~#\t\u0000-\u001f\u007f]*)$/;
/** An opening fence at column 0 with a printable ASCII info string (no escapes or entities). */
const OPEN_CODE_FENCE = /^(`{3,}|~{3,})([\x20-\x7e]*)$/;
/**
 * Lines that can only be paragraph text or a list item holding paragraph text: they start no
 * heading, fence, HTML, block quote, thematic break, setext underline, table or definition, so
 * they add nothing to the structure. Indentation is spaces only (tabs never reach here).
 */
const INERT_LINE = /^ *(?:[-+*] +|\d{1,9}[.)] +)?(?:[A-Za-z0-9(]|\*\*[A-Za-z0-9(]|_[A-Za-z0-9])/;

/**
 * The structure of a file in the plain subset, or undefined when any line is outside it (the
 * caller then asks remark). Front matter must be `---` lines exactly, as the core writes them.
 */
export function fastScan(text: string, lineStarts: readonly number[]): MarkdownStructure | undefined {
  if (!text.startsWith('---\n') || text.includes('\r') || text.includes('\t')) return undefined;
  const out: MarkdownStructure = { goalFences: [], headings: [], html: [] };
  const lines = lineStarts.length;
  const lineEnd = (i: number) => (i + 1 < lines ? lineStarts[i + 1] - 1 : text.length);
  // Front matter: up to the first line that is exactly `---`.
  let i = 1;
  for (; i < lines; i++) {
    const s = lineStarts[i];
    if (!text.startsWith('---', s)) continue;
    const rest = text.slice(s + 3, lineEnd(i));
    if (rest === '') break;
    if (rest.trim() === '') return undefined; // `--- ` closes it too: leave the details to remark
  }
  if (i >= lines) return undefined;
  for (i++; i < lines; i++) {
    const start = lineStarts[i];
    const end = lineEnd(i);
    if (start === end) continue;
    const line = text.slice(start, end);
    const c = line.charCodeAt(0);
    if (c === 0x23 /* # */) {
      const h = PLAIN_HEADING.exec(line);
      if (!h || h[2].endsWith(' ')) return undefined;
      out.headings.push({ depth: h[1].length, text: h[2].trim(), span: { start, end } });
      continue;
    }
    if (c === 0x60 /* ` */ || c === 0x7e /* ~ */) {
      const f = OPEN_CODE_FENCE.exec(line);
      if (!f) return undefined;
      const fence = f[1];
      const info = f[2].trim();
      if (fence[0] === '`' && info.includes('`')) return undefined; // not a fence: a code span
      if (info.includes('\\') || info.includes('&')) return undefined; // escapes and entities: remark decodes them
      // The closing fence: the same character, at least as long, alone on its line at column 0.
      let close = -1;
      for (let j = i + 1; j < lines; j++) {
        const cs = lineStarts[j];
        if (text.charCodeAt(cs) !== fence.charCodeAt(0) && text.charCodeAt(cs) !== 0x20) continue;
        const cl = text.slice(cs, lineEnd(j));
        const m = /^( {0,3})(`+|~+)[ \t]*$/.exec(cl);
        if (!m || m[2][0] !== fence[0] || m[2].length < fence.length) continue;
        if (m[1] !== '' || m[0].length !== m[2].length) return undefined; // indented or trailing space: let remark place it
        close = j;
        break;
      }
      if (close < 0) return undefined; // unclosed: runs to the end of the file, remark knows exactly where
      const sp = info.search(/[ \t]/);
      const lang = sp < 0 ? info : info.slice(0, sp);
      const meta = sp < 0 ? '' : info.slice(sp).trim();
      if (lang === 'yaml' && meta === 'goal') out.goalFences.push(fenceInfo(text, lineStarts, { start, end: lineEnd(close) }, i, close));
      i = close;
      continue;
    }
    if (line.trim() === '') {
      if (line.includes('\u00a0') || /[^ ]/.test(line)) return undefined; // only plain spaces are blank
      continue;
    }
    if (!INERT_LINE.test(line) || line.includes('<')) return undefined;
  }
  return out;
}
