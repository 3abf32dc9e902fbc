// GP308: psychotherapy CPT codes are time-based (DOMAIN.md: 90832 = 16-37 min, 90834 = 38-52,
// 90837 >= 53); a code that does not match the documented time is a billing red flag.
import type { Span } from '../../types';
import { defineRule } from '../types';
import { fmSpan, isExempt } from './sessionHelpers';

/** Inclusive minute bands of the time-based psychotherapy codes (CMS / AMA CPT time rules). */
export const CPT_BANDS: ReadonlyArray<{ code: string; min: number; max: number }> = [
  { code: '90832', min: 16, max: 37 },
  { code: '90834', min: 38, max: 52 },
  { code: '90837', min: 53, max: Number.POSITIVE_INFINITY },
];

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function minutesOf(t: unknown): number | undefined {
  const m = typeof t === 'string' ? HHMM.exec(t.trim()) : null;
  return m ? +m[1] * 60 + +m[2] : undefined;
}

/** The session's minutes: `duration`, else end − start (a session past midnight wraps). */
export function sessionMinutes(s: { duration?: unknown; start?: unknown; end?: unknown }): { minutes: number; from: 'duration' | 'times' } | undefined {
  if (typeof s.duration === 'number' && Number.isFinite(s.duration) && s.duration >= 0) return { minutes: s.duration, from: 'duration' };
  const a = minutesOf(s.start), b = minutesOf(s.end);
  if (a === undefined || b === undefined) return undefined;
  return { minutes: b >= a ? b - a : b + 1440 - a, from: 'times' };
}

export const cptDuration = defineRule({
  id: 'GP308',
  alias: 'cpt-duration',
  description: 'CPT 90832 needs 16-37 min, 90834 38-52, 90837 >= 53',
  defaultSeverity: 'warning',
  appliesTo: 'session-log',
  reads: [], // its own document only
  fixable: false,
  check(ctx) {
    const s = ctx.doc.session;
    if (!s || typeof s.cpt !== 'string' || isExempt('GP308', s)) return;
    const code = s.cpt.trim();
    const band = CPT_BANDS.find((b) => b.code === code);
    const time = sessionMinutes(s);
    if (!band || !time || (time.minutes >= band.min && time.minutes <= band.max)) return;
    const need = band.max === Number.POSITIVE_INFINITY ? `${band.min} minutes or more` : `${band.min}-${band.max} minutes`;
    const span = fmSpan(ctx, ['cpt']);
    const better = CPT_BANDS.find((b) => time.minutes >= b.min && time.minutes <= b.max);
    ctx.report({
      span,
      message: `CPT ${code} needs ${need}; this session lasted ${time.minutes} minutes (${time.from === 'duration' ? '`duration`' : '`end` − `start`'}).`,
      // Which code to bill is the clinician's call: offered, never applied by --fix.
      fixes: better ? [{ title: `Change CPT to ${better.code}`, edits: [codeEdit(ctx.doc.text, span, code, better.code)], safe: false }] : undefined,
      data: { cpt: code, minutes: time.minutes },
    });
  },
});

/** Replaces only the digits inside the scalar, keeping its quotes. */
function codeEdit(text: string, span: Span, code: string, next: string) {
  const at = text.slice(span.start, span.end).indexOf(code);
  return at === -1 ? { span, newText: `"${next}"` } : { span: { start: span.start + at, end: span.start + at + code.length }, newText: next };
}
