// GP204 review-interval: the scheduled gap review.last (or created) -> review.next exceeds
// review.every, or review.every exceeds the configured review.maxInterval (default 90d: 42 CFR
// 456.180(c), Montana; DOMAIN.md "Review intervals"). Durations compare as days with a month =
// 30 and a year = 365 (SPEC 1.4). The fix for a late review.next recomputes it; it is not safe
// because moving a scheduled review is the clinician's call.
import { daysBetween, durationDays, parseDuration } from '../../dates';
import { defineRule } from '../types';
import type { Fix } from '../../types';
import { days } from './goalHelpers';
import { everyText, proposedNext, reviewOf } from './review';
import { replaceScalar } from './yamlEdit';
import { isPlanOpen } from '../../model/plans';

export const GP204 = defineRule({
  id: 'GP204',
  alias: 'review-interval',
  description: 'review.next - review.last exceeds review.every, or review.every exceeds review.maxInterval.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    // SPEC 5.1: a closed plan is no longer kept current.
    if (!isPlanOpen(ctx.doc.plan, ctx.today)) return;
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    const s = reviewOf(ctx.doc.plan);
    if (s.every && s.next && s.lastOrCreated) {
      const gap = daysBetween(s.lastOrCreated, s.next);
      const allowed = durationDays(s.every);
      if (gap > allowed) {
        const next = proposedNext(s, ctx.config);
        const edit = next ? replaceScalar(ctx.doc, fm, ['review', 'next'], next) : undefined;
        const fixes: Fix[] | undefined = edit ? [{ title: `Set review.next to ${next}`, edits: [edit], safe: false }] : undefined;
        const from = s.last ? `review.last ${s.last}` : `created ${s.lastOrCreated}`;
        ctx.report({
          span: fm.rangeOf(['review', 'next']),
          message: `review.next ${s.next} is ${days(gap)} after ${from}, more than review.every (${everyText(ctx.doc.plan)} = ${days(allowed)}).`,
          fixes,
          data: { gap, allowed },
        });
      }
    }
    const max = parseDuration(ctx.config.review?.maxInterval);
    if (s.every && max && durationDays(s.every) > durationDays(max)) {
      ctx.report({
        span: fm.rangeOf(['review', 'every']),
        message: `review.every ${everyText(ctx.doc.plan)} is longer than the maximum review interval ${ctx.config.review.maxInterval}.`,
        data: { every: durationDays(s.every), max: durationDays(max) },
      });
    }
  },
});
