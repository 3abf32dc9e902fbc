// Offsets <-> line/column. Offsets are UTF-16 code units, the same unit LSP positions use by
// default, so no conversion is needed between the core and the language server. A line ends at
// LF, CRLF or a lone CR, as the LSP specification and VS Code count lines: a server that counted
// only LF would place diagnostics and rename edits of a CR file on the wrong lines.
import type { Span } from '../types';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // The next LF and the next CR are each searched again only once passed: one scan of the text
  // for each (a file without CR costs one extra indexOf), never one per line.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let pos = 0;
  for (;;) {
    if (lf !== -1 && lf < pos) lf = text.indexOf('\n', pos);
    if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
    const i = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (i === -1) return starts;
    pos = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    starts.push(pos);
  }
}

/** True when the text holds a line break of any kind (LF, CRLF, lone CR). */
export function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

/** 0-based line and character of an offset (binary search). */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

export function offsetAt(lineStarts: readonly number[], textLength: number, line: number, character: number): number {
  if (line < 0) return 0;
  if (line >= lineStarts.length) return textLength;
  const next = line + 1 < lineStarts.length ? lineStarts[line + 1] : textLength;
  return Math.min(lineStarts[line] + Math.max(0, character), next);
}

/** Span of a whole line without its line break. */
export function lineSpan(text: string, lineStarts: readonly number[], line: number): Span {
  const l = Math.min(line, lineStarts.length - 1);
  const start = lineStarts[l] ?? 0;
  let end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}
