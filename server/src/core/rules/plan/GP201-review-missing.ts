// GP201 review-missing: a plan without `review.next` has no scheduled review, the most common
// audit finding ("not reviewed on schedule", DOMAIN.md; reviews every 90 days by default, 42 CFR
// 456.180). The safe fix schedules it at review.last (or created) + review.every (or the
// configured maxInterval), adding only the `next:` line (and `review:` when missing).
import { defineRule } from '../types';
import type { Fix } from '../../types';
import { firstLineOf } from './goalHelpers';
import { proposedNext, reviewOf } from './review';
import { upsertKeys } from './yamlEdit';
import { isPlanOpen } from '../../model/plans';

export const GP201 = defineRule({
  id: 'GP201',
  alias: 'review-missing',
  description: 'Plan lacks review.next.',
  defaultSeverity: 'error',
  appliesTo: 'goal-plan',
  fixable: true,
  check(ctx) {
    // SPEC 5.1: a closed plan is no longer kept current.
    if (!isPlanOpen(ctx.doc.plan, ctx.today)) return;
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    const s = reviewOf(ctx.doc.plan);
    if (s.next) return;
    const span = fm.has(['review', 'next'])
      ? fm.rangeOf(['review', 'next'])
      : fm.has(['review'])
        ? fm.rangeOf(['review'], 'key')
        : firstLineOf(ctx.doc, fm);
    const next = proposedNext(s, ctx.config);
    let fixes: Fix[] | undefined;
    if (next && !fm.has(['review', 'next'])) {
      const edits = upsertKeys(ctx.doc, fm, ['review'], [['next', next]], 'last');
      if (edits && edits.length > 0) fixes = [{ title: `Schedule the next review for ${next}`, edits, safe: true }];
    }
    const why = fm.has(['review', 'next']) ? 'review.next is not a valid date' : 'the plan has no review.next';
    ctx.report({
      span,
      message: `No next review is scheduled: ${why}; add review.next${next ? ` (e.g. ${next})` : ''}.`,
      fixes,
      data: next ? { next } : undefined,
    });
  },
});
