import { defineRule } from '../types';

/**
 * A goal file over the size limit is not parsed at all; one diagnostic on line 1 says why. A
 * file over the Markdown parse budget (nesting, emphasis markers) gets one at the line where it
 * went over.
 */
export const fileTooLarge = defineRule({
  id: 'GP004',
  alias: 'file-too-large',
  description: 'File larger than the configured limit (default 5 MB) or too complex to parse: not checked',
  defaultSeverity: 'warning',
  appliesTo: 'any',
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const c = ctx.doc.tooComplex;
    if (c) ctx.report({ span: c.span, message: `file is too complex to check: ${c.reason}` });
    const t = ctx.doc.tooLarge;
    if (!t) return;
    const nl = ctx.doc.text.indexOf('\n');
    const end = Math.min(nl === -1 ? ctx.doc.text.length : nl, 200);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    ctx.report({
      span: { start: 0, end: Math.max(end, Math.min(3, ctx.doc.text.length)) },
      message: `file is ${mb(t.size)}, over the ${mb(t.limit)} limit (maxFileSize): it was not checked`,
    });
  },
});
