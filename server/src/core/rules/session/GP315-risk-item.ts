// GP315 risk-item (v2: error): a positive risk screen (SPEC 5.3: PHQ-9 item 9 answered above 0,
// or a C-SSRS screen item answered 1, or a C-SSRS total above 0 without items) calls for a
// documented safety/risk assessment, the `risk` note. Runs on every session with a positive
// screen, held or not (SPEC 5.7); the screen is read by the core (model/risk.ts), the same reading
// as the panel's risk marks, the report and the caseload's open-risk column.
import { riskFindings, type RiskFinding } from '../../model/risk';
import { defineRule } from '../types';
import { fmSpan, fmt } from './sessionHelpers';

export const riskItem = defineRule({
  id: 'GP315',
  alias: 'risk-item',
  description: 'a positive risk screen (PHQ-9 item 9 above 0, or a C-SSRS screen item answered 1) and the session has no `risk` note',
  defaultSeverity: 'error',
  appliesTo: 'session-log',
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || (typeof s.risk === 'string' && s.risk.trim() !== '')) return;
    for (const f of riskFindings(s, ctx.config)) {
      ctx.report({ span: fmSpan(ctx, f.path), message: messageOf(f) });
    }
  },
});

function messageOf(f: RiskFinding): string {
  const what = f.instrument === 'PHQ-9'
    ? `PHQ-9 item 9 (thoughts of death or self-harm) was answered ${fmt(f.value)}`
    : f.item !== undefined
      ? `C-SSRS screen item ${f.item} was answered ${fmt(f.value)} (yes)`
      : `the C-SSRS screen total is ${fmt(f.value)}`;
  return `Positive risk screen: ${what}, but this note has no \`risk\` assessment. Document the safety assessment under \`risk\`.`;
}
