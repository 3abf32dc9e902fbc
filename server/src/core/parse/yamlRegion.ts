// Parses one YAML region (front matter or a goal block) with the `yaml` package, keeping node
// ranges so every diagnostic can point at a key or value. YAML 1.2 core schema: dates stay
// strings. Duplicate keys, alias bombs and pathological nesting become located syntax issues,
// never exceptions.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { Issue, Span, YamlRegion } from '../types';
import { plainTrees, yamlDocuments } from '../cache';
import { readPlainYamlTree, type PlainNode } from './plainYaml';

/** Expanding more aliases than this is treated as an alias bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

type Path = ReadonlyArray<string | number>;

const PARSE_OPTIONS = { schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true } as const;

// Documents and position trees are kept by text in the core's memos (core/cache.ts says why).
function plainTreeOf(text: string): PlainNode | undefined {
  return plainTrees.of(text, () => readPlainYamlTree(text)?.root ?? null) ?? undefined;
}

function cachedDocument(text: string, make: () => Document.Parsed): Document.Parsed {
  return yamlDocuments.of(text, make);
}

/** What a goal block's rangeOf and has() answered, by path (and part). */
interface RegionAnswers {
  ranges?: Map<string, Span>;
  present?: Map<string, boolean>;
}

/** A region whose Document has not been parsed yet (the plain fast path read its value). */
const NOT_YET = Symbol('document not parsed yet');

export class ParsedYamlRegion implements YamlRegion {
  private hasDoc: boolean;
  /** The Document while something still holds it (the cache above, or a caller): no map lookup per rangeOf. */
  private ref: WeakRef<Document.Parsed> | undefined;
  /** Ranges come from the plain reader's positions (plainTreeOf), not a yaml Document; false once that text is known to have none. */
  private fromPlain = false;
  /** False: answer ranges from the yaml Document even for a plain region (tests compare both). */
  plainRanges = true;

  /** The positions while something still holds them (like `ref`): no cache lookup per rangeOf. */
  private treeRef: WeakRef<PlainNode> | undefined;

  /**
   * rangeOf and has() answers of a goal block (rangeOf's relative to its content): they depend on
   * the text alone, so they are shared with the block's shifted copies, and the rules of a
   * 200-goal plan locate an unchanged goal's keys once, not on every keystroke. Goal blocks only:
   * a session's front matter is asked for a range or two, and the index holds 12,000 of them.
   */
  private readonly answers: RegionAnswers | undefined;

  /** Node positions of a plain region without comments, else undefined (ask the Document). */
  private get tree(): PlainNode | undefined {
    if (!this.fromPlain || !this.plainRanges) return undefined;
    const held = this.treeRef?.deref();
    if (held) return held;
    const tree = plainTreeOf(this.text);
    if (tree) this.treeRef = new WeakRef(tree);
    else this.fromPlain = false; // the reader gives this text no positions, now or later
    return tree;
  }

  constructor(
    readonly kind: 'frontmatter' | 'goal',
    readonly contentSpan: Span,
    readonly outerSpan: Span,
    readonly text: string,
    doc: Document.Parsed | typeof NOT_YET | undefined,
    readonly syntaxErrors: Issue[],
    readonly raw: unknown,
    answers?: RegionAnswers,
  ) {
    this.hasDoc = doc !== undefined;
    if (kind === 'goal') this.answers = answers ?? {};
    // Keyed by the region's text: a Document holds only offsets within that text, so equal texts share one.
    if (doc && doc !== NOT_YET) this.ref = new WeakRef(cachedDocument(text, () => doc));
  }

  /** The parsed YAML document (kept in the core memo yamlDocuments: parsed again when it was evicted). */
  get doc(): Document.Parsed | undefined {
    if (!this.hasDoc) return undefined;
    let d = this.ref?.deref();
    if (!d) {
      d = cachedDocument(this.text, () => parseDocument(this.text, PARSE_OPTIONS));
      this.ref = new WeakRef(d);
    }
    return d;
  }

  markPlain(): void {
    this.fromPlain = true;
  }

  /** The same parse at another place in the document (used after an edit before this region). */
  shifted(delta: number): ParsedYamlRegion {
    const s = (sp: Span) => ({ start: sp.start + delta, end: sp.end + delta });
    const moved = new ParsedYamlRegion(this.kind, s(this.contentSpan), s(this.outerSpan), this.text, undefined,
      this.syntaxErrors.map((e) => ({ ...e, span: s(e.span) })), this.raw, this.answers);
    // Shares the Document (same text) without touching it: an evicted one is parsed again only
    // when the moved region's ranges are asked for, not on every shift (goal-block cache hits).
    moved.hasDoc = this.hasDoc;
    moved.ref = this.ref;
    moved.fromPlain = this.fromPlain; // positions are relative to the region's text
    moved.treeRef = this.treeRef;
    return moved;
  }

  withSyntaxErrors(errors: Issue[]): ParsedYamlRegion {
    return new ParsedYamlRegion(this.kind, this.contentSpan, this.outerSpan, this.text, this.doc, errors, undefined);
  }

  has(path: Path): boolean {
    const memo = this.plainRanges && this.answers ? (this.answers.present ??= new Map()) : undefined;
    const key = memo ? rangeKey(path, '') : '';
    const hit = memo?.get(key);
    if (hit !== undefined) return hit;
    const found = (this.tree ? this.walkTree(path) : this.walk(path)).depth === path.length;
    memo?.set(key, found);
    return found;
  }

  /** The same walk over the plain reader's positions (no yaml Document needed). */
  private walkTree(path: Path): { node: { range: readonly number[] } | undefined; pair: { key: { range: readonly number[] } } | undefined; depth: number } {
    let node: PlainNode | undefined = this.tree;
    let pair: { key: { range: readonly number[] } } | undefined;
    let lastPair: typeof pair;
    let depth = 0;
    for (const seg of path) {
      if (node?.pairs) {
        const p = node.pairs.find((it) => it.key === String(seg));
        if (!p) break;
        pair = { key: { range: p.keyRange } };
        lastPair = pair;
        node = p.value;
      } else if (node?.items && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
        node = node.items[seg];
        pair = undefined;
      } else break;
      depth++;
    }
    return { node, pair: depth === path.length ? pair : lastPair, depth };
  }

  rangeOf(path: Path, part: 'key' | 'value' | 'pair' = 'value'): Span {
    // (Not with plainRanges off: tests compare the two ways of answering, so neither may be served from here.)
    const memo = this.plainRanges && this.answers ? (this.answers.ranges ??= new Map()) : undefined;
    if (!memo) return this.locate(path, part);
    const key = rangeKey(path, part);
    const base = this.contentSpan.start;
    const hit = memo.get(key);
    if (hit) return { start: base + hit.start, end: base + hit.end };
    const span = this.locate(path, part);
    // Answers inside the content only (the opening-fence fallback of a blank block is not relative to it).
    if (span.start >= base) memo.set(key, { start: span.start - base, end: span.end - base });
    return span;
  }

  private locate(path: Path, part: 'key' | 'value' | 'pair'): Span {
    const { node, pair, depth } = this.tree ? this.walkTree(path) : this.walk(path);
    const base = this.contentSpan.start;
    // Block maps and lists end after their last line break: trim trailing white space so a
    // squiggle never spills onto the next line.
    const abs = (r: readonly number[] | null | undefined): Span | undefined => {
      if (!r) return undefined;
      let end = r[1];
      while (end > r[0] && /\s/.test(this.text[end - 1] ?? '')) end--;
      return { start: base + r[0], end: base + end };
    };
    if (depth === path.length) {
      const keyRange = pair && isNodeWithRange(pair.key) ? abs(pair.key.range) : undefined;
      const valueRange = node && isNodeWithRange(node) ? abs(node.range) : undefined;
      if (part === 'key' && keyRange) return keyRange;
      if (part === 'pair' && keyRange) return { start: keyRange.start, end: valueRange ? valueRange.end : keyRange.end };
      if (valueRange && valueRange.end > valueRange.start) return valueRange;
      if (keyRange) return keyRange;
    } else if (pair && isNodeWithRange(pair.key)) {
      // The path stops short: point at the deepest key that exists (e.g. the parent map's key).
      return abs(pair.key.range)!;
    }
    return this.firstLine();
  }

  /** First non-empty line of the region, or its opening fence. */
  private firstLine(): Span {
    const m = /\S[^\r\n]*/.exec(this.text);
    if (m) return { start: this.contentSpan.start + m.index, end: this.contentSpan.start + m.index + m[0].length };
    return { start: this.outerSpan.start, end: Math.min(this.outerSpan.end, this.outerSpan.start + 3) };
  }

  private walk(path: Path): { node: unknown; pair: Pair | undefined; depth: number } {
    let node: unknown = this.doc?.contents;
    let pair: Pair | undefined;
    let lastPair: Pair | undefined;
    let depth = 0;
    for (const seg of path) {
      if (isMap(node)) {
        const p = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg));
        if (!p) break;
        pair = p as Pair;
        lastPair = pair;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
        node = node.items[seg];
        pair = undefined;
      } else break;
      depth++;
    }
    return { node, pair: depth === path.length ? pair : lastPair, depth };
  }
}

/**
 * A memo key of a path and part (JSON keeps list positions and string keys apart: 0 is not "0").
 * A path of one key (`['id']`, `['due']`: most of what the rules of a 200-goal plan ask, for
 * every goal on every keystroke) skips JSON: a control character no JSON text starts with, the
 * part's initial and the key.
 */
function rangeKey(path: Path, part: string): string {
  const only = path.length === 1 ? path[0] : undefined;
  if (typeof only === 'string') return `\u0001${part.charAt(0)}${only}`;
  return part + JSON.stringify(path);
}

function isNodeWithRange(n: unknown): n is YamlNode & { range: [number, number, number] } {
  return !!n && typeof n === 'object' && Array.isArray((n as { range?: unknown }).range);
}

/** Parses `text` located at `contentSpan` of the document. */
export function parseYamlRegion(kind: 'frontmatter' | 'goal', text: string, contentSpan: Span, outerSpan: Span): ParsedYamlRegion {
  const base = contentSpan.start;
  const errors: Issue[] = [];
  let doc: Document.Parsed | undefined;
  let raw: unknown;
  if (text.trim() === '') {
    return new ParsedYamlRegion(kind, contentSpan, outerSpan, text, undefined, errors, undefined);
  }
  // Plain YAML (most goal files): its value without a node tree; the tree is parsed from the same
  // text when a rule or feature first asks for a range (plainYaml.ts says why).
  const plain = readPlainYamlTree(text);
  if (plain) {
    const region = new ParsedYamlRegion(kind, contentSpan, outerSpan, text, NOT_YET, errors, plain.value);
    region.markPlain();
    return region;
  }
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
    for (const e of doc.errors) {
      let [s, t] = e.pos;
      if (text.slice(s, Math.max(t, s + 1)).trim() === '') [s, t] = previousToken(text, s);
      errors.push({ span: { start: base + s, end: base + tokenEnd(text, s, t) }, message: yamlMessage(e.code, e.message) });
    }
    if (errors.length === 0) {
      raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
  } catch (err) {
    // toJS throws on alias bombs; the parser itself can overflow the stack on absurd nesting.
    const message = err instanceof RangeError
      ? 'YAML is nested too deeply to read'
      : /alias/i.test(String((err as Error)?.message))
        ? `YAML uses too many aliases (more than ${MAX_ALIAS_COUNT}); expand them by hand`
        : 'YAML could not be read';
    errors.push({ span: { start: base, end: base + firstLineLength(text) }, message });
    raw = undefined;
  }
  return new ParsedYamlRegion(kind, contentSpan, outerSpan, text, doc, clampIssues(errors, contentSpan, outerSpan), raw);
}

/** The yaml package often marks one character; widen to the whole token so the squiggle is visible. */
function tokenEnd(text: string, s: number, t: number): number {
  if (t > s + 1) return t;
  const m = /^[^\s:,\[\]{}]+/.exec(text.slice(s, s + 200));
  return s + Math.max(1, m ? m[0].length : 1);
}

/** Errors found at a line end or the end of the text ("unexpected end") move onto the last token before it. */
function previousToken(text: string, at: number): [number, number] {
  let end = Math.min(at, text.length);
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return end > start ? [start, end] : [at, at + 1];
}

function firstLineLength(text: string): number {
  const i = text.search(/\r?\n/);
  return Math.max(1, i === -1 ? text.length : i);
}


/** Errors reported past the end of the text (e.g. "unexpected end") are moved onto the last character. */
function clampIssues(errors: Issue[], content: Span, outer: Span): Issue[] {
  return errors.map((e) => {
    let { start, end } = e.span;
    const max = Math.max(content.end, content.start + 1);
    if (start >= max) start = Math.max(content.start, max - 1);
    if (end > max) end = max;
    if (end <= start) end = Math.min(Math.max(start + 1, end), outer.end);
    return { ...e, span: { start, end } };
  });
}

/** A clinician-readable wording of the yaml package's error codes. */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'YAML: this key appears twice in the same mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'TAB_AS_INDENT':
    default:
      return `YAML syntax error: ${first}`;
  }
}
