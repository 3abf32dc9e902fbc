// GP305: the declared note format (SOAP, DAP, BIRP, GIRP; DOMAIN.md) decides which sections a
// note needs; a missing or empty section is the first thing an auditor looks for. The fix
// appends the missing headings, but only where they would be headings: a body that ends inside
// an unclosed code fence or `<!--` would swallow them (and `--fix` would append them again on
// every pass), so there is no fix then. A signed note (or summary) gets no fix either: adding to
// a signed record is an amendment the clinician makes and re-signs (docs/format.md).
import { parseDocument } from '../../parse/document';
import type { Fix, Heading, NoteFormat, ParsedDocument } from '../../types';
import { defineRule, type RuleContext } from '../types';
import { fmSpan, isExempt } from './sessionHelpers';

export const SECTIONS: Record<NoteFormat, readonly string[]> = {
  SOAP: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  DAP: ['Data', 'Assessment', 'Plan'],
  BIRP: ['Behavior', 'Intervention', 'Response', 'Plan'],
  GIRP: ['Goal', 'Intervention', 'Response', 'Plan'],
};

/** SPEC 1.2: a level 2 or 3 heading whose text, case-insensitive, starts with the section name. */
function headingsOf(headings: readonly Heading[], section: string): Heading[] {
  const name = section.toLowerCase();
  return headings.filter((h) => (h.depth === 2 || h.depth === 3) && h.text.toLowerCase().startsWith(name));
}

export const missingSection = defineRule({
  id: 'GP305',
  alias: 'missing-section',
  description: 'a section of the declared format is missing or empty',
  defaultSeverity: 'warning',
  appliesTo: ['session-log', 'discharge-summary'],
  reads: [], // its own document only
  fixable: true,
  check(ctx) {
    if (ctx.doc.discharge) return checkSections(ctx, DISCHARGE_SECTIONS, 'discharge summary', ['kind']);
    const s = ctx.doc.session;
    const format = s?.format;
    if (!s || typeof format !== 'string' || !Object.hasOwn(SECTIONS, format) || isExempt('GP305', s)) return;
    checkSections(ctx, SECTIONS[format], `${format} note`, ['format']);
  },
});

/** SPEC 5.2: a discharge summary's body sections, checked like a session format. */
export const DISCHARGE_SECTIONS: readonly string[] = ['Summary', 'Progress', 'Recommendations'];

function checkSections(ctx: RuleContext, sections: readonly string[], what: string, at: string[]): void {
  const missing: string[] = [];
  let depth = 2;
  for (const section of sections) {
    const hs = headingsOf(ctx.doc.headings, section);
    if (hs.length === 0) {
      missing.push(section);
      continue;
    }
    depth = hs[0].depth;
    // The section has content when any heading for it has content (a repeated heading is not a gap).
    if (hs.every((h) => h.empty)) {
      ctx.report({ span: hs[0].span, message: `The ${section} section of this ${what} is empty.`, data: { section } });
    }
  }
  if (missing.length === 0) return;
  const signed = ctx.doc.frontMatter?.has(['signed']) === true;
  const doc = ctx.doc;
  ctx.report({
    span: fmSpan(ctx, at),
    message: `This ${what} lacks the ${list(missing)} section${missing.length > 1 ? 's' : ''}.`,
    fixes: signed ? undefined : () => appendFix(doc, missing, depth),
    data: { missing },
  });
}

/** The fix, when the appended lines really become the missing section headings. */
function appendFix(doc: ParsedDocument, missing: string[], depth: number): Fix[] {
  const edit = appendHeadings(doc.text, missing, depth);
  const after = parseDocument(doc.uri, doc.text + edit.newText);
  if (!missing.every((m) => headingsOf(after.headings, m).some((h) => h.span.start >= doc.text.length))) return [];
  return [{ title: `Add ${missing.map((m) => `"${m}"`).join(', ')} heading${missing.length > 1 ? 's' : ''} at the end`, edits: [edit], safe: true }];
}

function list(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** Appends empty section headings after the last byte, in the file's line-ending style; nothing else changes. */
function appendHeadings(text: string, sections: string[], depth: number) {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const hashes = '#'.repeat(depth);
  // A blank line before each heading; the text's own trailing newlines count towards it.
  const trailing = /(\r?\n)*$/.exec(text)![0].split(/\r?\n/).length - 1;
  const lead = eol.repeat(Math.max(0, 2 - trailing));
  const body = sections.map((s) => `${hashes} ${s}${eol}`).join(eol);
  return { span: { start: text.length, end: text.length }, newText: lead + body };
}
