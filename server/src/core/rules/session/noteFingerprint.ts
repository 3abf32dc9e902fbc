// Fingerprint of a note body for GP309 (copy-pasted notes, DOMAIN.md red flags): the set of
// word k-shingles of the body prose, without headings (the format's section names are the same
// in every note and would make all notes look alike). Near-duplicates are found by Jaccard
// similarity of these sets; it ignores whitespace, case and punctuation changes but not edits
// to the wording itself.
import type { ParsedDocument } from '../../types';

export interface Fingerprint {
  words: number;
  shingles: Set<string>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t][^\r\n]*)?$/gm;

export function fingerprint(body: string, k: number): Fingerprint {
  const words = body.replace(HEADING_LINE, ' ').toLowerCase().match(WORD) ?? [];
  const shingles = new Set<string>();
  if (words.length > 0 && words.length < k) shingles.add(words.join(' '));
  for (let i = 0; i + k <= words.length; i++) shingles.add(words.slice(i, i + k).join(' '));
  return { words: words.length, shingles };
}

export function bodyOf(doc: ParsedDocument): string {
  return doc.text.slice(doc.bodySpan.start, doc.bodySpan.end);
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
