// GP303: every note should reference at least one plan goal (the "golden thread", DOMAIN.md).
// Intake comes before the plan; no-show and cancelled sessions address nothing (SPEC 1.2).
import { defineRule } from '../types';
import { goalEntries, isExempt, missingKeySpan } from './sessionHelpers';

export const noGoalAddressed = defineRule({
  id: 'GP303',
  alias: 'no-goal-addressed',
  description: '`goals` is missing or empty',
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || isExempt('GP303', s)) return;
    if (goalEntries(s).length > 0) return;
    const written = ctx.doc.frontMatter?.has(['goals']) ?? false;
    ctx.report({
      span: missingKeySpan(ctx, 'goals'),
      message: written ? 'This note addresses no plan goal: `goals` lists none.' : 'This note addresses no plan goal: add `goals` with the goal ids worked on.',
    });
  },
});
