// GoalPlan's own LSP messages, shared by the server, the VS Code client and the LSP tests. Plain
// method names and data shapes only (no vscode or vscode-languageserver imports), so any editor
// client can speak them.
import type { Caseload, ClientProgress } from '../core/progress/types';
import type { ReviewStatusView } from '../core/model/reviews';

/** initializationOptions the client sends with `initialize`. */
export interface GoalPlanInitOptions {
  /** Workspace Trust: when false the server never spawns git (no history). Default true (editors without trust). */
  trusted?: boolean;
  /** "Today" override (YYYY-MM-DD), same as the `goalplan.today` setting. */
  today?: string;
  /** Settings for clients that do not answer workspace/configuration (same shape as the `goalplan` section). */
  settings?: GoalPlanSettings;
  /** Opt in to the `goalplan/didChangeProgress` notification (never sent to a client that did not ask). */
  didChangeProgress?: boolean;
}

/** The same opt-in as a client capability: `capabilities.experimental = { goalplan: { didChangeProgress: true } }`. */
export interface GoalPlanExperimentalCapabilities {
  goalplan?: { didChangeProgress?: boolean };
}

/** The `goalplan` settings section (package.json contributes.configuration). */
export interface GoalPlanSettings {
  today?: string;
  /** Rule id or alias -> severity; applied over every .goalplan.yaml. */
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  review?: { maxInterval?: string; dueSoon?: number };
}

export const Methods = {
  /** {client} -> ClientProgress (the progress panel's data). */
  progress: 'goalplan/progress',
  /** {clinician?, from?, to?} -> Caseload. */
  caseload: 'goalplan/caseload',
  /** {} -> ClientSummary[] (for the client quick pick). */
  clients: 'goalplan/clients',
  /** {client, date?} -> NewSessionNoteResult: where and what to write (the client writes it). */
  newSessionNote: 'goalplan/newSessionNote',
  /** {client, date?} -> NewGoalPlanResult: a new plan's path and SMART template (the client writes it). */
  newGoalPlan: 'goalplan/newGoalPlan',
  /** {client, date?} -> NewDischargeSummaryResult: a discharge draft's path and text (the client writes it, never over a file). */
  newDischargeSummary: 'goalplan/newDischargeSummary',
  /** {client, forClient, target, replace} -> PrintPlanResult: writes the printable plan page (SPEC 5.6) as `goalplan plan` does, to the file the clinician chose. */
  printPlan: 'goalplan/printPlan',
  /** {uri} -> ReviewStatus | null: the status-bar item of the active file. */
  reviewStatus: 'goalplan/reviewStatus',
  /** {} -> ServerState (test hook and diagnostics of the extension). */
  state: 'goalplan/state',
  /** Notification client -> server: {trusted} after the user trusts the folder. */
  trustChanged: 'goalplan/trustChanged',
  /** Notification server -> client: {clients} whose files (or "today") changed: progress views refresh. */
  didChangeProgress: 'goalplan/didChangeProgress',
} as const;

export interface ProgressParams {
  client: string;
}
export type ProgressResult = ClientProgress;

export interface CaseloadParams {
  clinician?: string;
  from?: string;
  to?: string;
}
export type CaseloadResult = Caseload;

export interface ClientSummary {
  client: string;
  /** Relative path of the client's current plan, when it has one. */
  plan?: string;
  clinician?: string;
  sessions: number;
  lastSession?: string;
  nextReview?: string;
  /** The current plan's `closed` date when it is on or before today (a discharge is usually dated so). */
  closed?: string;
}

export interface NewSessionNoteParams {
  client: string;
  /** Date of service (default: the server's today). */
  date?: string;
}

export interface NewGoalPlanParams {
  /** Pseudonymous client code (shared/clientId.ts). */
  client: string;
  /** Plan start (default: the server's today). */
  date?: string;
}

export interface NewGoalPlanResult {
  /** Absolute path proposed for the plan (`plan.md` in the client's folder); taken, the editor picks `plan-<date>.md`. */
  path: string;
  uri: string;
  /** The plan's start date (and the suffix of the fallback name). */
  date: string;
  /** The plan as a VS Code snippet (tab stops for the parts to fill in). */
  snippet: string;
  /** The same plan with every tab stop at its default: lints with no error. */
  text: string;
}

export interface NewSessionNoteResult {
  /** Absolute file system path the note should be written to (the client never overwrites). */
  path: string;
  /** File URI of the same path. */
  uri: string;
  text: string;
  /** The same note as a VS Code snippet: cursor in the first section, Tab to each goal's level and value and each measure. */
  snippet: string;
  /** Goals pre-filled (active on the date). */
  goals: string[];
  format?: string;
}

export interface NewDischargeSummaryParams {
  client: string;
  /** Date of discharge (default: the server's today). */
  date?: string;
}

export interface NewDischargeSummaryResult {
  /** Absolute path of the draft: `discharge-DATE.md` beside the plan it belongs to (the client never overwrites it). */
  path: string;
  /** File URI of the same path. */
  uri: string;
  /** The draft (SPEC 5.6), as `goalplan discharge` writes it. */
  text: string;
  /** The discharge date. */
  date: string;
  /** Workspace-relative path of the plan the summary belongs to. */
  plan: string;
}

export interface PrintPlanParams {
  client: string;
  /** The copy the client takes home (`goalplan plan --for-client`); otherwise the clinician's. */
  forClient: boolean;
  /** Absolute path of the file to write (chosen by the clinician in the save dialog). */
  target: string;
  /**
   * The clinician confirmed replacing an existing file (the save dialog asks). Without it only an
   * earlier printable plan is replaced; a plan or session note is never replaced either way.
   */
  replace: boolean;
}

export interface PrintPlanResult {
  /** The file written (atomically: a temp file, then its name). */
  path: string;
  uri: string;
}

export interface ReviewStatusParams {
  uri: string;
}

/** The status-bar item: the core's reading of the plan's review (model/reviews.ts reviewStatusView). */
export type ReviewStatus = ReviewStatusView;

export interface ServerState {
  trusted: boolean;
  today: string;
  indexedFiles: number;
  clients: number;
  /** git processes this server has started (always 0 while untrusted). */
  gitRuns: number;
  /** Milliseconds the initial workspace index took, once done. */
  indexMs?: number;
  /** The client opted in to goalplan/didChangeProgress (it is sent to this client). */
  didChangeProgress?: boolean;
}

export interface DidChangeProgressParams {
  clients: string[];
}

export interface TrustChangedParams {
  trusted: boolean;
}
