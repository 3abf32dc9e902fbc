// GP313: notes are expected to be signed soon after the service; a late signature weakens the
// record (DOMAIN.md: late entries). The grace period is `signatureGraceDays` (default 3).
import { daysBetween, isIsoDate } from '../../dates';
import { defineRule } from '../types';
import { fmSpan, sessionDate } from './sessionHelpers';

export const lateSignature = defineRule({
  id: 'GP313',
  alias: 'late-signature',
  description: 'signed.date more than 3 days after the session date (configurable)',
  defaultSeverity: 'info',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    const date = s && sessionDate(s);
    const signed = s?.signed?.date;
    if (!date || !isIsoDate(signed)) return;
    const grace = typeof ctx.config.signatureGraceDays === 'number' && ctx.config.signatureGraceDays >= 0 ? ctx.config.signatureGraceDays : 3;
    const late = daysBetween(date, signed);
    if (late <= grace) return; // "more than N days" is strict (SPEC 1.4)
    ctx.report({
      span: fmSpan(ctx, ['signed', 'date']),
      message: `Signed ${late} days after the session (${date}); notes should be signed within ${grace} day${grace === 1 ? '' : 's'}.`,
      data: { days: late },
    });
  },
});
