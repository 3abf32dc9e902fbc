// Direct identifiers (HIPAA Safe Harbor, DOMAIN.md) that GP401 looks for in free text, exactly
// as SPEC 2 lists them: phone numbers, email addresses, SSNs, IP addresses, URLs; dates only
// right after DOB / born / date of birth; record numbers only right after MRN / record no /
// medical record. No name detection.
//
// Detectors run in a fixed order on a working copy of the text; each match is masked out before
// the next detector runs, so one identifier is reported once, as its most specific kind (an IP
// address is never also a phone number, a date after "DOB" never also a phone number). ISO
// dates and HH:MM times are masked before phone numbers, so they never read as one.

import { phiMatches } from '../../cache';

export type PhiKind = 'url' | 'email' | 'date-of-birth' | 'record-number' | 'ssn' | 'ip-address' | 'phone';

export interface PhiMatch {
  kind: PhiKind;
  /** Offsets into the scanned text, [start, end). */
  start: number;
  end: number;
}

export const PHI_LABELS: Record<PhiKind, string> = {
  url: 'a URL',
  email: 'an email address',
  'date-of-birth': 'a date of birth',
  'record-number': 'a medical record number',
  ssn: 'a Social Security number',
  'ip-address': 'an IP address',
  phone: 'a phone number',
};

// `https://…`, `ftp://…` or `www.…`; trailing sentence punctuation is not part of the URL.
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]+/gi;
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b/g;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// A full date in the usual written forms: 1980-03-14, 03/14/1980, 14.3.80, March 14, 1980, 14 March 1980.
const DATE = `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH},?[ \\t]+\\d{4})`;
// The date is group 1; only a date right after the label counts (a bare year is not an identifier).
const DOB = new RegExp(`\\b(?:DOB|D\\.O\\.B\\.?|born|date[ \\t]+of[ \\t]+birth)[ \\t]*[:=,-]?[ \\t]*(?:on[ \\t]+|is[ \\t]+)?(${DATE})(?![\\w/])`, 'gi');
// The number is group 1: letters, digits and dashes with at least one digit.
const MRN = /\b(?:MRN|record[ \t]+(?:no\.?|number|#)|medical[ \t]+record(?:[ \t]+(?:no\.?|number|#))?)[ \t]*(?:[:#=]|is)?[ \t]*#?[ \t]*((?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]|\d)\b/gi;
const SSN = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
// Candidates only; isIpv6 decides.
const IPV6_CANDIDATE = /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;
const TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g;
// Digit groups separated by one space, dot or dash, or set off by parentheses; optional leading +.
// Candidates only; phoneDigits decides on the digit count and group shapes.
const PHONE_CANDIDATE = /(?<![\w+.\-/:])\+?(?:\(\d{1,5}\)|\d{1,15})(?:(?:[ .\-]|(?<=\))|(?=\())(?:\(\d{1,5}\)|\d{1,5}))*(?![\w/:]|[.\-]\d)/g;

/**
 * Hot path (added by the benchmark work, issue 6; docs/PERFORMANCE.md): GP401 scans every free-text
 * value of a plan on each keystroke, and in a 200-goal plan all but one are unchanged. findPhi is
 * a pure function of its text, so recent answers are kept, bounded, and copied out.
 */

/** Finds every identifier in `text`, sorted by start, non-overlapping. */
export function findPhi(text: string): PhiMatch[] {
  const found = phiMatches.of(text, () => scanPhi(text));
  return found.map((m) => ({ ...m }));
}

function scanPhi(text: string): PhiMatch[] {
  const out: PhiMatch[] = [];
  let work = text;
  // Runs one detector over the working copy, then masks all its spans in a single rebuild (linear
  // in the text, however many matches), so later detectors never see them.
  const pass = (re: RegExp, f: (m: RegExpExecArray) => { kind?: PhiKind; start: number; end: number } | undefined) => {
    const spans: Array<{ start: number; end: number }> = [];
    re.lastIndex = 0;
    for (let m = re.exec(work); m; m = re.exec(work)) {
      if (m[0].length === 0) re.lastIndex++;
      const hit = f(m);
      if (!hit || hit.end <= hit.start) continue;
      spans.push(hit);
      if (hit.kind) out.push({ kind: hit.kind, start: hit.start, end: hit.end });
    }
    if (spans.length === 0) return;
    const parts: string[] = [];
    let at = 0;
    for (const sp of spans) {
      parts.push(work.slice(at, sp.start), 'x'.repeat(sp.end - sp.start));
      at = sp.end;
    }
    parts.push(work.slice(at));
    work = parts.join('');
  };
  const whole = (kind?: PhiKind) => (m: RegExpExecArray) => ({ kind, start: m.index, end: m.index + m[0].length });
  const group1 = (kind: PhiKind) => (m: RegExpExecArray) => {
    const at = m.index + m[0].length - m[1].length;
    return { kind, start: at, end: at + m[1].length };
  };

  pass(URL, (m) => ({ kind: 'url', start: m.index, end: m.index + trimUrl(m[0]).length }));
  pass(EMAIL, whole('email'));
  pass(DOB, group1('date-of-birth'));
  pass(MRN, group1('record-number'));
  pass(SSN, whole('ssn'));
  pass(IPV6_CANDIDATE, (m) => (isIpv6(m[0]) ? { kind: 'ip-address', start: m.index, end: m.index + m[0].length } : undefined));
  pass(IPV4, whole('ip-address'));
  // Dates and times are not identifiers here; masking them keeps them out of phone numbers.
  pass(ISO_DATE, whole());
  pass(TIME, whole());
  pass(PHONE_CANDIDATE, (m) => {
    const len = phoneLength(m[0]);
    return len > 0 ? { kind: 'phone', start: m.index, end: m.index + len } : undefined;
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Drops sentence punctuation and an unbalanced closing bracket from the end of a URL. One pass
 * to count the brackets, one pass back from the end: linear (re-counting after each dropped
 * character made 40 KB of `)` take 15 s).
 */
function trimUrl(u: string): string {
  let open = 0;
  let close = 0;
  let openSquare = 0;
  let closeSquare = 0;
  for (let i = 0; i < u.length; i++) {
    const c = u[i];
    if (c === '(') open++;
    else if (c === ')') close++;
    else if (c === '[') openSquare++;
    else if (c === ']') closeSquare++;
  }
  let end = u.length;
  while (end > 0) {
    const last = u[end - 1];
    if (TRAILING_PUNCTUATION.has(last)) end--;
    else if (last === ')' && open < close) {
      close--;
      end--;
    } else if (last === ']' && openSquare < closeSquare) {
      closeSquare--;
      end--;
    } else break;
  }
  return u.slice(0, end);
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '*', '_', '~']);

/** A full or `::`-compressed IPv6 address (times like 10:30:45 have too few groups and no `::`). */
export function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const parts = halves.flatMap(groups);
  if (!parts.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 1) return parts.length === 8;
  // Compressed: fewer than 8 groups, at least two written (so "a::" or "::1" alone is not taken).
  return parts.length >= 2 && parts.length < 8;
}

/**
 * Length of the longest prefix of a phone candidate that reads as a phone number, or 0: 10 to 15
 * digits; at least two groups, or one unbroken run after a leading +; a one-digit group only at
 * the start (a country or trunk code: +1, 1-800), so lists of small numbers ("2 1 3 0 ...") are
 * not phone numbers. A candidate of more than 15 digits is no phone number at all.
 */
export function phoneLength(candidate: string): number {
  const groups: Array<{ end: number; digits: number }> = [];
  const re = /\(?(\d+)\)?/g;
  for (let m = re.exec(candidate); m; m = re.exec(candidate)) groups.push({ end: m.index + m[0].length, digits: m[1].length });
  const plus = candidate.startsWith('+');
  // A longer number (a card or account number) is not a phone number with something appended.
  if (groups.reduce((a, g) => a + g.digits, 0) > 15) return 0;
  for (let n = groups.length; n >= 1; n--) {
    const gs = groups.slice(0, n);
    const digits = gs.reduce((a, g) => a + g.digits, 0);
    if (digits < 10 || digits > 15) continue;
    if (n === 1 && !plus) continue;
    if (n > 1 && gs.some((g, i) => i > 0 && g.digits === 1)) continue;
    if (n > 1 && gs.some((g) => g.digits > 5)) continue;
    return gs[n - 1].end;
  }
  return 0;
}
