// GP314: a score worse than the goal's baseline by at least the instrument's reliable change
// (Jacobson-Truax "deteriorated", SPEC 1.3, DOMAIN.md) is a not-on-track signal that should
// prompt a review of the plan, as outcome-monitoring tools (OQ-Analyst, FIT) alert on it.
import { perObject } from '../../cache';
import { isHeld } from '../../model/sessions';
import { defineRule } from '../types';
import { changeGoals, changesIn, type MeasuredChange } from './measureChange';
import { fmSpan, fmt, planOf } from './sessionHelpers';

export const reliableDeterioration = defineRule({
  id: 'GP314',
  alias: 'reliable-deterioration',
  description: "an instrument score worse than the goal's baseline by at least the RC",
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    // SPEC 5.1: only held sessions are data (a no-show or a note dated after today has no score).
    const choice = s && isHeld(s, ctx.today) ? planOf(ctx) : undefined;
    if (!s || !choice) return;
    // Every goal of the plan that can have a measured change (the others are passed over once per
    // plan parse). The findings are kept per note, by that list (the same array while the plan's
    // measured goals are the same objects), the plan's front matter and the configuration.
    const goals = changeGoals(choice.plan, ctx.config);
    const plan = choice.plan.plan;
    const found = perObject(s, 'GP314:deteriorated', () => {
      const changeOf = changesIn(s, plan, ctx.config);
      const out: Array<{ id: string; change: MeasuredChange }> = [];
      for (const goal of goals) {
        const change = changeOf(goal);
        if (change && !(-change.improvement < change.rc)) out.push({ id: goal.id, change });
      }
      return out;
    }, [goals, plan, ctx.config]);
    for (const { id, change } of found) {
      ctx.report({
        span: fmSpan(ctx, change.score.path),
        message: `${change.def.name} ${fmt(change.score.score)} is worse than goal ${id}'s baseline ${fmt(change.baseline)} by ${fmt(-change.improvement)}, at least its reliable change of ${fmt(change.rc)}: reliable deterioration.`,
        data: { goal: id },
      });
    }
  },
});
