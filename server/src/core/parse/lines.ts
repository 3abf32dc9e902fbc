// Offsets <-> line/column. Offsets are UTF-16 code units, the same unit LSP positions use by
// default, so no conversion is needed between the core and the language server.
import type { Span } from '../types';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
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
  const start = lineStarts[Math.min(line, lineStarts.length - 1)] ?? 0;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}
