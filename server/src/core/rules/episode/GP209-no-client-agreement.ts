// GP209 no-client-agreement: goal setting is collaborative, and the record shows the client (or a
// guardian) agreed to the plan (SPEC 5.2, 5.4; DOMAIN.md). More than `agreementGraceDays` (14)
// days after `created`, a plan needs an `agreement` dated on or after `created`. Reported at
// `agreement` when it is there (dated too early), else at `created`. No fix writes a consent:
// the editor may insert empty `by`, `date`, `method` keys for the clinician (SPEC 5.8).
import { agreementGrace, agreementMissing, latestAgreement } from '../../model/collaboration';
import { firstLineOf } from '../plan/goalHelpers';
import { defineRule } from '../types';
import { frontMatterSnippet } from './snippets';

export const GP209 = defineRule({
  id: 'GP209',
  alias: 'no-client-agreement',
  description: 'More than 14 days (`agreementGraceDays`) after `created`, the plan has no `agreement` dated on or after `created`.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const plan = ctx.doc.plan;
    // The model's reading: an open plan (SPEC 5.1), past the grace period, no current agreement.
    if (!fm || !plan || !agreementMissing(plan, ctx.today, ctx.config)) return;
    const grace = agreementGrace(ctx.config);
    const latest = latestAgreement(plan);
    const written = fm.has(['agreement']);
    const span = written ? fm.rangeOf(['agreement'], 'key') : fm.has(['created']) ? fm.rangeOf(['created'], 'pair') : firstLineOf(ctx.doc, fm);
    const message = latest
      ? `The client's latest agreement (${latest.date}) is dated before the plan was created (${plan.created}); record the client's agreement with this plan.`
      : `No client agreement is recorded ${grace} days after the plan was created (${plan.created}); add \`agreement\` with by, date and method once the client has agreed.`;
    ctx.report({
      span,
      message,
      fixes: () => {
        const fix = frontMatterSnippet(ctx.doc, fm, 'agreement', ['by', 'date', 'method'], 'Add the client\'s agreement (by, date, method) to fill in');
        return fix ? [fix] : [];
      },
    });
  },
});
