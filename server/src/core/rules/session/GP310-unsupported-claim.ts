// GP310: marking a goal met while its measure has not changed by at least the instrument's
// reliable change (Jacobson-Truax; SPEC 1.3, DOMAIN.md) claims an outcome the data do not show.
import { defineRule } from '../types';
import { measuredChange } from './measureChange';
import { isHeld } from '../../model/sessions';
import { fmSpan, fmt, goalEntries, planGoals, planOf, sessionDate } from './sessionHelpers';

export const unsupportedClaim = defineRule({
  id: 'GP310',
  alias: 'unsupported-claim',
  description: 'a goal marked met while its measure change from baseline is smaller than the RC',
  defaultSeverity: 'info',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    // SPEC 5.1: GP310 reads held sessions only (a "met" in a no-show or future note is no claim yet).
    const choice = s && isHeld(s, ctx.today) ? planOf(ctx) : undefined;
    if (!s || !choice) return;
    const plan = choice.plan.plan;
    const goals = planGoals(choice.plan);
    const date = sessionDate(s);
    for (const [id, entry] of goalEntries(s)) {
      if (entry.decision !== 'met') continue;
      const goal = goals.get(id);
      if (!goal) continue;
      // The latest score: this session's, else the client's most recent earlier session that records one.
      let change = measuredChange(goal, s, plan, ctx.config);
      let when = '';
      if (!change && date && typeof s.client === 'string') {
        const earlier = ctx.workspace.sessionsOf(s.client).filter((d) => d.uri !== ctx.doc.uri && isHeld(d.session, ctx.today) && d.session!.date! <= date);
        for (let i = earlier.length - 1; i >= 0 && !change; i--) {
          change = measuredChange(goal, earlier[i].session!, plan, ctx.config);
          if (change) when = ` on ${earlier[i].session!.date}`;
        }
      }
      if (!change || change.improvement >= change.rc) continue;
      ctx.report({
        span: fmSpan(ctx, ['goals', id, 'decision']),
        message: `Goal ${id} is marked met, but ${change.def.name} changed by ${fmt(change.improvement)} from baseline ${fmt(change.baseline)} to ${fmt(change.score.score)}${when}, less than its reliable change of ${fmt(change.rc)}.`,
        data: { goal: id },
      });
    }
  },
});
