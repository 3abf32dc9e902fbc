// GP316 alliance-low: a Session Rating Scale (SRS) below its cutoff of 36, or lower than the
// client's previous SRS, and the note records no `feedback` (SPEC 5.4). Alliance ruptures are
// rarely voiced unasked; PCOMS asks the clinician to discuss a low or falling SRS in the same
// session (Duncan, Miller et al. 2003; Miller et al. 2005). The reading is model/alliance.ts,
// shared with the caseload's "low alliance".
import { allianceConcernOf } from '../../model/alliance';
import { formatNumber } from '../../model/instruments';
import { isHeld } from '../../model/sessions';
import { defineRule } from '../types';
import { fmSpan } from './sessionHelpers';

export const allianceLow = defineRule({
  id: 'GP316',
  alias: 'alliance-low',
  description: 'an SRS below its cutoff (36), or lower than the previous SRS, and no `feedback` recorded',
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || !isHeld(s, ctx.today)) return;
    if (typeof s.feedback === 'string' && s.feedback.trim() !== '') return;
    const c = allianceConcernOf(ctx.workspace, ctx.doc, ctx.config, ctx.today);
    if (!c) return;
    const n = formatNumber;
    const why = [
      c.belowCutoff && c.cutoff !== undefined ? `below the cutoff of ${n(c.cutoff)}` : undefined,
      c.droppedFrom ? `lower than the ${n(c.droppedFrom.score)} of ${c.droppedFrom.date}` : undefined,
    ].filter(Boolean).join(' and ');
    ctx.report({
      span: fmSpan(ctx, c.score.path),
      message: `SRS ${n(c.score.score)} is ${why}: talk with the client about the sessions and record it in \`feedback\`.`,
      data: { score: c.score.score },
    });
  },
});
