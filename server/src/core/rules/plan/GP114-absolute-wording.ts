// GP114 absolute-wording (SPEC 5.4): "Client will never feel sad again" cannot be achieved, so
// the goal sets the client up to fail (the A of SMART: Achievable; DOMAIN.md). Reported on each
// absolute in a goal statement: whole words, case-insensitive, delimited by non-alphanumerics so
// `100%` matches (SPEC 5.8). The list is configurable (`absoluteWords: {add, remove}`). No quick
// fix: only the clinician and the client can say what a realistic version of the goal is.
import { defineRule } from '../types';
import { goalName } from './goalHelpers';
import { ALPHANUMERIC, findVaguePhrases, hasAnyPhrase } from './vague';

export const GP114 = defineRule({
  id: 'GP114',
  alias: 'absolute-wording',
  description: 'Goal statement uses an absolute (never, always, completely, 100%, ...): all-or-nothing goals set the client up to fail.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  // Goal-local: the goal's statement and the configured words.
  checkGoal(ctx, e) {
    const words = Array.isArray(ctx.config.absoluteWords) ? ctx.config.absoluteWords : [];
    if (words.length === 0) return;
    const statement = e.goal.statement;
    if (typeof statement !== 'string' || !hasAnyPhrase(e.goal, statement, words, ALPHANUMERIC) || !e.block.region.has(['statement'])) return;
    for (const hit of findVaguePhrases(ctx.doc, e.block.region, statement, words, ALPHANUMERIC)) {
      ctx.report({
        span: hit.span,
        message: `${goalName(e)}: "${hit.phrase}" makes the goal all-or-nothing, so any lapse reads as failure; state a realistic frequency or amount (for example "on 5 of 7 days", "in 3 of 4 meetings").`,
        data: { goal: e.goal.id, word: hit.phrase },
      });
    }
  },
});
