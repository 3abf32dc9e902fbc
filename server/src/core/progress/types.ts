// The progress model (SPEC 4): what the panel, `goalplan report` and `goalplan caseload` show.
// Every type here is plain data that survives JSON.stringify/parse unchanged (it travels to a
// webview): no Map/Set, no Date objects, no functions, no NaN/Infinity, dates as ISO strings.
// Optional fields are simply absent when unknown. The shapes are a contract with the report and
// panel code: add optional fields, never rename or remove.
import type { RevisionMark } from '../model/collaboration';
import type { GoalStatus, IsoDate } from '../types';
import type { ResolvedConfig } from '../config/types';

/** Re-exported so consumers of the model need only this module. */
export type { GoalStatus, IsoDate };

/** Bumped only on a breaking change of these shapes. */
export const PROGRESS_MODEL_VERSION = 1;

/** A place in a file the panel can open: the file key (path or URI, as in ParsedDocument.uri) and a 0-based line. */
export interface SourceRef {
  uri: string;
  /** 0-based line (LSP convention). */
  line: number;
}

// ---------------------------------------------------------------- reliable change

/**
 * Jacobson-Truax category of a change from baseline (DOMAIN.md). `recovered` = reliably
 * improved AND crossed from the clinical to the non-clinical side of the cutoff (or, without a
 * cutoff, reached the goal's target).
 */
export type ChangeCategory = 'recovered' | 'reliably-improved' | 'unchanged' | 'reliably-deteriorated';

export interface ChangeAssessment {
  /** value - baseline (raw units). */
  delta: number;
  /** Reliable change threshold used (raw units). */
  rc: number;
  /** Reliable change index: delta / (rc / 1.96), i.e. |rci| >= 1.96 is reliable; sign as delta. */
  rci: number;
  /** 'lower' when lower scores are better. */
  direction: 'lower' | 'higher';
  category: ChangeCategory;
}

/** Baseline ± RC: scores strictly inside (low, high) are "no reliable change". */
export interface RcBand {
  baseline: number;
  rc: number;
  low: number;
  high: number;
}

// ---------------------------------------------------------------- goals

/** One session entry for a goal (`goals: {G1: {...}}` of a session note, or its instrument score). */
export interface GoalPoint {
  date: IsoDate;
  /** Measure value in the goal's units; for an instrument goal the score in `measures` wins (SPEC 1.2). */
  value?: number;
  /** Where `value` came from. */
  valueFrom?: 'goal-entry' | 'measures';
  /** GAS level -2..2. */
  level?: number;
  decision?: 'continue' | 'revise' | 'met' | 'discontinued';
  /** True when the session is a formal review (`review: true`). */
  review: boolean;
  /** The session note, at the line of this goal's entry (or of the score under `measures`). */
  source: SourceRef;
  /** Reliable-change assessment of `value` against the goal's baseline (instruments with an RC only). */
  change?: ChangeAssessment;
  /**
   * SPEC 5.8: a value shown flagged, never charted or used: outside the instrument's range
   * (GP304), or measured by an instrument nobody configured (GP006).
   */
  flagged?: 'out-of-range' | 'unknown-instrument';
  /** SPEC 5.5/5.7: a held score worse than the expected value on its date by at least the RC. */
  offTrack?: boolean;
}

export type StatusChangeSource =
  /** The plan now says status X with a `closed` date (or a status without a date). */
  | 'plan'
  /** A review session recorded a decision (met / revise / discontinued / continue). */
  | 'review-decision'
  /** A commit changed the goal's `status` field. */
  | 'commit';

export interface StatusChange {
  date: IsoDate;
  from?: GoalStatus;
  to: GoalStatus;
  source: StatusChangeSource;
  /** Session or plan location (for 'plan' and 'review-decision'). */
  ref?: SourceRef;
  /** Commit id (for 'commit'). */
  commit?: string;
}

export interface GoalProgress {
  /** The plan holding the goal. */
  planUri: string;
  goalId: string;
  statement?: string;
  /** SPEC 5.2/5.6: the goal in the client's words (free text: escaped when shown). */
  clientWords?: string;
  /** SPEC 5.6: dated changes from `revisions` and successors naming it in `replaces`. */
  revisionMarks?: RevisionMark[];
  horizon?: 'short-term' | 'long-term';
  parent?: string;
  problem?: string;
  instrument?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  /** Effective start (goal start, else the plan's created). */
  start?: IsoDate;
  due?: IsoDate;
  /** Effective status (default active). */
  status: GoalStatus;
  closed?: IsoDate;
  /** GAS weight (default 1). */
  weight: number;
  /** Direction of improvement: the instrument's fixed one, or baseline -> target. */
  direction?: 'lower' | 'higher';
  /** The `yaml goal` block in the plan (line of its `id:`). */
  source: SourceRef;
  /** Active on `today` per SPEC 1.1. */
  activeToday: boolean;
  /** Session entries in date order (then uri). */
  points: GoalPoint[];
  /** Baseline ± RC for instrument goals with an RC. */
  rcBand?: RcBand;
  /** Latest point with a value, and its assessment. */
  latest?: { date: IsoDate; value: number; change?: ChangeAssessment };
  /** Last date with a value or level, if any. */
  lastRecorded?: IsoDate;
  /** Active today and no value/level recorded within the stall window (SPEC: "no value in N weeks"). */
  stalled: boolean;
  /** True when the latest value is reliably worse than baseline (GP314 idea: not on track). */
  reliablyDeteriorated: boolean;
  /** Still active on an open plan with its due date before today (GP205's reading). */
  pastDue: boolean;
  /** Baseline/target problems in words (GP104, GP105): labelled in the views, never drawn as valid. */
  invalid: string[];
  statusChanges: StatusChange[];
  /** Commits that changed this goal (from git history), oldest first. */
  revisions: GoalRevisionRef[];
  /** SPEC 5.5: the expected value from start on (the dashed line), for goals that can be on or off track. */
  expected?: { curve: boolean; line: Array<{ date: IsoDate; value: number }> };
  /** SPEC 5.5 GP215: not on track today, from its latest held score. */
  notOnTrack?: { date: IsoDate; score: number; expected: number; offCurve: boolean };
}

/** Points into PlanProgress.revisions: which commit changed this goal and how. */
export interface GoalRevisionRef {
  commit: string;
  date: IsoDate;
  kind: GoalChangeKind;
  retargeted: boolean;
  changes: FieldChange[];
}

// ---------------------------------------------------------------- instruments

export interface InstrumentPoint {
  date: IsoDate;
  score: number;
  /** Severity band label (PHQ-9 "moderate"), when the instrument has bands. */
  band?: string;
  /** Side of the clinical cutoff, when the instrument has one. */
  clinical?: boolean;
  /** Item answers, when given. */
  items?: number[];
  /** Session note at the line of the instrument's key under `measures`. */
  source: SourceRef;
  change?: ChangeAssessment;
  /** SPEC 5.8: a score outside the instrument's range (GP304), shown flagged, never charted or used. */
  flagged?: 'out-of-range';
}

export interface InstrumentProgress {
  instrument: string;
  /** False when neither the built-ins nor the configuration define the instrument (no range, bands or RC then). */
  known: boolean;
  /** Score range; `max` is absent when unbounded (count). */
  range?: { min: number; max?: number };
  better?: 'lower' | 'higher';
  rc?: number;
  bands: Array<{ min: number; max: number; label: string }>;
  cutoff?: { value: number; clinical: 'below' | 'at-or-above' };
  /** Baseline used for the RC band: a goal's measure baseline for this instrument, else the first score. */
  baseline?: { value: number; from: 'goal'; goalId: string } | { value: number; from: 'first-score'; date: IsoDate };
  rcBand?: RcBand;
  points: InstrumentPoint[];
  /** Latest score reliably worse than baseline. */
  reliablyDeteriorated: boolean;
  /** SPEC 5.3: an alliance measure (SRS, charted beside ORS, its cutoff an alliance cutoff) or a risk screen (C-SSRS). */
  role?: 'alliance' | 'risk-screen';
  /** SPEC 5.6: an alliance instrument is charted beside this outcome instrument (ORS) when the client has its scores. */
  beside?: string;
}

// ---------------------------------------------------------------- GAS

export interface GasGoalLevel {
  goalId: string;
  level: number;
  weight: number;
}

/** Kiresuk-Sherman T-score of one session, over the goals active on its date that have a level. */
export interface GasPoint {
  date: IsoDate;
  /** The session note (line of its `goals:` key). */
  source: SourceRef;
  tScore: number;
  levels: GasGoalLevel[];
  /** Goals active on the session date without a level in this session. */
  missing: string[];
}

// ---------------------------------------------------------------- reviews

export type ReviewStatus =
  /** A review session (`review: true`) covers this date. */
  | 'held'
  /** Declared done in the plan (`review.last`) but no review session is dated on it. */
  | 'recorded'
  /** Scheduled date not reached yet (today <= date). */
  | 'upcoming'
  /** Scheduled date passed (today > date) and no review session on or after it (GP202). */
  | 'overdue';

export interface ReviewEvent {
  date: IsoDate;
  planUri: string;
  kind: 'review.last' | 'review.next' | 'session';
  status: ReviewStatus;
  held: boolean;
  /** The review session that held it, when any. */
  session?: SourceRef;
  sessionDate?: IsoDate;
  /** Line of the plan key (review.last / review.next) for scheduled dates. */
  source?: SourceRef;
}

// ---------------------------------------------------------------- git history facts

export interface CommitInfo {
  /** Full commit id. */
  id: string;
  author: string;
  authorEmail: string;
  /** Committer date as written by git (ISO 8601 with offset). */
  committedAt: string;
  /** Calendar day of committedAt in the committer's own offset. */
  day: IsoDate;
  /** Author date, ISO 8601 with offset. */
  authoredAt: string;
  subject: string;
}

export interface FieldChange {
  /** Dotted path inside the goal or front matter, e.g. "measure.target", "review.next". */
  field: string;
  /** JSON value before (absent = key absent). */
  old?: JsonValue;
  new?: JsonValue;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export type GoalChangeKind = 'added' | 'removed' | 'changed';

export interface GoalDiff {
  goalId: string;
  kind: GoalChangeKind;
  /** measure.baseline/target/instrument or due changed. */
  retargeted: boolean;
  /** Field changes (all fields of the goal for added/removed, as new/old). */
  changes: FieldChange[];
}

export interface PlanRevision {
  commit: CommitInfo;
  /** Repository-relative path of the plan in this commit. */
  path: string;
  /** True for the commit that added the file. */
  initial: boolean;
  /** True when this version of the file did not parse (then `goals` is empty). */
  unparsable: boolean;
  goals: GoalDiff[];
  /** Front-matter changes (review.next, status, closed, ...). */
  planChanges: FieldChange[];
}

export interface NoteVersion {
  commit: CommitInfo;
  status: 'added' | 'modified' | 'deleted';
  /** signed.date in this version, when present and valid. */
  signedDate?: IsoDate;
}

export interface NoteHistoryFacts {
  /** Versions oldest first. */
  versions: NoteVersion[];
}

export type WorkingCopyState = 'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted';

/**
 * What the git reader (server/src/history) hands to the progress model. Keys are file keys
 * (ParsedDocument.uri). `available: false` means: no history (untrusted workspace, no git,
 * not a repository); the model then shows no history facts and raises no history flags.
 */
export interface WorkspaceHistory {
  available: boolean;
  reason?: 'untrusted' | 'no-git' | 'not-a-repository' | 'linked-git-dir' | 'error';
  /** HEAD commit id, when the repository has commits. */
  head?: string;
  plans: Record<string, PlanRevision[]>;
  notes: Record<string, NoteHistoryFacts>;
  workingCopy: Record<string, WorkingCopyState>;
}

// ---------------------------------------------------------------- sessions and notes

export interface SessionSummary {
  date: IsoDate;
  uri: string;
  type: string;
  review: boolean;
  signed: boolean;
  signedDate?: IsoDate;
  /** Goals named in `goals`. */
  goalIds: string[];
  /** From git: when the note was first committed (day), absent without history or when never committed. */
  firstCommitted?: IsoDate;
  /** First commit more than lateDays after the session date. */
  late: boolean;
  /** Days from session date to first commit. */
  lateByDays?: number;
  /** Commits that modified the note after the signature date it had then. */
  editedAfterSignature: Array<{ commit: string; day: IsoDate; signedDate: IsoDate }>;
  /** Uncommitted state of the file ("working copy"). */
  workingCopy?: WorkingCopyState;
  /** Working copy edits of a note signed before today (an uncommitted change after signature). */
  workingCopyAfterSignature: boolean;
  /** SPEC 5.1: type not no-show/cancelled and dated on or before today. Only held sessions are data. */
  held: boolean;
  /** SPEC 5.1: dated after today: listed apart, "dated after today, not counted". */
  future: boolean;
  /** SPEC 5.3/5.6: the answers that make this held session's risk screen positive (the risk mark). */
  risk?: RiskMark[];
  /** SPEC 5.2: the client's own account and the feedback talk (free text: always escaped when shown). */
  clientReport?: string;
  feedback?: string;
  barriers?: string[];
  events?: string[];
  readiness?: number;
  /** A positive screen with no `risk` note (GP315's reading): an alert at the top. */
  riskUnnoted?: boolean;
  /** The line of `events` (else `barriers`) in the note: where a timeline annotation opens. */
  annotationLine?: number;
}

/** SPEC 5.2/5.6: the readiness ruler of the held sessions, a small series. */
export interface ReadinessSeries {
  /** The ruler's scale (SPEC 5.2: 0-10). */
  min: number;
  max: number;
  points: Array<{ date: IsoDate; value: number; source: SourceRef }>;
}

/** One answer of a positive risk screen (no free text: instrument, item number and answer). */
export interface RiskMark {
  instrument: 'PHQ-9' | 'C-SSRS';
  /** 1-based item; absent for a C-SSRS total given without items. */
  item?: number;
  value: number;
  source: SourceRef;
}

/** SPEC 5.7 open risk: the client's latest positive screen in a held session, not yet followed up. */
export interface OpenRiskSummary {
  date: IsoDate;
  uri: string;
  marks: RiskMark[];
}

/** SPEC 5.6/5.7: the measurement-based-care signals of a client's current plan, and its alliance. */
export interface CareSignals {
  notOnTrackGoals: string[];
  /** Instruments of the plan's `monitor` that are overdue. */
  overdueMeasures: string[];
  missedSessions?: { count: number; dates: IsoDate[] };
  /** The latest held SRS below its cutoff or lower than the one before it. */
  lowAlliance?: { score: number; date: IsoDate; belowCutoff: boolean; droppedFrom?: number };
}

// ---------------------------------------------------------------- per client

export interface PlanSummary {
  uri: string;
  created?: IsoDate;
  closed?: IsoDate;
  status: 'active' | 'closed';
  clinician?: string;
  reviewEvery?: string;
  reviewLast?: IsoDate;
  reviewNext?: IsoDate;
  signed: boolean;
  /** SPEC 1.x `signed`: who signed the plan and when (when valid). */
  signedBy?: string;
  signedDate?: IsoDate;
  /** SPEC 5.2: the latest-dated `agreement` entry (the one that counts). */
  agreement?: { by?: 'client' | 'guardian'; date: IsoDate; method?: 'signed' | 'verbal' | 'portal' };
  /** The agreement counts for this plan: dated on or after `created`. */
  agreementCurrent?: boolean;
  /** GP209's reading: an open plan past the grace period with no current agreement. */
  agreementMissing?: boolean;
  /** Commits that changed the plan, oldest first (empty without history). */
  revisions: PlanRevision[];
  workingCopy?: WorkingCopyState;
}

export interface ProgressAlert {
  kind: 'open-risk' | 'risk-unnoted' | 'past-due' | 'stalled' | 'reliable-deterioration' | 'review-overdue' | 'late-note' | 'unsigned-note' | 'edited-after-signature' | 'working-copy';
  /** A human label without note text (ids, dates, rule-like facts only). */
  message: string;
  goalId?: string;
  instrument?: string;
  ref?: SourceRef;
}

export interface ClientProgress {
  version: typeof PROGRESS_MODEL_VERSION;
  client: string;
  today: IsoDate;
  /** The options that shaped the model, for display ("stalled = no value in 4 weeks"). */
  settings: { stalledWeeks: number; lateDays: number; rho: number };
  plans: PlanSummary[];
  /** The plan a document dated today belongs to (SPEC 1.2, model/plans.ts): the caseload's plan. */
  currentPlanUri?: string;
  goals: GoalProgress[];
  instruments: InstrumentProgress[];
  gas: GasPoint[];
  reviews: ReviewEvent[];
  sessions: SessionSummary[];
  /** SPEC 5.7: the client's open risk (a positive screen not yet followed up), shown first. */
  openRisk?: OpenRiskSummary;
  /** History availability, so the UI can say why no revisions show. */
  history: { available: boolean; reason?: WorkspaceHistory['reason']; head?: string };
  alerts: ProgressAlert[];
  /** SPEC 5.6: not on track, overdue measures, missed sessions, low alliance. */
  care?: CareSignals;
  /** SPEC 5.2/5.6: readiness from the held sessions that record it (absent when none does). */
  readiness?: ReadinessSeries;
  /** Rule findings in the client's files, counted by the front end that linted them (panel: the server; report: the CLI). */
  problems?: { errors: number; warnings: number };
}

// ---------------------------------------------------------------- caseload

export interface CaseloadRow {
  client: string;
  clinician?: string;
  /** Current plan: the one with the latest created <= today, else the earliest. */
  planUri?: string;
  planCreated?: IsoDate;
  planClosed?: IsoDate;
  /** The current plan's state today (SPEC 5.1: status closed, or its closed date on or before today). */
  planStatus?: 'active' | 'closed';
  /** SPEC 5.7: every plan of the client is closed; the row follows the open clients, open-plan columns empty. */
  closed?: true;
  plans: number;
  reviewLast?: IsoDate;
  nextReview?: IsoDate;
  /** Scheduled review dates on or before today (review.next values) in the window. */
  reviewsDue: number;
  /** Held review sessions (`review: true`, not no-show/cancelled, up to today) in the window. */
  reviewsHeld: number;
  /** Scheduled reviews passed without a review session on or after them. */
  reviewsOverdue: number;
  goalsByStatus: Record<GoalStatus, number>;
  /** Held sessions in the window (SPEC 5.1: not no-show/cancelled, up to today). */
  sessions: number;
  lastSession?: IsoDate;
  lateNotes: number;
  unsignedNotes: number;
  editedAfterSignature: number;
  stalledGoals: string[];
  deteriorations: number;
  /** Goals of the current plan still active with a due date before today (GP205's reading). */
  pastDueGoals: string[];
  /** Days since the scheduled review (review.next) passed without a held review; absent when none is overdue. */
  reviewOverdueDays?: number;
  /** The current open plan has no review.next (GP201's reading). */
  noNextReview: boolean;
  /** SPEC 5.6: the current open plan lacks the client's agreement past the grace period (GP209's reading). */
  missingAgreement?: boolean;
  /** SPEC 5.6: plans of the client closed past the grace period without a discharge summary (GP213's reading). */
  missingDischargeSummary?: string[];
  /** SPEC 5.6/5.7: date of the client's positive risk screen that no later held session followed up. */
  openRisk?: IsoDate;
  /** SPEC 5.6 caseload columns (open-plan columns empty for a client whose plans are all closed). */
  notOnTrackGoals: string[];
  /** The latest held SRS when it is low (5.7), else absent. */
  lowAlliance?: number;
  /** Length of the current run of missed sessions (GP216), 0 when none. */
  missedSessions: number;
  overdueMeasures: string[];
}

export interface Caseload {
  version: typeof PROGRESS_MODEL_VERSION;
  today: IsoDate;
  from?: IsoDate;
  to?: IsoDate;
  clinician?: string;
  head?: string;
  rows: CaseloadRow[];
}

// ---------------------------------------------------------------- options (not serialised)

export interface ProgressOptions {
  /** "Today" (SPEC 1.4): the caller passes the local date or --today. */
  today: IsoDate;
  config: ResolvedConfig;
  /** Git facts from server/src/history (readHistory); absent = no history shown. */
  history?: WorkspaceHistory;
  /** A goal active today with no value/level for more than this many weeks is stalled (default 4; config progress.stalledWeeks). */
  stalledWeeks?: number;
  /** A note first committed more than this many days after its session is late (default 3; config progress.lateDays). */
  lateDays?: number;
  /** GAS inter-goal correlation (default 0.3; config progress.rho). */
  rho?: number;
}

export interface CaseloadOptions extends ProgressOptions {
  /** Count sessions / reviews only in [from, to] (inclusive). */
  from?: IsoDate;
  to?: IsoDate;
  /** Only clients whose current plan's clinician is this id. */
  clinician?: string;
}
