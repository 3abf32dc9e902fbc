// Calendar dates as ISO strings (SPEC 1.4). Dates never become Date objects, so no time zone can
// shift them, and no year is reinterpreted: Date.UTC (and date-fns on top of it) reads years
// 0-99 as 1900-1999, and toISOString writes years past 9999 as `+010000`. Arithmetic runs on day
// numbers of the proleptic Gregorian calendar (H. Hinnant's days_from_civil / civil_from_days,
// exact for every year), month/year addition clamps to the month's end (SPEC: 2026-01-31 + 1mo =
// 2026-02-28). A result outside the years 0000-9999, or from a duration too large to count
// exactly, is undefined: no fix ever writes a date that is not YYYY-MM-DD.
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2026-02-30 is false). */
export function isIsoDate(s: unknown): s is IsoDate {
  // On every date of every goal and note, many times per keystroke: digits read in place, no
  // match array and no Date object.
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const y = twoDigits(s, 0) * 100 + twoDigits(s, 2), mo = twoDigits(s, 5), d = twoDigits(s, 8);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of the proleptic Gregorian calendar (ISO 8601: year 0000 is a leap year). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
}

/** Days since 1970-01-01 of a valid ISO date. */
export function toDayNumber(d: IsoDate): number {
  return daysFromCivil(twoDigits(d, 0) * 100 + twoDigits(d, 2), twoDigits(d, 5), twoDigits(d, 8));
}

/** The date of a day number, or undefined outside 0000-01-01 .. 9999-12-31. */
export function fromDayNumber(n: number): IsoDate | undefined {
  if (!Number.isSafeInteger(n) || n < MIN_DAY || n > MAX_DAY) return undefined;
  const [y, m, d] = civilFromDays(n);
  return isoOf(y, m, d);
}

function isoOf(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const MIN_DAY = daysFromCivil(0, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

/** later - earlier in whole days (SPEC 1.4). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // ISO dates sort as strings
}

/** d + n days, or undefined when the result is outside 0000-9999. */
export function addDays(d: IsoDate, n: number): IsoDate | undefined {
  return fromDayNumber(toDayNumber(d) + n);
}

export type DurationUnit = 'd' | 'w' | 'mo' | 'y';
export interface Duration {
  n: number;
  unit: DurationUnit;
}

const DURATION = /^(\d+)(d|w|mo|y)$/;

export function parseDuration(s: unknown): Duration | undefined {
  if (typeof s !== 'string') return undefined;
  const m = DURATION.exec(s.trim());
  return m ? { n: +m[1], unit: m[2] as DurationUnit } : undefined;
}

/**
 * Adds a duration with calendar units clamped to the month's end; undefined when the result is
 * outside 0000-9999 (`99999999999y` included: never a throw, never `+010000-...`).
 */
export function addDuration(d: IsoDate, dur: Duration): IsoDate | undefined {
  if (!Number.isSafeInteger(dur.n)) return undefined;
  switch (dur.unit) {
    case 'd':
      return addDays(d, dur.n);
    case 'w':
      return addDays(d, dur.n * 7);
    case 'mo':
    case 'y': {
      const months = dur.unit === 'mo' ? dur.n : dur.n * 12;
      const y = twoDigits(d, 0) * 100 + twoDigits(d, 2), m = twoDigits(d, 5), day = twoDigits(d, 8);
      const total = y * 12 + (m - 1) + months;
      if (!Number.isSafeInteger(total) || total < 0 || total > 9999 * 12 + 11) return undefined;
      const ny = Math.floor(total / 12), nm = (total % 12) + 1;
      return isoOf(ny, nm, Math.min(day, daysInMonth(ny, nm)));
    }
  }
}

/** Length of a duration in days for comparing durations with each other: 1mo = 30d, 1y = 365d. */
export function durationDays(dur: Duration): number {
  const per = { d: 1, w: 7, mo: 30, y: 365 }[dur.unit];
  return dur.n * per;
}

/** Today's local calendar date (SPEC 1.4), unless overridden. */
export function localToday(now: Date = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
