import { recordedScores } from '../../model/scores';
import { defineRule, type RuleContext } from '../types';

/** Schema violations found while parsing (wrong type, unknown enum value, invalid date, missing key). */
export const schema = defineRule({
  id: 'GP002',
  alias: 'schema',
  description: 'Schema violation: wrong type, unknown enum value, invalid date, missing required key',
  defaultSeverity: 'error',
  appliesTo: 'any',
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    for (const i of ctx.doc.frontMatterIssues) ctx.report({ span: i.span, message: i.message });
    for (const b of ctx.doc.goalBlocks) {
      const id = b.goal?.id;
      for (const i of b.schemaIssues) ctx.report({ span: i.span, message: id ? `${id}: ${i.message}` : i.message });
    }
    if (ctx.doc.kind === 'session-log') measuresIssues(ctx);
  },
});

/**
 * SPEC 5.3 and 5.8, which a JSON Schema cannot say because they depend on the instruments table:
 * an item list must have exactly the instrument's item count (else its items are not used), and
 * two `measures` keys naming one instrument (`PHQ-9`, `phq-9`) keep only the first.
 */
function measuresIssues(ctx: RuleContext): void {
  const s = ctx.doc.session;
  const fm = ctx.doc.frontMatter;
  if (!s || !fm) return;
  for (const r of recordedScores(s, ctx.config)) {
    if (!r.def) continue;
    if (r.duplicate) {
      ctx.report({ span: fm.rangeOf(['measures', r.key], 'key'), message: `measures names ${r.def.name} twice; only the first entry is used.` });
      continue;
    }
    const count = r.def.items?.count;
    if (r.rawItems && count !== undefined && r.rawItems.length !== count) {
      ctx.report({
        span: fm.rangeOf(['measures', r.key, 'items'], 'key'),
        message: `${r.def.name} has ${count} items; ${r.rawItems.length} answer${r.rawItems.length === 1 ? ' is' : 's are'} given, so the answers are not used.`,
      });
    }
  }
}
