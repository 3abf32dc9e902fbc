// GP306: a note dated after today documents a service that has not happened yet (a typo in the
// date, or a note written in advance, which is not an accurate record).
import { defineRule } from '../types';
import { dateLabel, datedFrontMatter, fmSpan, sessionDate } from './sessionHelpers';

export const futureSession = defineRule({
  id: 'GP306',
  alias: 'future-session',
  description: 'session date after today',
  defaultSeverity: 'error',
  appliesTo: ['session-log', 'discharge-summary'],
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const s = datedFrontMatter(ctx.doc);
    const date = s && sessionDate(s);
    if (!date || date <= ctx.today) return;
    ctx.report({ span: fmSpan(ctx, ['date']), message: `${dateLabel(ctx.doc)} ${date} is after today (${ctx.today}).` });
  },
});
