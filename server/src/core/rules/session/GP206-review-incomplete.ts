// GP206: a formal review (`review: true`) must record a decision for every goal active on its
// date (DOMAIN.md: a review records per-goal continue/revise/close decisions).
import { goalActiveOn } from '../../model/goals';
import { defineRule } from '../types';
import { fmSpan, goalEntries, planGoals, planOf, sessionDate } from './sessionHelpers';

const DECISIONS = ['continue', 'revise', 'met', 'discontinued'];

export const reviewIncomplete = defineRule({
  id: 'GP206',
  alias: 'review-incomplete',
  description: 'a session with `review: true` lacks a decision for a goal active on its date',
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || s.review !== true) return;
    const date = sessionDate(s);
    const choice = planOf(ctx);
    if (!date || !choice) return;
    const entries = new Map(goalEntries(s));
    for (const [id, goal] of planGoals(choice.plan)) {
      if (!goalActiveOn(goal, choice.plan.plan, date)) continue;
      const entry = entries.get(id);
      if (entry && DECISIONS.includes(entry.decision as string)) continue;
      // An addressed goal without a decision: point at its id; a goal not listed: at `review`.
      const span = entry ? fmSpan(ctx, ['goals', id], 'key') : fmSpan(ctx, ['review'], 'key');
      ctx.report({
        span,
        message: entry
          ? `Review: goal ${id} has no decision (continue, revise, met or discontinued).`
          : `Review: goal ${id}, active on ${date}, is not listed under \`goals\` with a decision (continue, revise, met or discontinued).`,
        data: { goal: id },
      });
    }
  },
});
