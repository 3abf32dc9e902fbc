// GP315: PHQ-9 item 9 asks about thoughts of being better off dead or of self-harm; any answer
// above 0 calls for a documented safety/risk assessment (the `risk` note).
import { defineRule } from '../types';
import { fmSpan, fmt, recordedScores } from './sessionHelpers';

/** Item 9 of the PHQ-9, 0-based. */
const ITEM_9 = 8;

export const riskItem = defineRule({
  id: 'GP315',
  alias: 'risk-item',
  description: 'PHQ-9 item 9 answered above 0 and the session has no `risk` note',
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || (typeof s.risk === 'string' && s.risk.trim() !== '')) return;
    for (const r of recordedScores(s, ctx.config)) {
      if (r.def?.name !== 'PHQ-9' || !r.items) continue;
      const v = r.items[ITEM_9];
      if (typeof v !== 'number' || !(v > 0)) continue;
      ctx.report({
        span: fmSpan(ctx, ['measures', r.key, 'items', ITEM_9]),
        message: `PHQ-9 item 9 (thoughts of death or self-harm) was answered ${fmt(v)}, but this note has no \`risk\` assessment.`,
      });
    }
  },
});
