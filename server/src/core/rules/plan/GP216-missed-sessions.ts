// GP216 missed-sessions: the client's last sessions were all missed (no-show or cancelled).
// Missed appointments are the usual first sign of dropout (Swift & Greenberg 2012), and a single
// missed session matters while risk is open. The run is a model fact (model/attendance.ts),
// shared with the caseload.
import { missedRun } from '../../model/attendance';
import { defineRule } from '../types';

export const GP216 = defineRule({
  id: 'GP216',
  alias: 'missed-sessions',
  description: "the client's last 2 sessions (1 while risk is open) were all no-show or cancelled",
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm || !ctx.doc.plan) return;
    const run = missedRun(ctx.workspace, ctx.doc, ctx.config, ctx.today);
    if (!run) return;
    const dates = run.sessions.map((d) => d.session!.date).join(', ');
    const message = run.openRisk
      ? `The client missed the last session (${dates}) while a positive risk screen is not yet followed up: contact the client.`
      : `The client missed the last ${run.count} sessions (${dates}): no-show or cancelled. Contact the client and talk about attendance.`;
    ctx.report({ span: fm.rangeOf(['client'], 'key'), message, data: { dates: run.sessions.map((d) => d.session!.date) } });
  },
});
