// GP110 too-many-goals: more than 5 goals active at once dilutes treatment (DOMAIN.md: 2-3
// objectives per goal; plans should stay focused). Reported on the id of each goal beyond the
// fifth goal active today, in document order, so the list shows which ones to defer. The
// limit is the option `max`.
import { goalActiveOn } from '../../model/goals';
import { defineRule } from '../types';
import { goalEntries, goalIdSpan, goalName, numberOption } from './goalHelpers';
import { isPlanOpen } from '../../model/plans';

export const GP110 = defineRule({
  id: 'GP110',
  alias: 'too-many-goals',
  description: 'More than 5 goals are active today.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  defaultOptions: { max: 5 },
  check(ctx) {
    // SPEC 5.1: a closed plan is no longer kept current.
    if (!isPlanOpen(ctx.doc.plan, ctx.today)) return;
    const max = numberOption(ctx, 'max', 5);
    const active = goalEntries(ctx.doc).filter((e) => goalActiveOn(e.goal, ctx.doc.plan, ctx.today));
    if (active.length <= max) return;
    for (const e of active.slice(Math.max(0, max))) {
      ctx.report({
        span: goalIdSpan(ctx.doc, e),
        message: `${goalName(e)}: ${active.length} goals are active today (more than ${max}); consider deferring some (a later start) or combining them.`,
        data: { goal: e.goal.id, active: active.length },
      });
    }
  },
});
