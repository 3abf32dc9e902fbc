// Fingerprint of a note body for GP309 (copy-pasted notes, DOMAIN.md red flags): the set of
// word k-shingles of the body prose, without headings (the format's section names are the same
// in every note and would make all notes look alike). Near-duplicates are found by Jaccard
// similarity of these sets; it ignores whitespace, case and punctuation changes but not edits
// to the wording itself.
//
// The set is kept as a sorted, duplicate-free Uint32Array of 32-bit FNV-1a hashes of the
// shingles (the words joined by one space), not as a Set of strings: the language server keeps
// one fingerprint per note in its workspace memo, and for a 12,000-note caseload the strings
// cost about 120 MB against about 10 MB for the hashes. Jaccard is then a merge of two sorted
// arrays. Two different shingles sharing a hash would count as one; with at most a few hundred
// shingles per note the chance of any collision between two notes is about n²/2³² (< 0.01 %
// for 600 shingles), and one collision moves a similarity by 1/|A ∪ B|, so it is negligible.
import type { ParsedDocument } from '../../types';

/** Sorted, duplicate-free 32-bit hashes of a note's word shingles. */
export type Shingles = Uint32Array;

export interface Fingerprint {
  words: number;
  shingles: Shingles;
}

const WORD = /[\p{L}\p{N}]+/gu;
const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t][^\r\n]*)?$/gm;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fingerprint(body: string, k: number): Fingerprint {
  const words = body.replace(HEADING_LINE, ' ').toLowerCase().match(WORD) ?? [];
  const n = words.length;
  if (n === 0) return { words: 0, shingles: new Uint32Array(0) };
  const count = n < k ? 1 : n - k + 1;
  const k2 = Math.min(k, n);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // FNV-1a over the UTF-16 code units of words[i..i+k2) joined by ' ', without building the string.
    let h = FNV_OFFSET;
    for (let j = 0; j < k2; j++) {
      if (j > 0) h = Math.imul(h ^ 0x20, FNV_PRIME);
      const w = words[i + j];
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), FNV_PRIME);
    }
    hashes[i] = h >>> 0;
  }
  return { words: n, shingles: sortedUnique(hashes) };
}

/** FNV-1a of one shingle's text (the words joined by one space): what `fingerprint` stores. */
export function shingleHash(text: string): number {
  let h = FNV_OFFSET;
  for (let c = 0; c < text.length; c++) h = Math.imul(h ^ text.charCodeAt(c), FNV_PRIME);
  return h >>> 0;
}

function sortedUnique(a: Uint32Array): Uint32Array {
  a.sort();
  let w = 0;
  for (let r = 0; r < a.length; r++) if (r === 0 || a[r] !== a[w - 1]) a[w++] = a[r];
  // A copy of exactly the kept length, so the memo does not pin the larger buffer.
  return w === a.length ? a : a.slice(0, w);
}

export function bodyOf(doc: ParsedDocument): string {
  return doc.text.slice(doc.bodySpan.start, doc.bodySpan.end);
}

/**
 * |A ∩ B| / |A ∪ B|; 0 when both are empty. Takes fingerprints' hash arrays; a Set of shingle
 * strings (the former representation) is hashed first.
 */
export function jaccard(a: Shingles | ReadonlySet<string>, b: Shingles | ReadonlySet<string>): number {
  const x = asShingles(a), y = asShingles(b);
  if (x.length === 0 && y.length === 0) return 0;
  let i = 0, j = 0, inter = 0;
  while (i < x.length && j < y.length) {
    const p = x[i], q = y[j];
    if (p === q) {
      inter++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return inter / (x.length + y.length - inter);
}

/**
 * jaccard(a, b) when it is at least `threshold`; otherwise some value below `threshold` (the
 * merge stops as soon as the shared shingles left cannot reach it). Most pairs of a client's
 * notes share few word sequences, so GP309 gives up on them after a few steps. The bound is an
 * integer count checked with the same division as the result, so a similarity exactly at the
 * threshold is still found (the threshold is inclusive).
 */
export function jaccardAtLeast(x: Shingles, y: Shingles, threshold: number): number {
  const nx = x.length, ny = y.length;
  if (nx === 0 && ny === 0) return 0;
  const sim = (inter: number) => inter / (nx + ny - inter);
  // The least number of shared shingles whose similarity reaches the threshold (sim rises with it).
  let need = Math.max(0, Math.ceil((threshold * (nx + ny)) / (1 + threshold)));
  while (need > 0 && sim(need - 1) >= threshold) need--;
  while (need <= Math.min(nx, ny) && sim(need) < threshold) need++;
  if (need > Math.min(nx, ny)) return sim(Math.min(nx, ny));
  let i = 0, j = 0, inter = 0;
  while (i < nx && j < ny) {
    const p = x[i], q = y[j];
    if (p === q) {
      inter++;
      i++;
      j++;
    } else {
      if (p < q) i++;
      else j++;
      // Every later shingle of the shorter remainder shared would still fall short.
      if (inter + Math.min(nx - i, ny - j) < need) return sim(inter);
    }
  }
  return sim(inter);
}

function asShingles(s: Shingles | ReadonlySet<string>): Shingles {
  if (s instanceof Uint32Array) return s;
  return sortedUnique(Uint32Array.from(s, shingleHash));
}
