// Built-in instruments (SPEC 1.3 and 5.3, DOMAIN.md). Every threshold here is configurable through
// `.goalplan.yaml` `instruments:`; this table is only the default.
import type { InstrumentDef } from './config/types';

export const BUILTIN_INSTRUMENTS: Record<string, InstrumentDef> = {
  'PHQ-9': {
    name: 'PHQ-9', range: [0, 27], better: 'lower', rc: 6, items: { count: 9, min: 0, max: 3 },
    bands: [
      { min: 0, max: 4, label: 'minimal' }, { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' }, { min: 15, max: 19, label: 'moderately severe' },
      { min: 20, max: 27, label: 'severe' },
    ],
  },
  'GAD-7': {
    name: 'GAD-7', range: [0, 21], better: 'lower', rc: 4, items: { count: 7, min: 0, max: 3 },
    bands: [
      { min: 0, max: 4, label: 'minimal' }, { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' }, { min: 15, max: 21, label: 'severe' },
    ],
  },
  ORS: { name: 'ORS', range: [0, 40], better: 'higher', rc: 5, cutoff: { value: 25, clinical: 'below' } },
  'PCL-5': {
    name: 'PCL-5', range: [0, 80], better: 'lower', rc: 10, items: { count: 20, min: 0, max: 4 },
    cutoff: { value: 33, clinical: 'at-or-above' },
  },
  // SPEC 5.3: the Session Rating Scale (Duncan, Miller et al. 2003), four 0-10 visual-analogue
  // items; below 36 flags a possible alliance problem worth discussing with the client.
  SRS: {
    name: 'SRS', range: [0, 40], better: 'higher', items: { count: 4, min: 0, max: 10 },
    cutoff: { value: 36, clinical: 'below' }, role: 'alliance',
  },
  // SPEC 5.3: the C-SSRS screener, six yes/no questions (items 1-5 about the past month, item 6
  // about the past 3 months); any "yes" is a positive risk screen.
  'C-SSRS': { name: 'C-SSRS', range: [0, 6], better: 'lower', items: { count: 6, min: 0, max: 1 }, role: 'risk-screen' },
  GAS: { name: 'GAS', range: [-2, 2], better: 'higher' },
  SUDS: { name: 'SUDS', range: [0, 100], better: 'lower' },
  rating: { name: 'rating', range: [0, 10], needsUnit: true },
  count: { name: 'count', range: [0, Number.POSITIVE_INFINITY], needsUnit: true },
};

/** Reliable change of an instrument: Jacobson-Truax 1.96·√2·sd·√(1−r) when sd and r are set, else rc. */
export function reliableChange(def: InstrumentDef): number | undefined {
  if (typeof def.sd === 'number' && typeof def.r === 'number') {
    return 1.96 * Math.SQRT2 * def.sd * Math.sqrt(1 - def.r);
  }
  return def.rc;
}

/** The direction in which scores improve for a goal: fixed, or from baseline -> target. */
export function betterDirection(def: InstrumentDef | undefined, baseline?: number, target?: number): 'lower' | 'higher' | undefined {
  if (def?.better) return def.better;
  if (typeof baseline === 'number' && typeof target === 'number' && baseline !== target) {
    return target < baseline ? 'lower' : 'higher';
  }
  return undefined;
}

export function bandOf(def: InstrumentDef, score: number): string | undefined {
  return def.bands?.find((b) => score >= b.min && score <= b.max)?.label;
}
