// Labels and number/date formats shared by the panel and the report, so both say the same thing.
// Dates stay ISO (YYYY-MM-DD): unambiguous for auditors in every locale.
import { formatNumber } from '../model/instruments';
import type { RevisionMark } from '../model/collaboration';
import type { ChangeCategory, FieldChange, GoalStatus, JsonValue, PlanSummary, ProgressAlert, ReviewStatus, RiskMark, SessionSummary } from '../progress/types';

export const STATUS_LABEL: Record<GoalStatus, string> = {
  active: 'active',
  'on-hold': 'on hold',
  met: 'met',
  revised: 'revised',
  discontinued: 'discontinued',
};

export const CHANGE_LABEL: Record<ChangeCategory, string> = {
  recovered: 'recovered',
  'reliably-improved': 'reliably improved',
  unchanged: 'no reliable change',
  'reliably-deteriorated': 'reliably deteriorated',
};

export const REVIEW_LABEL: Record<ReviewStatus, string> = {
  held: 'held',
  recorded: 'recorded in plan',
  upcoming: 'upcoming',
  overdue: 'overdue',
};

export const ALERT_LABEL: Record<ProgressAlert['kind'], string> = {
  'open-risk': 'Risk not yet followed up',
  'risk-unnoted': 'Risk screen without a risk note',
  'past-due': 'Goal past due',
  stalled: 'Stalled goal',
  'reliable-deterioration': 'Reliable deterioration',
  'review-overdue': 'Review overdue',
  'late-note': 'Late documentation',
  'unsigned-note': 'Unsigned note',
  'edited-after-signature': 'Edited after signature',
  'working-copy': 'Working copy',
};

export const HISTORY_REASON_LABEL: Record<string, string> = {
  untrusted: 'the workspace is not trusted',
  'no-git': 'git was not found',
  'not-a-repository': 'not a git repository',
  'linked-git-dir': 'its .git points to a repository outside this folder, which is not read',
  error: 'git could not be read',
};

/** Why no history shows, in words. */
export function historyReason(reason: string | undefined): string {
  return (reason && HISTORY_REASON_LABEL[reason]) ?? 'not read';
}

/** Numbers in views: the core's one formatting (one decimal, SPEC 5.8); empty for none. */
export function fmtNum(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '';
  return formatNumber(n);
}

/** GAS level with its sign: -2, -1, 0, +1, +2. */
export function fmtLevel(n: number | undefined): string {
  if (n === undefined) return '';
  return n > 0 ? `+${fmtNum(n)}` : fmtNum(n);
}

export function shortCommit(id: string | undefined): string {
  return (id ?? '').slice(0, 8);
}

function fmtJson(v: JsonValue | undefined): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Plan and goal fields in the words a clinician uses (never a key path in a sentence). */
const FIELD_LABEL: Record<string, string> = {
  statement: 'statement', client_words: "client's words", 'measure.instrument': 'measure', 'measure.baseline': 'baseline',
  'measure.target': 'target', 'measure.unit': 'unit', measure: 'measure', start: 'start date', due: 'due date', status: 'status',
  closed: 'closed date', horizon: 'horizon', parent: 'parent goal', problem: 'problem', weight: 'weight', type: 'goal type',
  interventions: 'interventions', gas: 'GAS levels', replaces: 'replaces goal', revisions: 'revisions',
  'review.every': 'review interval', 'review.last': 'last review', 'review.next': 'next review', review: 'review schedule',
  created: 'plan start', clinician: 'clinician', diagnosis: 'diagnosis', discharge: 'discharge criteria', signed: 'signature',
  problems: 'problems', agreement: "client's agreement", values: 'values', assessment: 'assessment', monitor: 'measure schedule',
  expected: 'expected change',
};

/** "target" for measure.target, "GAS level +1" for gas.1; unknown paths lose their dots and underscores. */
export function fieldLabel(path: string): string {
  if (FIELD_LABEL[path]) return FIELD_LABEL[path];
  const gas = /^gas\.(-?\d)$/.exec(path);
  if (gas) return `GAS level ${fmtLevel(Number(gas[1]))}`;
  return path.replace(/[._]/g, ' ');
}

/** "target: 9 → 7"; text only (callers add it as a text node). */
export function fmtFieldChange(c: FieldChange): string {
  const field = fieldLabel(c.field);
  if (c.old === undefined) return `${field}: ${fmtJson(c.new)}`;
  if (c.new === undefined) return `${field}: ${fmtJson(c.old)} → (removed)`;
  return `${field}: ${fmtJson(c.old)} → ${fmtJson(c.new)}`;
}

/**
 * A value with the goal's unit, in the number the value has: "1 meeting per month", "3 meetings
 * per month". Units are written by clinicians, usually in the plural: for 1, the noun (the word
 * before "per", else the first word) loses a plain plural -s; -ss, -us, -is and -es words stay as
 * written ("class", "status", "glasses": no guessing).
 */
export function valueWithUnit(value: string, n: number | undefined, unit: string | undefined): string {
  if (!unit) return value;
  if (n !== 1) return `${value} ${unit}`;
  const words = unit.split(' ');
  const per = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'per');
  const k = per > 0 ? per - 1 : 0;
  words[k] = words[k].replace(/^(.*[^suie])s$/i, '$1');
  return `${value} ${words.join(' ')}`;
}

/** Kinds of review event, in words. */
export const REVIEW_KIND_LABEL: Record<string, string> = {
  'review.last': 'last review recorded in the plan',
  'review.next': 'next review scheduled in the plan',
  session: 'review session',
};

/** A file key shown to people: the path after the last "/clients/" or the workspace folder when the caller gives one. */
export function defaultDisplayPath(uri: string): string {
  let p = uri;
  try {
    if (/^file:\/\//i.test(p)) p = decodeURIComponent(new URL(p).pathname);
  } catch {
    // keep as is
  }
  return p;
}

/** "1 day", "12 days": a count with its noun, singular or plural. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/** "overdue by 12 days" (a review whose date passed without a held review). */
export function overdueText(days: number): string {
  return days <= 0 ? 'due today' : `overdue by ${plural(days, 'day')}`;
}

/** A risk screen's positive answers (SPEC 5.6): instrument, item and answer only, never free text. */
export function riskScreenText(marks: readonly RiskMark[]): string {
  return marks.map((m) => (m.item !== undefined ? `${m.instrument} item ${m.item}: ${fmtNum(m.value)}` : `${m.instrument} total ${fmtNum(m.value)}`)).join(', ');
}

/**
 * A session's events and barriers (SPEC 5.2) as one line: the text the session table shows (free
 * text: callers add it as a text node or an SVG <title>, escaped, never as markup).
 */
export function annotationText(s: Pick<SessionSummary, 'barriers' | 'events'>): string {
  return [s.barriers?.length ? `barriers: ${s.barriers.join(', ')}` : '', ...(s.events ?? [])].filter(Boolean).join('; ');
}

/** A goal's revision (SPEC 5.6) in words: "revised" or "replaced by G3", with its reason when written. */
export function revisionText(m: RevisionMark): string {
  return m.successor ? `replaced by ${m.successor}` : 'revised';
}

/** "Agreed by the client on 2026-05-04 (signed)", or why none counts (GP209's reading). */
export function agreementText(pl: PlanSummary): string {
  const a = pl.agreement;
  if (a) {
    const said = `Agreed by the ${a.by ?? 'client'} on ${a.date}${a.method ? ` (${a.method})` : ''}`;
    if (pl.agreementCurrent) return said;
    return `${said}, before this plan was created${pl.created ? ` (${pl.created})` : ''}: no agreement with this plan${pl.agreementMissing ? ', past the grace period' : ''}`;
  }
  return `No agreement with the client recorded${pl.agreementMissing ? ', past the grace period' : ''}`;
}

/** "Signed by RK on 2026-05-04", or "Not signed". */
export function signatureText(pl: PlanSummary): string {
  if (!pl.signed) return 'Not signed';
  return `Signed${pl.signedBy ? ` by ${pl.signedBy}` : ''}${pl.signedDate ? ` on ${pl.signedDate}` : ''}`;
}
