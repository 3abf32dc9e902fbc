// GP206: a formal review (`review: true`) must record a decision for every goal active on its
// date (DOMAIN.md: a review records per-goal continue/revise/close decisions). Not on a no-show or
// cancelled session (SPEC 5.1).
import { goalActiveOn } from '../../model/goals';
import { isMissed } from '../../model/sessions';
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
    // SPEC 5.1: a no-show or cancelled "review" is not a review; GP206 does not run on it.
    if (!s || s.review !== true || isMissed(s)) return;
    const date = sessionDate(s);
    const choice = planOf(ctx);
    if (!date || !choice) return;
    const entries = new Map(goalEntries(s));
    const unlisted: string[] = [];
    for (const [id, goal] of planGoals(choice.plan)) {
      if (!goalActiveOn(goal, choice.plan.plan, date)) continue;
      const entry = entries.get(id);
      if (!entry) {
        unlisted.push(id);
        continue;
      }
      if (DECISIONS.includes(entry.decision as string)) continue;
      // An addressed goal without a decision: on its id.
      ctx.report({ span: fmSpan(ctx, ['goals', id], 'key'), message: `Review: goal ${id} has no decision (continue, revise, met or discontinued).`, data: { goal: id } });
    }
    if (unlisted.length === 0) return;
    // Goals the review does not list at all: one diagnostic on `review`, naming them all.
    const many = unlisted.length > 1;
    ctx.report({
      span: fmSpan(ctx, ['review'], 'key'),
      message: `Review: goal${many ? 's' : ''} ${unlisted.join(', ')}, active on ${date}, ${many ? 'are' : 'is'} not listed under \`goals\` with a decision (continue, revise, met or discontinued).`,
      data: { goals: unlisted },
    });
  },
});
