// Resolved configuration: built-in defaults merged with every .goalplan.yaml on the way down
// to a file's folder (SPEC 3). Rules read only this shape, never the files.
import type { SeveritySetting } from '../types';

export interface Band {
  /** Inclusive lower and upper score of the band. */
  min: number;
  max: number;
  label: string;
}

export interface InstrumentDef {
  name: string;
  /** Inclusive score range [min, max]. */
  range: [number, number];
  /** Fixed direction, or undefined when the direction comes from baseline -> target (count, rating). */
  better?: 'lower' | 'higher';
  /** Reliable change threshold; computed from sd and r (Jacobson-Truax) when both are set. */
  rc?: number;
  sd?: number;
  r?: number;
  bands?: Band[];
  /** Clinical cutoff, e.g. ORS 25 or PCL-5 33, with the side on which scores are "clinical". */
  cutoff?: { value: number; clinical: 'below' | 'at-or-above' };
  /** Per-item answer range and item count, for instruments scored from items. */
  items?: { count: number; min: number; max: number };
  /** count and rating need a unit on the goal's measure. */
  needsUnit?: boolean;
  /**
   * What the instrument is for, when it is not an outcome measure (SPEC 5.3): `alliance` (SRS:
   * charted beside ORS, never a goal outcome) or `risk-screen` (C-SSRS screen). Built-in only.
   */
  role?: 'alliance' | 'risk-screen';
}

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Keyed by rule id (aliases are resolved when the config is loaded). */
  rules: Record<string, RuleSetting>;
  review: {
    /** Longest allowed review.every, as a duration (default 90d). */
    maxInterval: string;
    /** Days before review.next at which GP203 starts (default 14). */
    dueSoon: number;
    /** Days a held review may go unrecorded in the plan before GP208 reports it (default 7). */
    recordGraceDays: number;
  };
  instruments: Record<string, InstrumentDef>;
  vagueWords: string[];
  /** All-or-nothing words flagged in goal statements (GP114). */
  absoluteWords: string[];
  signatureGraceDays: number;
  /** GP216: how many of the client's last sessions, all missed, are reported (SPEC 5.4; default 2). */
  missedSessions: { count: number };
  /** GP215: weeks from start after which no reliable improvement is not on track (SPEC 5.5; default 8). */
  notOnTrack: { weeks: number };
  /** GP316: an SRS lower than the one before by at least this many points needs feedback (default 1). */
  alliance: { drop: number };
  /** SPEC 5.4 GP209: days after `created` before a missing client agreement is reported (default 14). */
  agreementGraceDays: number;
  /** SPEC 5.4 GP213 and GP313 on discharge summaries (default 15). */
  dischargeGraceDays: number;
  /** Bytes; larger files get GP004 and are not parsed (default 5 MB). */
  maxFileSize: number;
  include?: string[];
  exclude?: string[];
  /** Progress model settings (optional; defaults in core/progress/model.ts: 4 weeks, 3 days, 0.3). */
  progress?: {
    /** A goal with no value for more than this many weeks is stalled. */
    stalledWeeks?: number;
    /** A note first committed more than this many days after its session is late documentation. */
    lateDays?: number;
    /** GAS inter-goal correlation rho. */
    rho?: number;
  };
}
