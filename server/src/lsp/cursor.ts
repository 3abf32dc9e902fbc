// Where the cursor is, in YAML terms: which region (front matter or a goal block), the key path
// of the mapping it is in, whether it stands on a key or a value, and the word under it.
// Read from the text by indentation rather than from the parsed YAML, because completion runs
// while the user is typing and the YAML is often incomplete or broken at that moment.
import { positionAt } from '../core/parse/lines';
import type { ParsedDocument, Span, YamlRegion } from '../core/types';

export type Segment = string | number;

export interface CursorContext {
  doc: ParsedDocument;
  offset: number;
  /** The YAML region the cursor is in; undefined in the Markdown body. */
  region?: YamlRegion;
  regionKind?: 'frontmatter' | 'goal';
  /** Path of the mapping (or sequence item) that holds the current line's key. */
  path: Segment[];
  /** Key written on the current line, when there is one. */
  key?: string;
  keySpan?: Span;
  /** 'key' while typing or standing on a key, 'value' after the colon (or on a list item). */
  part: 'key' | 'value';
  /** The token under or just before the cursor (may be empty). */
  word: { text: string; span: Span };
  /** Text of the current line up to the cursor. */
  linePrefix: string;
  /** True when the current line is a sequence item (`- ...`). */
  listItem: boolean;
}

const WORD = /[^\s:#,\[\]{}'"`]/;

interface Line {
  text: string;
  start: number;
}

export function cursorAt(doc: ParsedDocument, offset: number): CursorContext {
  const lineNo = positionAt(doc.lineStarts, offset).line;
  const lineStart = doc.lineStarts[lineNo];
  const lineEnd = lineNo + 1 < doc.lineStarts.length ? doc.lineStarts[lineNo + 1] : doc.text.length;
  const lineText = doc.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
  const linePrefix = lineText.slice(0, offset - lineStart);
  const word = wordAt(doc.text, offset);
  const region = regionAt(doc, offset);
  const base: CursorContext = { doc, offset, path: [], part: 'key', word, linePrefix, listItem: false };
  if (!region) return base;

  const lines = regionLines(doc, region, lineNo);
  const cur = parseLine(lineText);
  const ctx: CursorContext = { ...base, region, regionKind: region.kind, listItem: cur.dash !== undefined };
  let indent: number;
  if (cur.key !== undefined) {
    const colonAt = lineStart + cur.keyIndent + cur.key.length;
    ctx.key = cur.key;
    ctx.keySpan = { start: lineStart + cur.keyIndent, end: colonAt };
    ctx.part = offset <= colonAt ? 'key' : 'value';
    indent = cur.keyIndent;
  } else if (cur.dash !== undefined) {
    ctx.part = 'value';
    indent = cur.dash + 1;
  } else {
    // A blank or half-typed line: the cursor column says how deep the user is.
    indent = cur.blank ? linePrefix.length : cur.indent;
    ctx.part = 'key';
  }
  ctx.path = parentPath(lines, cur.dash !== undefined ? cur.dash : indent, cur.dash !== undefined);
  return ctx;
}

/** The region whose content holds the offset (its closing fence line counts as its last line). */
export function regionAt(doc: ParsedDocument, offset: number): YamlRegion | undefined {
  const inside = (r: YamlRegion | undefined) => !!r && offset >= r.contentSpan.start && offset <= r.contentSpan.end;
  if (inside(doc.frontMatter)) return doc.frontMatter;
  return doc.goalBlocks.find((b) => inside(b.region))?.region;
}

function regionLines(doc: ParsedDocument, region: YamlRegion, uptoLine: number): Line[] {
  const out: Line[] = [];
  const first = positionAt(doc.lineStarts, region.contentSpan.start).line;
  for (let l = first; l < uptoLine; l++) {
    const s = doc.lineStarts[l];
    const e = l + 1 < doc.lineStarts.length ? doc.lineStarts[l + 1] : doc.text.length;
    out.push({ text: doc.text.slice(s, e).replace(/\r?\n$/, ''), start: s });
  }
  return out;
}

interface ParsedLine {
  indent: number;
  blank: boolean;
  /** Column of a leading `- `. */
  dash?: number;
  key?: string;
  /** Column where the key starts. */
  keyIndent: number;
  /** The line's value text after `key:` (trimmed, without comment). */
  value?: string;
}

const KEY_LINE = /^([^\s#'"\-?][^:#]*?|"[^"]*"|'[^']*')[ \t]*:(?=\s|$)/;

export function parseLine(text: string): ParsedLine {
  const indent = /^[ ]*/.exec(text)![0].length;
  let rest = text.slice(indent);
  let keyIndent = indent;
  const out: ParsedLine = { indent, blank: rest.trim() === '' || rest.trimStart().startsWith('#'), keyIndent };
  const dash = /^-(?:[ \t]+|$)/.exec(rest);
  if (dash) {
    out.dash = indent;
    keyIndent = indent + dash[0].length;
    rest = rest.slice(dash[0].length);
  }
  const m = KEY_LINE.exec(rest);
  if (m) {
    out.key = m[1].replace(/^["']|["']$/g, '');
    out.keyIndent = keyIndent;
    out.value = rest.slice(m[0].length).replace(/\s+#.*$/, '').trim();
  } else {
    out.keyIndent = keyIndent;
  }
  return out;
}

/**
 * The key path of the mapping that contains a line at `indent`: walk up to each line with a
 * smaller indent. A sequence item on the way adds its index.
 */
function parentPath(lines: Line[], indent: number, selfIsItem: boolean): Segment[] {
  const path: Segment[] = [];
  let limit = indent;
  let itemOpen = selfIsItem; // an item line's own dash still needs its index from its siblings
  let itemIndent = selfIsItem ? indent : -1;
  let index = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const pl = parseLine(lines[i].text);
    if (pl.blank) continue;
    if (itemOpen) {
      if (pl.dash === itemIndent) {
        index++;
        continue;
      }
      if (pl.indent > itemIndent) continue; // deeper content of an earlier item
      path.unshift(index);
      itemOpen = false;
      index = 0;
    }
    if (pl.dash !== undefined && pl.dash < limit && pl.keyIndent <= limit) {
      // We are inside this sequence item's mapping: its own key (if any) is a sibling.
      itemOpen = true;
      itemIndent = pl.dash;
      limit = pl.dash;
      index = 0;
      continue;
    }
    if (pl.indent < limit && pl.key !== undefined && pl.dash === undefined) {
      path.unshift(pl.key);
      limit = pl.indent;
      if (limit === 0) break;
    } else if (pl.indent < limit && pl.dash === undefined) {
      limit = pl.indent; // a line we cannot read as a key: stop climbing past it
    }
  }
  if (itemOpen) path.unshift(index);
  return path;
}

export function wordAt(text: string, offset: number): { text: string; span: Span } {
  let s = offset, e = offset;
  while (s > 0 && WORD.test(text[s - 1])) s--;
  while (e < text.length && WORD.test(text[e])) e++;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}

/** The span of a scalar without its quotes (for ids written as "G1"). */
export function unquoted(text: string, span: Span): Span {
  const first = text[span.start], last = text[span.end - 1];
  if (span.end - span.start >= 2 && (first === '"' || first === "'") && last === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}
