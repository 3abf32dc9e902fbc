import { defineRule } from '../types';

/** Schema violations found while parsing (wrong type, unknown enum value, invalid date, missing key). */
export const schema = defineRule({
  id: 'GP002',
  alias: 'schema',
  description: 'Schema violation: wrong type, unknown enum value, invalid date, missing required key',
  defaultSeverity: 'error',
  appliesTo: 'any',
  fixable: false,
  check(ctx) {
    for (const i of ctx.doc.frontMatterIssues) ctx.report({ span: i.span, message: i.message });
    for (const b of ctx.doc.goalBlocks) {
      const id = b.goal?.id;
      for (const i of b.schemaIssues) ctx.report({ span: i.span, message: id ? `${id}: ${i.message}` : i.message });
    }
  },
});
