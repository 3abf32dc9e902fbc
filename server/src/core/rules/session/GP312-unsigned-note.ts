// GP312: an unsigned note is not a finished clinical record (DOMAIN.md red flags; Montana rule:
// clinician signature and date). No fix: signing is a human act and must not be automated.
import { defineRule } from '../types';
import { missingKeySpan } from './sessionHelpers';

export const unsignedNote = defineRule({
  id: 'GP312',
  alias: 'unsigned-note',
  description: 'no `signed`',
  defaultSeverity: 'info',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || (s.signed && typeof s.signed === 'object' && !Array.isArray(s.signed))) return;
    ctx.report({ span: missingKeySpan(ctx, 'signed'), message: 'This note is not signed: add `signed` with `by` and `date` once it is final.' });
  },
});
