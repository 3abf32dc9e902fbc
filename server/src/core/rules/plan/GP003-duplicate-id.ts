// GP003 duplicate-id: two goals, or two problems, of one plan share an id. Sessions record
// progress by goal id and goals link to problems by id, so a shared id makes both ambiguous.
// Every occurrence after the first is reported, on its id value, naming the line of the first.
import { positionAt } from '../../parse/lines';
import { defineRule } from '../types';
import type { Span, YamlRegion } from '../../types';
import { goalEntries } from './goalHelpers';

export const GP003 = defineRule({
  id: 'GP003',
  alias: 'duplicate-id',
  description: 'Two goals (or two problems) of a plan share an id.',
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const { doc } = ctx;
    const lineOf = (s: Span) => positionAt(doc.lineStarts, s.start).line + 1;

    // Spans are looked up only for duplicates (a 200-goal plan is re-checked on every keystroke).
    const goalFirst = new Map<string, YamlRegion>();
    for (const e of goalEntries(doc)) {
      const id = e.goal.id;
      if (typeof id !== 'string') continue;
      const first = goalFirst.get(id);
      if (!first) {
        goalFirst.set(id, e.block.region);
        continue;
      }
      if (!e.block.region.has(['id'])) continue;
      ctx.report({ span: e.block.region.rangeOf(['id']), message: `Goal id ${id} is already used by the goal on line ${lineOf(first.rangeOf(['id']))}; give each goal its own id.`, data: { id, kind: 'goal' } });
    }

    const fm = doc.frontMatter;
    const problems = doc.plan?.problems;
    if (!fm || !Array.isArray(problems)) return;
    const rawProblems = (fm.raw as { problems?: unknown } | undefined)?.problems;
    const raw = Array.isArray(rawProblems) ? rawProblems : [];
    const problemFirst = new Map<string, Span>();
    const seenCount = new Map<string, number>();
    for (const p of problems) {
      const id = p && typeof p === 'object' ? p.id : undefined;
      if (typeof id !== 'string') continue;
      // Locate the n-th raw item with this id (cleaning may drop invalid items and shift indexes).
      const nth = seenCount.get(id) ?? 0;
      seenCount.set(id, nth + 1);
      const index = nthIndex(raw, id, nth);
      if (index === -1) continue;
      const span = fm.rangeOf(['problems', index, 'id']);
      const first = problemFirst.get(id);
      if (!first) {
        problemFirst.set(id, span);
        continue;
      }
      ctx.report({ span, message: `Problem id ${id} is already used by the problem on line ${lineOf(first)}; give each problem its own id.`, data: { id, kind: 'problem' } });
    }
  },
});

function nthIndex(items: unknown[], id: string, nth: number): number {
  let seen = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it && typeof it === 'object' && (it as { id?: unknown }).id === id) {
      if (seen === nth) return i;
      seen++;
    }
  }
  return -1;
}
