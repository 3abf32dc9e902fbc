// Applying text edits to a text: the one implementation the CLI's --fix, the editor's fix-all and
// rename verification share. Edits never overlap (pickers drop overlapping ones first).
import type { TextEdit } from '../types';

/** Applies non-overlapping edits from the end so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

/** Overlapping ranges, or two edits at the same start (their order would be ambiguous). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  return a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end);
}
