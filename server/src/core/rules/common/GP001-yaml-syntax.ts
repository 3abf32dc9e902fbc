import { defineRule } from '../types';

/** Syntax errors of the front matter or of any goal block, each at the YAML error. */
export const yamlSyntax = defineRule({
  id: 'GP001',
  alias: 'yaml-syntax',
  description: 'Front matter or a goal block is not valid YAML',
  defaultSeverity: 'error',
  appliesTo: 'any',
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const where = (kind: string) => (kind === 'frontmatter' ? 'front matter' : 'goal block');
    for (const r of [ctx.doc.frontMatter, ...ctx.doc.goalBlocks.map((b) => b.region)]) {
      if (!r) continue;
      for (const e of r.syntaxErrors) ctx.report({ span: e.span, message: `${where(r.kind)}: ${e.message}` });
    }
  },
});
