// GP317 decision-not-applied (SPEC 5.4, 5.7): a held review decided a goal's fate, and the plan
// does not show it (issue 11: "A review decides a goal is met, the plan still says `status:
// active`, and nothing says so"). Only the latest decision for the goal among the plan's held
// review sessions counts (a later review may have changed its mind). `met` needs status met,
// `discontinued` status discontinued, `revise` status revised or a `revisions` entry dated on or
// after the review. Reported at the decision value.
import { goalStatus } from '../../model/goals';
import { heldReviewSessions } from '../../model/reviews';
import { goalEntriesOf, goalsById } from '../../model/scores';
import { isHeldReview, sessionDate } from '../../model/sessions';
import type { Goal, IsoDate, SessionFrontMatter } from '../../types';
import { defineRule } from '../types';
import { fmSpan, planOf } from './sessionHelpers';

const NEEDS: Record<string, string> = { met: 'status met', discontinued: 'status discontinued', revise: 'status revised or a `revisions` entry dated on or after the review' };

export const decisionNotApplied = defineRule({
  id: 'GP317',
  alias: 'decision-not-applied',
  description: "A held review's latest decision for a goal (met, discontinued, revise) is not shown in the plan.",
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || !isHeldReview(s, ctx.today)) return;
    const date = sessionDate(s)!;
    const plan = planOf(ctx)?.plan;
    if (!plan) return;
    const goals = goalsById(plan);
    const reviews = heldReviewSessions(ctx.workspace, plan, ctx.today);
    for (const [id, entry] of goalEntriesOf(s)) {
      const decision = entry.decision;
      if (decision !== 'met' && decision !== 'discontinued' && decision !== 'revise') continue;
      const goal = goals.get(id);
      if (!goal) continue; // GP301
      // The latest held review of the plan that decides anything for this goal must be this one.
      let latest: string | undefined;
      for (const r of reviews) if (decisionOf(r.session!, id) !== undefined) latest = r.uri;
      if (latest !== undefined && latest !== ctx.doc.uri) continue;
      if (shows(goal, decision, date)) continue;
      ctx.report({
        span: fmSpan(ctx, ['goals', id, 'decision']),
        message: `The review of ${date} decided ${id}: ${decision}, but the plan does not show it (${id} is ${goalStatus(goal)}); the plan needs ${NEEDS[decision]}.`,
        data: { goal: id, decision },
      });
    }
  },
});

function decisionOf(s: SessionFrontMatter, id: string): string | undefined {
  for (const [gid, e] of goalEntriesOf(s)) if (gid === id && typeof e.decision === 'string') return e.decision;
  return undefined;
}

function shows(goal: Goal, decision: 'met' | 'discontinued' | 'revise', date: IsoDate): boolean {
  const status = goalStatus(goal);
  if (decision === 'met') return status === 'met';
  if (decision === 'discontinued') return status === 'discontinued';
  if (status === 'revised') return true;
  return Array.isArray(goal.revisions) && goal.revisions.some((r) => typeof r?.date === 'string' && r.date >= date);
}
