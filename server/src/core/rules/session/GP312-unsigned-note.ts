// GP312: an unsigned note is not a finished clinical record (DOMAIN.md red flags; Montana rule:
// clinician signature and date). No fix: signing is a human act and must not be automated.
import type { Span } from '../../types';
import { defineRule, type RuleContext } from '../types';
import { datedFrontMatter } from './sessionHelpers';

export const unsignedNote = defineRule({
  id: 'GP312',
  alias: 'unsigned-note',
  description: 'no `signed`',
  defaultSeverity: 'info',
  appliesTo: ['session-log', 'discharge-summary'],
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const s = datedFrontMatter(ctx.doc);
    if (!s || (s.signed && typeof s.signed === 'object' && !Array.isArray(s.signed))) return;
    ctx.report({ span: signatureSpan(ctx), message: `This ${ctx.doc.kind === 'discharge-summary' ? 'discharge summary' : 'note'} is not signed: add \`signed\` with \`by\` and \`date\` once it is final.` });
  },
});

/**
 * Where a signature goes: the closing `---` of the front matter, where `signed` would be added
 * (not `kind`, which says nothing about signing); `signed` itself when it is there but not a map.
 */
function signatureSpan(ctx: RuleContext): Span {
  const fm = ctx.doc.frontMatter!;
  if (fm.has(['signed'])) return fm.rangeOf(['signed'], 'key');
  const { outerSpan } = fm;
  const fence = ctx.doc.text.lastIndexOf('---', outerSpan.end - 3);
  return fence >= fm.contentSpan.end - 1 && fence >= outerSpan.start ? { start: fence, end: fence + 3 } : fm.rangeOf(['date'], 'key');
}
