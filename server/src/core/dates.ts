// Calendar dates as ISO strings (SPEC 1.4). Dates never become local Date objects, so no time
// zone can shift them; arithmetic runs on UTC day numbers. Month/year addition uses date-fns
// (with @date-fns/utc) because its clamping to the month's end is exactly SPEC's rule
// (2026-01-31 + 1mo = 2026-02-28) and is well tested there.
import { addMonths, addYears } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

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

/** Days since 1970-01-01 (UTC) of a valid ISO date. */
export function toDayNumber(d: IsoDate): number {
  const y = twoDigits(d, 0) * 100 + twoDigits(d, 2), m = twoDigits(d, 5), day = twoDigits(d, 8);
  return Math.round(Date.UTC(y, m - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** later - earlier in whole days (SPEC 1.4). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // ISO dates sort as strings
}

export function addDays(d: IsoDate, n: number): IsoDate {
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

/** Adds a duration with calendar units clamped to the month's end. */
export function addDuration(d: IsoDate, dur: Duration): IsoDate {
  switch (dur.unit) {
    case 'd':
      return addDays(d, dur.n);
    case 'w':
      return addDays(d, dur.n * 7);
    case 'mo':
    case 'y': {
      const base = new UTCDate(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
      const r = dur.unit === 'mo' ? addMonths(base, dur.n) : addYears(base, dur.n);
      return r.toISOString().slice(0, 10);
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
