// A reader for the plain YAML that goal files are written in: block mappings and block lists,
// keys that are words (`G1`, `PHQ-9`, `review`), and one-line scalars (plain, or quoted without
// escapes). It gives the value the `yaml` package's core schema gives (`toJS`), and `undefined`
// for anything outside that subset (flow collections, block scalars, anchors, tags, escapes,
// multi-line scalars, tabs, CRs, duplicate keys, anything odd), which then goes to `yaml`.
//
// Why: `yaml` builds a node tree with ranges for every region, and that tree is most of the time
// and memory of indexing a clinic (12,300 notes at language-server start). Ranges are needed only
// for the few regions that are reported on or edited; those are parsed by `yaml` when asked
// (yamlRegion.ts). `yaml` stays the reference: test/unit/plain-yaml.test.ts checks that both give
// the same value on every fixture, example and benchmark file and on generated YAML.

/** Core-schema value of `text`, or undefined when `text` is outside the subset read here. */
export function readPlainYaml(text: string): unknown {
  return readPlainYamlTree(text)?.value;
}

/**
 * Where a node sits in the text, as the `yaml` package's `node.range[0..1]` gives it: scalars
 * their characters (quotes included); a null after `key:` the empty range just after the colon;
 * block collections from their first key or dash to the start of the line after their last.
 */
export interface PlainNode {
  range: [number, number];
  /** A block mapping's pairs, in order. */
  pairs?: Array<{ key: string; keyRange: [number, number]; value: PlainNode }>;
  /** A block list's items. */
  items?: PlainNode[];
}

/** The value and (for text without comments) the node positions, or undefined outside the subset. */
export function readPlainYamlTree(text: string): { value: unknown; root: PlainNode | undefined } | undefined {
  if (UNSAFE_CHAR.test(text) || MARKER_LINE.test(text)) return undefined;
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const raw = text.slice(at, end);
    const indent = raw.length - raw.trimStart().length;
    const content = raw.slice(indent).trimEnd();
    if (content !== '' && content[0] !== '#') lines.push({ indent, content, start: at + indent, end, next: Math.min(end + 1, text.length) });
    at = end + 1;
  }
  if (lines.length === 0 || lines[0].indent !== 0) return undefined;
  const r = new Reader(lines);
  try {
    const { value, node } = r.block(0, 0);
    // Where yaml ends a collection followed by comment lines is its own business: with any `#` in
    // the text the ranges are left to the yaml Document (the value is still read here).
    return r.next === lines.length ? { value, root: text.includes('#') ? undefined : node } : undefined;
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

interface Line {
  indent: number;
  content: string;
  /** Offset of `content` in the text. */
  start: number;
  /** Offset of the line's end (its line break, or the text's end). */
  end: number;
  /** Offset of the next line (the text's length for the last). */
  next: number;
}

interface Read {
  value: unknown;
  node: PlainNode;
}

/** Thrown inside the reader when the text leaves the subset; caught above. */
const OUTSIDE = Symbol('outside the plain subset');

// No tabs, CRs or other control characters, no BOM; no document markers or directives.
const UNSAFE_CHAR = /[\t\r\0-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
const MARKER_LINE = /^(?:---|\.\.\.|%)/m;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
/** Keys the core schema would read as something other than the string itself. */
const NON_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const MAX_KEY_LENGTH = 1000;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

class Reader {
  next = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block (mapping or list) whose first line is `this.next`, at exactly `indent`. */
  block(indent: number, depth: number): Read {
    if (depth > 64) throw OUTSIDE;
    const line = this.lines[this.next];
    if (!line || line.indent !== indent) throw OUTSIDE;
    return isItem(line.content) ? this.list(indent, depth) : this.mapping(indent, depth, undefined);
  }

  private list(indent: number, depth: number): Read {
    const value: unknown[] = [];
    const items: PlainNode[] = [];
    const start = this.lines[this.next].start;
    for (let line = this.lines[this.next]; line && line.indent === indent && isItem(line.content); line = this.lines[this.next]) {
      if (line.content === '-' || line.content[2] === ' ' || line.content[2] === '-') throw OUTSIDE;
      const rest = line.content.slice(2);
      if (KEY_LINE.test(rest)) {
        // `- key: value`: a mapping whose keys sit two columns right of the dash.
        const m = this.mapping(indent + 2, depth + 1, rest);
        value.push(m.value);
        items.push(m.node);
      } else {
        this.next++;
        const sc = scalar(rest, line.start + 2);
        value.push(sc.value);
        items.push(sc.node);
        this.noDeeper(indent);
      }
    }
    return { value, node: { range: [start, this.end()], items } };
  }

  /** A mapping at `indent`; `first`: its first pair's text when it shares a line with a list dash. */
  private mapping(indent: number, depth: number, first: string | undefined): Read {
    const value: Record<string, unknown> = {};
    const pairs: NonNullable<PlainNode['pairs']> = [];
    let text = first;
    const startLine = this.lines[this.next];
    const start = first === undefined ? startLine.start : startLine.start + 2;
    for (;;) {
      let textStart: number;
      const line = this.lines[this.next];
      if (text === undefined) {
        if (!line || line.indent !== indent || isItem(line.content)) break;
        text = line.content;
        textStart = line.start;
      } else {
        textStart = line.start + 2;
      }
      this.next++;
      const m = KEY_LINE.exec(text);
      const lineText = text;
      text = undefined;
      if (!m) throw OUTSIDE;
      const key = m[1];
      if (key.length > MAX_KEY_LENGTH || NON_STRING_KEYS.has(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(value, key)) throw OUTSIDE;
      const keyRange: [number, number] = [textStart, textStart + key.length];
      const valueText = m[2] === undefined ? '' : stripComment(m[2]);
      if (valueText !== '') {
        const sc = scalar(m[2]!, textStart + lineText.length - m[2]!.length);
        value[key] = sc.value;
        pairs.push({ key, keyRange, value: sc.node });
        this.noDeeper(indent);
        continue;
      }
      // `key: # comment`: yaml places that null elsewhere; leave such text to yaml.
      if (m[2] !== undefined) throw OUTSIDE;
      // `key:` alone: a nested block further right, a list at the same column, or null.
      const next = this.lines[this.next];
      let read: Read;
      if (next && next.indent > indent) read = this.block(next.indent, depth + 1);
      else if (next && next.indent === indent && isItem(next.content)) read = this.list(indent, depth + 1);
      else read = { value: null, node: { range: [line.end, line.end] } }; // yaml puts it at the line's end
      value[key] = read.value;
      pairs.push({ key, keyRange, value: read.node });
    }
    const after = this.lines[this.next];
    if (after && after.indent > indent) throw OUTSIDE;
    return { value, node: { range: [start, this.end()], pairs } };
  }

  /** Where the block just read ends: the start of the line after its last line. */
  private end(): number {
    return this.lines[this.next - 1].next;
  }

  /** A one-line scalar must not be followed by a deeper line (a continuation, or an error). */
  private noDeeper(indent: number): void {
    const next = this.lines[this.next];
    if (next && next.indent > indent) throw OUTSIDE;
  }
}

function isItem(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/** `value # comment` -> `value`; a `#` inside quotes or not after a space is text. */
function stripComment(s: string): string {
  if (s[0] === '#') return '';
  if (s[0] === '"' || s[0] === "'") return s;
  const i = s.indexOf(' #');
  return (i === -1 ? s : s.slice(0, i)).trimEnd();
}

/** Core-schema resolution of one scalar written on one line, starting at offset `at` of the text. */
function scalar(s: string, at: number): Read {
  const c = s[0];
  if (c === '"' || c === "'") {
    const inner = quoted(s, c);
    return { value: inner, node: { range: [at, at + inner.length + 2] } };
  }
  if ('[]{}&*!|>%@`#,'.includes(c) || ((c === '-' || c === '?' || c === ':') && (s.length === 1 || s[1] === ' '))) throw OUTSIDE;
  const v = stripComment(s);
  if (v.includes(': ') || v.endsWith(':') || v.includes(' #')) throw OUTSIDE;
  return { value: resolve(v), node: { range: [at, at + v.length] } };
}

function resolve(v: string): unknown {
  switch (v) {
    case '~': case 'null': case 'Null': case 'NULL': return null;
    case 'true': case 'True': case 'TRUE': return true;
    case 'false': case 'False': case 'FALSE': return false;
    default:
  }
  if (INT.test(v)) {
    if (v.replace(/^[-+]/, '').length > 15) throw OUTSIDE;
    return Number(v);
  }
  if (FLOAT.test(v)) return parseFloat(v);
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(v) || /^0[ox]/.test(v)) throw OUTSIDE;
  return v;
}

/** `"text"` or `'text'` with no escapes, then nothing but an optional comment. */
function quoted(s: string, q: string): string {
  const end = s.indexOf(q, 1);
  if (end === -1) throw OUTSIDE;
  const inner = s.slice(1, end);
  if (q === '"' && inner.includes('\\')) throw OUTSIDE;
  const rest = s.slice(end + 1);
  if (rest !== '' && !/^ +(?:#.*)?$/.test(rest)) throw OUTSIDE; // also refuses '' escapes in single quotes
  return inner;
}
