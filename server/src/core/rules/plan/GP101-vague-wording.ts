// GP101 vague-wording: a statement built on a vague phrase ("feel better", "understand") with no
// measure (baseline and target; v2: a digit in the statement no longer counts) cannot be observed or reviewed (DOMAIN.md "SMART in treatment plans";
// Joint Commission finding: goals not measurable). Reported on the phrase itself; the quick fix
// offers the observable verbs SPEC names. It is never safe: only the clinician knows what the
// client will actually do.
import { defineRule } from '../types';
import type { Fix } from '../../types';
import { goalName, hasMeasurableCriterion } from './goalHelpers';
import { findVaguePhrases, hasAnyPhrase } from './vague';

export const OBSERVABLE_VERBS = ['identify', 'practise', 'record', 'attend', 'complete', 'report'] as const;

export const GP101 = defineRule({
  id: 'GP101',
  alias: 'vague-wording',
  description: 'Goal statement uses vague wording and the goal has no measure with baseline and target.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  checkGoal(ctx, e) {
    const phrases = Array.isArray(ctx.config.vagueWords) ? ctx.config.vagueWords : [];
    const statement = e.goal.statement;
    // The cheap test first: has() needs the block's YAML tree (parsed on demand).
    if (typeof statement !== 'string' || hasMeasurableCriterion(e.goal) || !hasAnyPhrase(e.goal, statement, phrases) || !e.block.region.has(['statement'])) return;
    for (const hit of findVaguePhrases(ctx.doc, e.block.region, statement, phrases)) {
      const fixes: Fix[] | undefined = hit.exact
        ? OBSERVABLE_VERBS.map((verb) => ({
          title: `Replace "${hit.written}" with "${matchCase(verb, hit.written)}"`,
          edits: [{ span: hit.span, newText: matchCase(verb, hit.written) }],
          safe: false,
        }))
        : undefined;
      ctx.report({
        span: hit.span,
        message: `${goalName(e)}: "${hit.phrase}" is vague and the goal has no measure with a baseline and a target; state what the client will do (identify, practise, record, attend, complete, report) and add a measure with baseline and target.`,
        fixes,
        data: { goal: e.goal.id, phrase: hit.phrase },
      });
    }
  },
});

function matchCase(verb: string, written: string): string {
  return /^\p{Lu}/u.test(written) ? verb[0].toUpperCase() + verb.slice(1) : verb;
}
