// Instrument facts (SPEC 1.3, 5.3, 5.7, 5.8): which instrument a name means, its range, the
// direction in which it improves, its reliable change, and the one way numbers and ranges are
// written in messages and views. Every rule and view asks here.
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import { betterDirection, reliableChange } from '../instruments';
import { perObject } from '../cache';

export { betterDirection, reliableChange };

/**
 * The instrument a name means (SPEC 5.7): the exact configured name first, then the first name
 * in table order equal to it without regard to case (`phq-9` is PHQ-9). Undefined for a name
 * that is neither built in nor configured: its scores are ignored by every rule (GP006 names it).
 */
export function findInstrument(name: unknown, config: ResolvedConfig): InstrumentDef | undefined {
  if (typeof name !== 'string' || name === '') return undefined;
  const table = config.instruments;
  if (Object.prototype.hasOwnProperty.call(table, name)) return table[name];
  return byLowerName(table).get(name.toLowerCase());
}

function byLowerName(table: ResolvedConfig['instruments']): Map<string, InstrumentDef> {
  // A resolved config's table is never changed, so one index per table object.
  return perObject(table, 'instruments-by-lower-name', () => {
    const index = new Map<string, InstrumentDef>();
    for (const k of Object.keys(table)) {
      const lower = k.toLowerCase();
      if (!index.has(lower)) index.set(lower, table[k]);
    }
    return index;
  });
}

/** True when two names mean the same known instrument (or are the same string). */
export function sameInstrument(a: unknown, b: unknown, config: ResolvedConfig): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (a === b) return true;
  const da = findInstrument(a, config);
  return da !== undefined && da === findInstrument(b, config);
}

/**
 * True when `v` lies inside the instrument's inclusive range. An unknown instrument has no
 * range: nothing is "in range" for it (its scores are never charted or used, SPEC 5.8).
 */
export function inRange(def: InstrumentDef | undefined, v: number): boolean {
  return def !== undefined && Number.isFinite(v) && v >= def.range[0] && v <= def.range[1];
}

/** The instrument's reliable change when it has a usable one (a finite number above 0). */
export function usableRc(def: InstrumentDef | undefined): number | undefined {
  const rc = def ? reliableChange(def) : undefined;
  return rc !== undefined && Number.isFinite(rc) && rc > 0 ? rc : undefined;
}

/** True for an instrument whose `better` is fixed (SPEC 1.3); count and rating take theirs from baseline -> target. */
export function hasFixedDirection(def: InstrumentDef | undefined): boolean {
  return def?.better === 'lower' || def?.better === 'higher';
}

/**
 * SPEC 5.8: a number in a message or view, rounded to one decimal (24.75 -> "24.8", 12 -> "12",
 * -0.04 -> "0"). The only number formatting the core uses.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'no upper limit' : String(n);
  // Whole numbers (most scores and values) are already what the rounding below gives: a view
  // formats thousands of them (String(-0) is "0" too).
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  // Round half away from zero on the decimal digits the user wrote (24.75 is 24.749999... in binary).
  const r = Math.sign(n) * Math.round(Number((Math.abs(n) * 10).toPrecision(12))) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * The one way a range is written (SPEC 5.8): "0-27"; "-2 to 2" when the lower end is negative
 * (so a minus sign is never read as a dash); "0 or more" without an upper end, "10 or less"
 * without a lower one, "any number" without either (a configured instrument with no range).
 */
export function formatRange(lo: number, hi: number): string {
  if (lo === Number.NEGATIVE_INFINITY) return hi === Number.POSITIVE_INFINITY ? 'any number' : `${formatNumber(hi)} or less`;
  if (hi === Number.POSITIVE_INFINITY) return `${formatNumber(lo)} or more`;
  return lo < 0 ? `${formatNumber(lo)} to ${formatNumber(hi)}` : `${formatNumber(lo)}-${formatNumber(hi)}`;
}

/** The instrument's range as written in messages and views. */
export function rangeText(def: InstrumentDef): string {
  return formatRange(def.range[0], def.range[1]);
}

/** The item answer range as written in messages ("0-3"). */
export function itemRangeText(def: InstrumentDef): string | undefined {
  return def.items ? formatRange(def.items.min, def.items.max) : undefined;
}

/**
 * GP105's reading: for an instrument with a fixed direction, the target is not better than the
 * baseline (equal counts as not better). False without a fixed direction. GP105 reports it; the
 * progress model labels such a target and never draws it.
 */
export function targetNotBetter(def: InstrumentDef | undefined, baseline: number, target: number): boolean {
  if (!def || !hasFixedDirection(def)) return false;
  return def.better === 'lower' ? target >= baseline : target <= baseline;
}
