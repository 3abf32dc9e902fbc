// GP307: a session of a client with no goal plan at all cannot be tied to any goal. Intake comes
// before the plan and is exempt (SPEC 1.2).
import { defineRule } from '../types';
import { datedFrontMatter, fmSpan, isExempt } from './sessionHelpers';

export const noPlan = defineRule({
  id: 'GP307',
  alias: 'no-plan',
  description: 'the client has no goal plan',
  defaultSeverity: 'error',
  appliesTo: ['session-log', 'discharge-summary'],
  fixable: false,
  check(ctx) {
    const s = datedFrontMatter(ctx.doc);
    const client = s?.client;
    if (!s || typeof client !== 'string' || client.trim() === '' || isExempt('GP307', s)) return;
    if (ctx.workspace.plansOf(client).length > 0) return;
    ctx.report({ span: fmSpan(ctx, ['client']), message: `Client ${client} has no goal plan (no file with kind: goal-plan and this client).`, data: { client } });
  },
});
