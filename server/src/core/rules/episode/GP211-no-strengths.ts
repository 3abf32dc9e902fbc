// GP211 no-strengths: a plan rests on an assessment of needs and strengths; strengths are what
// the goals build on (SPEC 5.2, 5.4; DOMAIN.md). Reported at `assessment.strengths` when it is
// written but empty, else at `assessment`, else at the front matter's `kind` line.
import { defineRule } from '../types';

export const GP211 = defineRule({
  id: 'GP211',
  alias: 'no-strengths',
  description: 'The plan has no `assessment.strengths` (or it is empty).',
  defaultSeverity: 'info',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const plan = ctx.doc.plan;
    if (!fm || !plan) return;
    const strengths = plan.assessment?.strengths;
    if (Array.isArray(strengths) && strengths.some((s) => typeof s === 'string' && s.trim() !== '')) return;
    const span = fm.has(['assessment', 'strengths'])
      ? fm.rangeOf(['assessment', 'strengths'], 'key')
      : fm.has(['assessment'])
        ? fm.rangeOf(['assessment'], 'key')
        : fm.rangeOf(['kind'], 'pair');
    ctx.report({ span, message: 'The plan lists no strengths; add `assessment.strengths` with what the client brings (abilities, supports, past successes).' });
  },
});
