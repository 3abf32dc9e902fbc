// GP318 risk-follow-up (SPEC 5.4, 5.3, 5.7): the client's previous held session had a positive
// risk screen (PHQ-9 item 9 above 0, or a C-SSRS "yes"), and this held session records no
// follow-up: no `risk` note, no PHQ-9 item answers and no C-SSRS screen. Risk must never be lost
// between sessions (issue 11). `collateral` and `group` sessions neither need nor give a
// follow-up, so they are skipped on both sides. Sessions on one date are ordered by `start`,
// then path (model/sessions.ts compareSessions, the order of sessionsOf). Reported at `date`.
import { givesRiskFollowUp, hasPositiveRiskScreen, recordsRiskFollowUp } from '../../model/risk';
import { isHeld, sessionDate } from '../../model/sessions';
import { defineRule } from '../types';
import { fmSpan } from './sessionHelpers';

export const riskFollowUp = defineRule({
  id: 'GP318',
  alias: 'risk-follow-up',
  description: 'The previous held session had a positive risk screen and this held session records no risk note, PHQ-9 items or C-SSRS screen.',
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || typeof s.client !== 'string' || !isHeld(s, ctx.today) || !givesRiskFollowUp(s)) return;
    if (recordsRiskFollowUp(s, ctx.config)) return;
    let previous: typeof s | undefined;
    for (const d of ctx.workspace.sessionsOf(s.client)) {
      if (d.uri === ctx.doc.uri) break;
      if (d.session && isHeld(d.session, ctx.today) && givesRiskFollowUp(d.session)) previous = d.session;
    }
    if (!previous || !hasPositiveRiskScreen(previous, ctx.config)) return;
    ctx.report({
      span: fmSpan(ctx, ['date']),
      message: `The previous session (${sessionDate(previous)}) had a positive risk screen, and this session records no follow-up: add a \`risk\` note, PHQ-9 item answers or a C-SSRS screen.`,
      data: { previous: sessionDate(previous) },
    });
  },
});
