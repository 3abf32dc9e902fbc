// GP301: `goals` names an id the session's plan lacks (a typo or a goal of another plan): the
// note's link to the plan (the "golden thread", DOMAIN.md) is broken.
import { defineRule } from '../types';
import { brokenGoalIds, fmSpan, goalEntries, planGoals, planOf } from './sessionHelpers';

export const unknownGoal = defineRule({
  id: 'GP301',
  alias: 'unknown-goal',
  description: '`goals` names an id its plan lacks',
  defaultSeverity: 'error',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    const choice = s && planOf(ctx);
    if (!s || !choice) return;
    const known = planGoals(choice.plan);
    // A goal block that does not parse (GP001 in the plan) still names its id: do not pile on.
    const pending = brokenGoalIds(choice.plan);
    const ids = [...known.keys()];
    const listed = new Set(goalEntries(s).map(([id]) => id));
    for (const [id] of goalEntries(s)) {
      if (known.has(id) || pending.has(id)) continue;
      const near = ids.filter((k) => k.toLowerCase() === id.toLowerCase() || editDistance1(k, id));
      // Renaming onto an id the note already lists would make a duplicate key: not offered.
      const fixable = near.filter((k) => !listed.has(k));
      const span = fmSpan(ctx, ['goals', id], 'key');
      ctx.report({
        span,
        message: `Goal ${id} is not in this client's plan${near.length === 1 ? `; did you mean ${near[0]}?` : '.'}`,
        // Renaming the key is a guess about what the clinician meant: offered, never automatic.
        fixes: fixable.map((k) => ({ title: `Change to ${goalTitle(k, known.get(k)?.statement)}`, edits: [{ span, newText: k }], safe: false })),
        data: { goal: id },
      });
    }
  },
});

/**
 * "G2 (Client will attend the weekly walking group…)": the clinician picks a goal by what it is,
 * not by its id alone. Shown only in the editor's quick-fix menu, never in a message or output.
 */
function goalTitle(id: string, statement: unknown): string {
  if (typeof statement !== 'string' || statement.trim() === '') return id;
  const words = statement.trim().replace(/\s+/g, ' ');
  return `${id} (${words.length > 48 ? `${words.slice(0, 47).trimEnd()}…` : words})`;
}

/** True when a and b differ by exactly one insertion, deletion or substitution. */
function editDistance1(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
