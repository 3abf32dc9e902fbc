// Goal facts the progress model needs repeatedly: effective start and status, SPEC 1.1's
// "active on date D", source lines, and the valid goals of a plan.
import { positionAt } from '../parse/lines';
import type { Goal, ParsedDocument, YamlRegion } from '../types';
import type { SourceRef } from './types';

// SPEC 1.1 semantics live in model/goals.ts (shared with the rules); re-exported under the
// names the progress model uses so the panel and GP206/GP302 can never disagree.
export { goalStart as effectiveStart, goalStatus as effectiveStatus, goalActiveOn } from '../model/goals';

/** 0-based line of a key in a YAML region (falls back to the region's first line, as rangeOf does). */
export function lineOfKey(doc: ParsedDocument, region: YamlRegion | undefined, path: ReadonlyArray<string | number>): number {
  if (!region) return 0;
  return positionAt(doc.lineStarts, region.rangeOf(path, 'key').start).line;
}

export function refOf(doc: ParsedDocument, region: YamlRegion | undefined, path: ReadonlyArray<string | number>): SourceRef {
  return { uri: doc.uri, line: lineOfKey(doc, region, path) };
}

/** Valid goals of a plan with an id, in document order; the first block wins on a duplicate id (GP003). */
export function goalsOf(doc: ParsedDocument): Array<{ goal: Goal & { id: string }; source: SourceRef }> {
  const seen = new Set<string>();
  const out: Array<{ goal: Goal & { id: string }; source: SourceRef }> = [];
  for (const block of doc.goalBlocks) {
    const g = block.goal;
    if (!g || typeof g.id !== 'string' || seen.has(g.id)) continue;
    seen.add(g.id);
    out.push({ goal: g as Goal & { id: string }, source: refOf(doc, block.region, ['id']) });
  }
  return out;
}
