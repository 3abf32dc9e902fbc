// Reliable change (Jacobson & Truax 1991; DOMAIN.md, SPEC 1.3). A change from baseline counts
// as reliable when it is at least the instrument's reliable-change threshold RC, which is
// 1.96·Sdiff (Sdiff = √2·SE, SE = SD·√(1−r)) when sd and r are configured, else the published
// figure in instruments.ts. "At least" (>=) follows SPEC GP314 and NHS Talking Therapies
// ("reliable improvement >= 6" on PHQ-9); it equals |RCI| >= 1.96.
import type { InstrumentDef } from '../config/types';
import { betterDirection, reliableChange } from '../instruments';
import type { ChangeAssessment, ChangeCategory, RcBand } from './types';

const Z = 1.96;

/** Standard error of the difference between two scores: √2·SD·√(1−r). */
export function sDiff(sd: number, r: number): number {
  return Math.SQRT2 * sd * Math.sqrt(1 - r);
}

/** Jacobson-Truax RCI = (x2 − x1) / Sdiff; |RCI| > 1.96 is reliable at p < .05. */
export function rci(x1: number, x2: number, sd: number, r: number): number {
  return (x2 - x1) / sDiff(sd, r);
}

/**
 * Jacobson-Truax cutoff c between a clinical (M1, SD1) and a functional (M0, SD0) population:
 * c = (SD0·M1 + SD1·M0) / (SD0 + SD1). With M1=40, M0=60 and both SDs 7.5, c = 50.
 */
export function cutoffC(m1: number, sd1: number, m0: number, sd0: number): number {
  return (sd0 * m1 + sd1 * m0) / (sd0 + sd1);
}

/** Cutoff a: two SDs beyond the clinical mean, in the better direction. */
export function cutoffA(m1: number, sd1: number, better: 'lower' | 'higher'): number {
  return better === 'higher' ? m1 + 2 * sd1 : m1 - 2 * sd1;
}

/** Cutoff b: two SDs from the functional mean, towards the clinical side. */
export function cutoffB(m0: number, sd0: number, better: 'lower' | 'higher'): number {
  return better === 'higher' ? m0 - 2 * sd0 : m0 + 2 * sd0;
}

/** Baseline ± RC: scores strictly inside (low, high) show no reliable change. */
export function rcBandOf(baseline: number, rc: number): RcBand {
  return { baseline, rc, low: baseline - rc, high: baseline + rc };
}

/** True when a score is on the clinical side of the instrument's cutoff (undefined without one). */
export function isClinical(def: InstrumentDef | undefined, score: number): boolean | undefined {
  const c = def?.cutoff;
  if (!c) return undefined;
  return c.clinical === 'below' ? score < c.value : score >= c.value;
}

export interface AssessInput {
  baseline: number;
  value: number;
  rc: number;
  direction: 'lower' | 'higher';
  /** Instrument cutoff: recovery = reliable improvement that crosses from clinical to non-clinical. */
  cutoff?: InstrumentDef['cutoff'];
  /** Without a cutoff, recovery = reliable improvement that reaches the goal's target. */
  target?: number;
  /** Without cutoff and target, recovery = reliable improvement from a worse band into the best band. */
  bands?: InstrumentDef['bands'];
}

/** Category of one score against its baseline. */
export function assessChange(input: AssessInput): ChangeAssessment {
  const { baseline, value, rc, direction } = input;
  const delta = value - baseline;
  const improvement = direction === 'lower' ? -delta : delta;
  // rc/Z is Sdiff, so rci = delta/Sdiff as Jacobson-Truax define it.
  const rciValue = rc > 0 ? (delta * Z) / rc : 0;
  let category: ChangeCategory = 'unchanged';
  if (rc > 0 && improvement >= rc) {
    category = recovered(input) ? 'recovered' : 'reliably-improved';
  } else if (rc > 0 && -improvement >= rc) {
    category = 'reliably-deteriorated';
  }
  return { delta, rc, rci: rciValue, direction, category };
}

// Recovery needs a line to cross. The instrument's clinical cutoff is the Jacobson-Truax one;
// a goal's target is the clinician's own criterion; failing both, the best severity band
// (PHQ-9 "minimal") is the most conservative line the instrument itself offers.
function recovered({ baseline, value, direction, cutoff, target, bands }: AssessInput): boolean {
  if (cutoff) {
    const clinical = (s: number) => (cutoff.clinical === 'below' ? s < cutoff.value : s >= cutoff.value);
    return clinical(baseline) && !clinical(value);
  }
  if (typeof target === 'number') {
    return direction === 'lower' ? value <= target : value >= target;
  }
  if (bands && bands.length > 0) {
    const best = direction === 'lower'
      ? bands.reduce((a, b) => (b.min < a.min ? b : a))
      : bands.reduce((a, b) => (b.max > a.max ? b : a));
    const inBest = (s: number) => s >= best.min && s <= best.max;
    return !inBest(baseline) && inBest(value);
  }
  return false;
}

/**
 * Assessment of a score for an instrument (built-in or configured), or undefined when the
 * instrument has no RC or no direction (count/rating take theirs from baseline -> target).
 */
export function assessForInstrument(
  def: InstrumentDef | undefined,
  baseline: number,
  value: number,
  target?: number,
): ChangeAssessment | undefined {
  if (!def) return undefined;
  const rc = reliableChange(def);
  const direction = betterDirection(def, baseline, target);
  if (rc === undefined || !(rc > 0) || !direction) return undefined;
  return assessChange({ baseline, value, rc, direction, cutoff: def.cutoff, target, bands: def.bands });
}
