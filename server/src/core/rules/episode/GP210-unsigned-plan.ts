// GP210 unsigned-plan: a plan is a clinical record the responsible clinician signs (SPEC 5.4;
// DOMAIN.md). No fix signs it: the editor may insert empty `by` and `date` keys for the clinician
// to fill in (SPEC 5.8). Reported at the `clinician` key (whose signature is missing), else at the
// front matter's first line.
import { firstLineOf } from '../plan/goalHelpers';
import { defineRule } from '../types';
import { frontMatterSnippet } from './snippets';

export const GP210 = defineRule({
  id: 'GP210',
  alias: 'unsigned-plan',
  description: 'The plan has no `signed`.',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const plan = ctx.doc.plan;
    if (!fm || !plan) return;
    if (plan.signed && typeof plan.signed === 'object') return;
    // A `signed` key whose value failed its schema check is GP002's to report.
    if (fm.has(['signed'])) return;
    const span = fm.has(['clinician']) ? fm.rangeOf(['clinician'], 'pair') : firstLineOf(ctx.doc, fm);
    ctx.report({
      span,
      message: 'The plan is not signed; add `signed` with by and date when the clinician signs it.',
      fixes: () => {
        const fix = frontMatterSnippet(ctx.doc, fm, 'signed', ['by', 'date'], 'Add the signature (by, date) to fill in');
        return fix ? [fix] : [];
      },
    });
  },
});
