// Writing a string into YAML source so that it reads back as exactly that string: what rename
// (a new goal id in the plan and every note), the fixes and the new-session-note template use.
// A plain scalar is kept only when the YAML parser itself reads it back as the same string in
// that very context (block or flow, key or value); `true`, `1e3`, `~`, `0142`, `[C1]`, `*C1`,
// `? x`, `"007"` and the like are double-quoted instead. Inside quotes, the quote style is kept
// and the text escaped for it.
import { isMap, isPair, isScalar, parseDocument, Scalar } from 'yaml';
import { plainScalars } from '../cache';

export type ScalarStyle = 'plain' | 'single' | 'double';

export interface ScalarContext {
  /** How the scalar being replaced is written (a new scalar: plain). */
  style: ScalarStyle;
  /** Inside a flow collection (`{...}` / `[...]`), where `,[]{}` end a plain scalar. */
  flow: boolean;
  /** A mapping key rather than a value. */
  key: boolean;
}

const PARSE = { schema: 'core', strict: true, uniqueKeys: true, prettyErrors: false } as const;

/** The YAML source (quotes included) that reads back as `value` in `ctx`. */
export function scalarSource(value: string, ctx: ScalarContext): string {
  if (ctx.style === 'single' && !needsEscape(value)) return `'${value.replace(/'/g, "''")}'`;
  if (ctx.style === 'plain' && isPlainSafe(value, ctx)) return value;
  return doubleQuoted(value);
}

/** A new value in block context: plain when safe, else double-quoted. */
export function blockScalar(value: string, key = false): string {
  return scalarSource(value, { style: 'plain', flow: false, key });
}

export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (isEscaped(c)) out += c <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
    else out += ch;
  }
  return `${out}"`;
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}

/** Control characters, line/paragraph separators, bidi controls and BOM: escaped, never written raw. */
function isEscaped(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0xfeff;
}

function needsEscape(value: string): boolean {
  for (const ch of value) if (isEscaped(ch.codePointAt(0)!)) return true;
  return false;
}

/** True when `value` written plain in this context is read back by the parser as the same string. */
export function isPlainSafe(value: string, ctx: Pick<ScalarContext, 'flow' | 'key'>): boolean {
  if (value === '' || needsEscape(value) || /^\s|\s$/.test(value) || /[\r\n]/.test(value)) return false;
  const cacheKey = `${ctx.flow ? 'f' : 'b'}${ctx.key ? 'k' : 'v'}${value}`;
  return plainScalars.of(cacheKey, () => probe(value, ctx));
}

function probe(value: string, ctx: Pick<ScalarContext, 'flow' | 'key'>): boolean {
  // The value stands between two neighbours in each context, so a scalar that swallows or ends
  // early (`a,b` in flow, `a: b` as a key, `x #y`) is caught too.
  const src = ctx.flow
    ? ctx.key ? `{a: 1, ${value}: 2, z: 3}` : `{a: 1, k: ${value}, z: 3}`
    : ctx.key ? `a: 1\n${value}: 2\nz: 3\n` : `a: 1\nk: ${value}\nz: 3\n`;
  let doc;
  try {
    doc = parseDocument(src, PARSE);
  } catch {
    return false;
  }
  if (doc.errors.length || doc.warnings.length) return false;
  const map = doc.contents;
  if (!isMap(map) || map.items.length !== 3) return false;
  const mid = map.items[1];
  if (!isPair(mid)) return false;
  const node = ctx.key ? mid.key : mid.value;
  const last = map.items[2];
  return isScalar(node) && node.type === Scalar.PLAIN && node.value === value
    && isPair(last) && isScalar(last.key) && last.key.value === 'z';
}

/** How a scalar is written, or undefined for block scalars. */
export function styleOf(node: Scalar): ScalarStyle | undefined {
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.PLAIN:
    case undefined:
      return 'plain';
    default:
      return undefined;
  }
}
