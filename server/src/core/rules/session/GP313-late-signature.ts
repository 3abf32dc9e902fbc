// GP313: notes are expected to be signed soon after the service; a late signature weakens the
// record (DOMAIN.md: late entries). The grace period is `signatureGraceDays` (default 3).
import { daysBetween, isIsoDate } from '../../dates';
import { defineRule } from '../types';
import { datedFrontMatter, fmSpan, sessionDate } from './sessionHelpers';

export const lateSignature = defineRule({
  id: 'GP313',
  alias: 'late-signature',
  description: 'signed.date more than 3 days after the session date (configurable; a discharge summary: `dischargeGraceDays`, 15)',
  defaultSeverity: 'info',
  appliesTo: ['session-log', 'discharge-summary'],
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const s = datedFrontMatter(ctx.doc);
    const date = s && sessionDate(s);
    const signed = s?.signed?.date;
    if (!date || !isIsoDate(signed)) return;
    // SPEC 5.4: a discharge summary's grace is `dischargeGraceDays` (default 15).
    const discharge = ctx.doc.kind === 'discharge-summary';
    const setting = discharge ? ctx.config.dischargeGraceDays : ctx.config.signatureGraceDays;
    const grace = typeof setting === 'number' && setting >= 0 ? setting : discharge ? 15 : 3;
    const late = daysBetween(date, signed);
    if (late <= grace) return; // "more than N days" is strict (SPEC 1.4)
    ctx.report({
      span: fmSpan(ctx, ['signed', 'date']),
      message: discharge
        ? `Signed ${late} days after the discharge (${date}); discharge summaries should be signed within ${grace} day${grace === 1 ? '' : 's'}.`
        : `Signed ${late} days after the session (${date}); notes should be signed within ${grace} day${grace === 1 ? '' : 's'}.`,
      data: { days: late },
    });
  },
});
