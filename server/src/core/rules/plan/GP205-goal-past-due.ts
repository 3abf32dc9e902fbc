// GP205 goal-past-due: a goal still `active` (explicitly or by default) after its due date has
// silently lapsed; the plan should record the outcome or a new date (DOMAIN.md: "anticipated and
// actual completion dates, date of each revision"). Fixes, none safe (each is a clinical
// decision): mark met / revised / discontinued (status + `closed: today`), or extend `due` to
// today + the goal's original start -> due length (30 days when that is unknown).
import { addDays, daysBetween, isIsoDate } from '../../dates';
import { goalStart, goalStatus } from '../../model/goals';
import { defineRule } from '../types';
import type { Fix, TextEdit } from '../../types';
import { days, goalName, type GoalEntry } from './goalHelpers';
import { prepareUpsert, replaceScalar } from './yamlEdit';
import type { RuleContext } from '../types';
import { isPlanOpen } from '../../model/plans';

const DEFAULT_EXTENSION_DAYS = 30;
const STATUS_KEYS = ['status', 'closed'] as const;
const CLOSING_STATUSES = ['met', 'revised', 'discontinued'] as const;

export const GP205 = defineRule({
  id: 'GP205',
  alias: 'goal-past-due',
  description: 'Goal with status active is past its due date.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  // Goal-local: the goal, the plan's dates and today.
  checkGoal(ctx, e) {
    // SPEC 5.1: a closed plan is no longer kept current.
    if (!isPlanOpen(ctx.doc.plan, ctx.today)) return;
    if (goalStatus(e.goal) !== 'active') return;
    const due = isIsoDate(e.goal.due) ? e.goal.due : undefined;
    if (!due || !(due < ctx.today)) return;
    ctx.report({
      span: e.block.region.rangeOf(['due']),
      message: `${goalName(e)}: due ${due} passed ${days(daysBetween(due, ctx.today))} ago and the goal is still active; record the outcome (met, revised, discontinued) or set a new due date.`,
      fixes: () => fixesFor(ctx, e, due),
      data: { goal: e.goal.id, due },
    });
  },
});

// Built when someone reads the diagnostic's fixes (lazily: a 200-goal plan can have hundreds
// of past-due goals on every keystroke); the YAML lookups are done once per goal: the three
// "mark ..." fixes share one prepared upsert and differ only in the status value.
function fixesFor(ctx: RuleContext, e: GoalEntry, due: string): Fix[] {
  const fixes: Fix[] = [];
  const region = e.block.region;
  const name = goalName(e);
  // Extending the due date comes first: the quick-fix menu preselects its first entry, and one
  // Enter must never record a clinical outcome (met / revised / discontinued) by accident.
  const start = goalStart(e.goal, ctx.doc.plan);
  const length = start ? daysBetween(start, due) : 0;
  const newDue = addDays(ctx.today, length > 0 ? length : DEFAULT_EXTENSION_DAYS);
  const edit: TextEdit | undefined = newDue ? replaceScalar(ctx.doc, region, ['due'], newDue) : undefined;
  if (edit) fixes.push({ title: `Extend ${name} to ${newDue}`, edits: [edit], safe: false });
  const upsert = prepareUpsert(ctx.doc, region, [], STATUS_KEYS, region.has(['status']) ? 'status' : 'due');
  if (upsert) {
    for (const status of CLOSING_STATUSES) {
      const edits = upsert([status, ctx.today]);
      if (edits && edits.length > 0) fixes.push({ title: `Mark ${name} ${status} (closed ${ctx.today})`, edits, safe: false, outcome: true });
    }
  }
  return fixes;
}
