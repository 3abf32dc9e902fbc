import { defineRule } from '../types';

const KINDS = ['goal-plan', 'session-log', 'discharge-summary'] as const;

/** A near-miss `kind` would silently drop the file from every check: say so, and offer the fix. */
export const unknownKind = defineRule({
  id: 'GP005',
  alias: 'unknown-kind',
  description: '`kind` is a near miss of goal-plan / session-log / discharge-summary',
  defaultSeverity: 'warning',
  appliesTo: 'any',
  reads: [], // its own document only
  fixable: true,
  check(ctx) {
    const nm = ctx.doc.nearMissKind;
    if (!nm) return;
    const v = nm.value.toLowerCase();
    const guess = v.includes('discharge') || v.includes('summar')
      ? 'discharge-summary'
      : v.includes('session') || v.includes('log') || v.includes('note') ? 'session-log' : 'goal-plan';
    // A discharge summary is offered only when the value says so (it needs keys a plan or note lacks).
    const ordered = [guess, ...KINDS.filter((k) => k !== guess && k !== 'discharge-summary')];
    ctx.report({
      span: nm.span,
      message: `kind \`${nm.value}\` is not a GoalPlan kind, so this file is not checked; did you mean \`${guess}\`?`,
      fixes: ordered.map((k, i) => ({ title: `Change kind to ${k}`, edits: [{ span: nm.span, newText: k }], safe: i === 0 && v.replace(/[^a-z]/g, '') === k.replace(/-/g, '') })),
    });
  },
});
