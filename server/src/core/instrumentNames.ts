// What GP006 (and anything else that suggests an instrument) knows about a name no instrument
// has (SPEC 5.4 GP006, 5.8): names are compared after removing case, spaces, dashes and
// underscores ("PHQ9", "phq 9" and "PHQ-9" are one name), and "nearest" is the smallest edit
// distance between those normalised names, ties going to the earlier name in table order
// (built-in instruments first, then configured ones, as the resolved config lists them).
import type { ResolvedConfig } from './config/types';

/** Beyond this edit distance a name is not a typo of a known one: the user should configure it. */
export const NEAR_DISTANCE = 2;

/** "PHQ-9", "phq 9", "Phq_9" -> "phq9". */
export function normaliseInstrumentName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

export interface NearestInstrument {
  /** The known name nearest to the unknown one, as the table spells it. */
  name: string;
  /** Edit distance between the normalised names. */
  distance: number;
  /**
   * The one known name equal to the unknown one after normalising, when exactly one is: the
   * name a fix may write. Undefined when none or several are.
   */
  replacement: string | undefined;
}

/** The nearest known instrument to `name`, or undefined when the table is empty. */
export function nearestInstrument(name: string, config: ResolvedConfig): NearestInstrument | undefined {
  const want = normaliseInstrumentName(name);
  let best: { name: string; distance: number } | undefined;
  const equal: string[] = [];
  for (const known of Object.keys(config.instruments)) {
    const norm = normaliseInstrumentName(known);
    if (norm === want) equal.push(known);
    const d = editDistance(want, norm);
    if (!best || d < best.distance) best = { name: known, distance: d };
  }
  if (!best) return undefined;
  return { ...best, replacement: equal.length === 1 ? equal[0] : undefined };
}

/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
