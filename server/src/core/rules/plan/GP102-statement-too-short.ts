// GP102 statement-too-short: fewer than 6 words cannot say who will do what, how much and by
// when (DOMAIN.md SMART template "Client will [behaviour] as evidenced by [criterion] within
// [timeframe]"). A word is a run of non-space characters holding a letter or digit.
import { statementWords } from '../../cache';
import { defineRule } from '../types';
import { goalName, numberOption } from './goalHelpers';

export const GP102 = defineRule({
  id: 'GP102',
  alias: 'statement-too-short',
  description: 'Goal statement has fewer than 6 words.',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  defaultOptions: { minWords: 6 },
  checkGoal(ctx, e) {
    const min = numberOption(ctx, 'minWords', 6);
    const s = e.goal.statement;
    if (typeof s !== 'string') return;
    const words = countWords(s);
    if (words >= min || !e.block.region.has(['statement'])) return;
    ctx.report({
      span: e.block.region.rangeOf(['statement']),
      message: `${goalName(e)}: the statement has ${words} word${words === 1 ? '' : 's'} (fewer than ${min}); say who will do what, how much, and by when.`,
      data: { goal: e.goal.id, words },
    });
  },
});

export function countWords(s: string): number {
  // Statements rarely change between two keystrokes of a 200-goal plan: counts are kept (core/cache.ts).
  return statementWords.of(s, () => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
}
