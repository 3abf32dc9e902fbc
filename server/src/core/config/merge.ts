// Merges one `.goalplan.yaml` (already parsed and schema-checked) over a resolved config, the
// nearer file overriding the farther key by key (SPEC 3). Pure: discovery and file reading
// live with the front ends.
import type { SeveritySetting } from '../types';
import type { InstrumentDef, ResolvedConfig, RuleSetting } from './types';

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export interface RuleNames {
  /** Maps an id or alias (any case) to the rule id; undefined when unknown. */
  resolve(name: string): string | undefined;
}

export function mergeConfig(base: ResolvedConfig, raw: unknown, names: RuleNames): ResolvedConfig {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return base;
  const r = raw as Record<string, unknown>;
  const out: ResolvedConfig = {
    ...base,
    rules: { ...base.rules },
    review: { ...base.review },
    instruments: { ...base.instruments },
    vagueWords: [...base.vagueWords],
    absoluteWords: [...base.absoluteWords],
  };
  if (isObject(r.rules)) {
    for (const [name, setting] of Object.entries(r.rules)) {
      const id = names.resolve(name);
      if (!id) continue; // unknown names are reported by the config schema check, not silently applied
      const prev = out.rules[id] ?? {};
      out.rules[id] = { ...prev, ...toRuleSetting(setting, prev) };
    }
  }
  if (isObject(r.review)) {
    if (typeof r.review.maxInterval === 'string') out.review.maxInterval = r.review.maxInterval;
    if (typeof r.review.dueSoon === 'number') out.review.dueSoon = r.review.dueSoon;
    if (typeof r.review.recordGraceDays === 'number') out.review.recordGraceDays = r.review.recordGraceDays;
  }
  if (isObject(r.instruments)) {
    for (const [name, def] of Object.entries(r.instruments)) {
      if (!isObject(def)) continue;
      const prev: InstrumentDef = out.instruments[name] ?? { name, range: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] };
      const next: InstrumentDef = { ...prev, name };
      if (Array.isArray(def.range) && def.range.length === 2 && def.range.every((n) => typeof n === 'number')) next.range = [def.range[0], def.range[1]];
      if (def.better === 'lower' || def.better === 'higher') next.better = def.better;
      for (const k of ['rc', 'sd', 'r'] as const) if (typeof def[k] === 'number') next[k] = def[k] as number;
      if (Array.isArray(def.bands)) next.bands = def.bands.filter(isObject).map((b) => ({ min: Number(b.min), max: Number(b.max), label: String(b.label) }));
      if (isObject(def.items)) next.items = { count: Number(def.items.count), min: Number(def.items.min), max: Number(def.items.max) };
      if (isObject(def.cutoff)) next.cutoff = { value: Number(def.cutoff.value), clinical: def.cutoff.clinical === 'below' ? 'below' : 'at-or-above' };
      // A bare number (SPEC 5.4 `cutoff`): scores on the worse side of it are clinical.
      if (typeof def.cutoff === 'number') next.cutoff = { value: def.cutoff, clinical: next.better === 'lower' ? 'at-or-above' : 'below' };
      out.instruments[name] = next;
    }
  }
  if (isObject(r.vagueWords)) out.vagueWords = addRemove(out.vagueWords, r.vagueWords);
  if (isObject(r.absoluteWords)) out.absoluteWords = addRemove(out.absoluteWords, r.absoluteWords);
  if (isObject(r.progress)) {
    const p = { ...(out.progress ?? {}) };
    for (const k of ['stalledWeeks', 'lateDays', 'rho'] as const) if (typeof r.progress[k] === 'number') p[k] = r.progress[k];
    out.progress = p;
  }
  if (isObject(r.missedSessions) && typeof r.missedSessions.count === 'number') out.missedSessions = { count: r.missedSessions.count };
  if (isObject(r.notOnTrack) && typeof r.notOnTrack.weeks === 'number') out.notOnTrack = { weeks: r.notOnTrack.weeks };
  if (isObject(r.alliance) && typeof r.alliance.drop === 'number') out.alliance = { drop: r.alliance.drop };
  if (typeof r.signatureGraceDays === 'number') out.signatureGraceDays = r.signatureGraceDays;
  if (typeof r.agreementGraceDays === 'number') out.agreementGraceDays = r.agreementGraceDays;
  if (typeof r.dischargeGraceDays === 'number') out.dischargeGraceDays = r.dischargeGraceDays;
  if (typeof r.maxFileSize === 'number') out.maxFileSize = r.maxFileSize;
  if (Array.isArray(r.include)) out.include = strings(r.include);
  if (Array.isArray(r.exclude)) out.exclude = strings(r.exclude);
  return out;
}

/** A word list changed by `{add, remove}` (removal case-insensitive, then additions appended). */
function addRemove(list: readonly string[], change: Record<string, unknown>): string[] {
  const remove = new Set(strings(change.remove).map((w) => w.toLowerCase()));
  return [...list.filter((w) => !remove.has(w.toLowerCase())), ...strings(change.add)];
}

function toRuleSetting(v: unknown, prev: RuleSetting): RuleSetting {
  if (typeof v === 'string' && SEVERITIES.includes(v as SeveritySetting)) return { severity: v as SeveritySetting };
  if (isObject(v)) {
    const s: RuleSetting = {};
    if (typeof v.severity === 'string' && SEVERITIES.includes(v.severity as SeveritySetting)) s.severity = v.severity as SeveritySetting;
    if (isObject(v.options)) s.options = { ...(prev.options ?? {}), ...v.options };
    return s;
  }
  return {};
}

function isObject(v: unknown): v is Record<string, any> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
