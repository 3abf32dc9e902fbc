// The one module for messages between the extension and the progress panel's webview. No vscode
// or node imports: the webview bundle, the extension and the tests all import it.
//
// Handshake: the webview posts `ready` once its first script runs (and again after VS Code
// re-creates it, since the panel does not retain its context while hidden); only then does the
// extension post `init` followed by the data. Messages posted before `ready` would be lost. The
// first script (client/webview/boot.ts) is small and runs before the renderer (main.js) has
// loaded: it keeps what arrives until then and hands it over, in order (WebviewBoot).
//
// Both directions are validated: a webview is a browser page showing text from files, so a
// message from it is untrusted input (a forged `openLocation` must not open arbitrary paths), and
// the webview checks what it renders as well. The guards accept exactly the documented keys.
import type { CaseloadRow, ClientProgress } from '../core/progress/types';

/** Bumped on a breaking change of the messages. */
export const WEBVIEW_PROTOCOL_VERSION = 1;

/** Limits for strings coming from the webview (paths and ids are short; anything longer is forged). */
export const MAX_URI_LENGTH = 4096;
export const MAX_CLIENT_LENGTH = 256;
export const MAX_LINE = 10_000_000;

// ---------------------------------------------------------------- webview -> extension

export interface ReadyMessage {
  type: 'ready';
}
/** Open a note (or plan) at a 0-based line; the extension checks the file is inside the workspace. */
export interface OpenLocationMessage {
  type: 'openLocation';
  uri: string;
  line: number;
}
/** Show one client's progress (from the caseload table). */
export interface SelectClientMessage {
  type: 'selectClient';
  client: string;
}
/** Show the caseload overview. */
export interface RequestCaseloadMessage {
  type: 'requestCaseload';
}

/** Open the editor's Problems panel (from the banner that counts the client's rule errors). */
export interface ShowProblemsMessage {
  type: 'showProblems';
}

/** Print the shown client's plan (SPEC 5.6): the extension asks which copy and where to save it. */
export interface PrintPlanMessage {
  type: 'printPlan';
}

/** The one `ready` the webview posts (boot.ts, or main.ts when loaded without it). */
export const READY_MESSAGE: ReadyMessage = { type: 'ready' };

/**
 * What the boot script leaves for the renderer (window.goalplanBoot): the webview API it
 * acquired (VS Code hands it out once per page) and the messages that arrived before the
 * renderer listened, unvalidated (the renderer validates each as it would any message).
 */
export interface WebviewBoot {
  postMessage(m: WebviewToExtension): void;
  /** The messages kept so far, oldest first; afterwards the boot script keeps none. */
  takeEarlyMessages(): unknown[];
}

export type WebviewToExtension = ReadyMessage | OpenLocationMessage | SelectClientMessage | RequestCaseloadMessage | ShowProblemsMessage | PrintPlanMessage;

// ---------------------------------------------------------------- extension -> webview

export type WebviewTheme = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface InitMessage {
  type: 'init';
  theme?: WebviewTheme;
}
export interface ClientProgressMessage {
  type: 'clientProgress';
  progress: ClientProgress;
}
export interface CaseloadMessage {
  type: 'caseload';
  rows: CaseloadRow[];
  /** The caseload's "today" and commit, for the heading. */
  today?: string;
  head?: string;
}
/** A message without note text (files and reasons only). */
export interface ErrorMessage {
  type: 'error';
  message: string;
}

export type ExtensionToWebview = InitMessage | ClientProgressMessage | CaseloadMessage | ErrorMessage;

// ---------------------------------------------------------------- transport

/**
 * The extension posts each message as its JSON text, and the webview parses it before the guard.
 * A client's progress is an object graph of about 10,000 small objects (200 sessions: 265 KB as
 * JSON); posted as an object, code-server's workbench JSON-encoded it with a replacer and decoded
 * it with a reviver (called for every key), and the webview host frame and the page each
 * structured-cloned it, all on the renderer's main thread while it also lays out the new editor.
 * One string crosses every hop as one value. The message types stay as declared above: this is
 * their encoding only.
 */
export function encodeForWebview(m: ExtensionToWebview): string {
  return JSON.stringify(m);
}

/**
 * What the webview received, decoded: a string is parsed (undefined if it is not JSON), anything
 * else is passed on as it came (a message posted as an object, as the tests do). Either way the
 * result is untrusted until `isExtensionToWebview` says otherwise.
 */
export function decodeFromExtension(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- guards

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Exactly these keys (required ones present, nothing else). */
function keysAre(o: Obj, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(o);
  return required.every((k) => Object.prototype.hasOwnProperty.call(o, k)) && keys.every((k) => required.includes(k) || optional.includes(k));
}

function isStr(x: unknown, max = Number.MAX_SAFE_INTEGER): x is string {
  return typeof x === 'string' && x.length <= max;
}

function isIso(x: unknown): x is string {
  return typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
}

function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function isArrayOf<T>(x: unknown, item: (v: unknown) => v is T): x is T[] {
  return Array.isArray(x) && x.every(item);
}

/** Validates a message the webview posted; anything not exactly one of the six shapes is rejected. */
export function isWebviewToExtension(x: unknown): x is WebviewToExtension {
  if (!isObj(x) || typeof x.type !== 'string') return false;
  switch (x.type) {
    case 'ready':
    case 'requestCaseload':
    case 'showProblems':
    case 'printPlan':
      return keysAre(x, ['type']);
    case 'openLocation':
      return keysAre(x, ['type', 'uri', 'line'])
        && isStr(x.uri, MAX_URI_LENGTH) && x.uri.length > 0 && !/[\0\r\n]/.test(x.uri)
        && Number.isInteger(x.line) && (x.line as number) >= 0 && (x.line as number) <= MAX_LINE;
    case 'selectClient':
      return keysAre(x, ['type', 'client']) && isStr(x.client, MAX_CLIENT_LENGTH) && x.client.trim().length > 0 && !/[\0\r\n]/.test(x.client);
    default:
      return false;
  }
}

const THEMES: readonly string[] = ['light', 'dark', 'high-contrast', 'high-contrast-light'];

/** Validates a message the extension posted (the webview's side of the contract). */
export function isExtensionToWebview(x: unknown): x is ExtensionToWebview {
  if (!isObj(x) || typeof x.type !== 'string') return false;
  switch (x.type) {
    case 'init':
      return keysAre(x, ['type'], ['theme']) && (x.theme === undefined || THEMES.includes(x.theme as string));
    case 'clientProgress':
      return keysAre(x, ['type', 'progress']) && isClientProgress(x.progress);
    case 'caseload':
      return keysAre(x, ['type', 'rows'], ['today', 'head'])
        && isArrayOf(x.rows, isCaseloadRow)
        && (x.today === undefined || isIso(x.today))
        && (x.head === undefined || isStr(x.head, 128));
    case 'error':
      return keysAre(x, ['type', 'message']) && isStr(x.message, 2000);
    default:
      return false;
  }
}

function isRef(x: unknown): boolean {
  return isObj(x) && isStr(x.uri) && Number.isInteger(x.line);
}

function isGoalPoint(x: unknown): boolean {
  return isObj(x) && isIso(x.date) && isRef(x.source) && typeof x.review === 'boolean'
    && (x.value === undefined || isNum(x.value)) && (x.level === undefined || isNum(x.level));
}

function isGoal(x: unknown): boolean {
  return isObj(x) && isStr(x.goalId) && isStr(x.planUri) && isStr(x.status) && isRef(x.source)
    && isArrayOf(x.points, isGoalPoint as (v: unknown) => v is unknown)
    && Array.isArray(x.revisions) && Array.isArray(x.statusChanges)
    && (x.baseline === undefined || isNum(x.baseline)) && (x.target === undefined || isNum(x.target))
    && (x.due === undefined || isIso(x.due)) && (x.statement === undefined || isStr(x.statement));
}

function isInstrument(x: unknown): boolean {
  return isObj(x) && isStr(x.instrument) && Array.isArray(x.bands)
    && isArrayOf(x.points, ((p: unknown) => isObj(p) && isIso(p.date) && isNum(p.score) && isRef(p.source)) as (v: unknown) => v is unknown);
}

function isGasPoint(x: unknown): boolean {
  return isObj(x) && isIso(x.date) && isNum(x.tScore) && isRef(x.source) && Array.isArray(x.levels);
}

/** A structural check of the fields the renderer reads (the model itself is the server's). */
export function isClientProgress(x: unknown): x is ClientProgress {
  return isObj(x) && x.version === 1 && isStr(x.client, MAX_CLIENT_LENGTH) && isIso(x.today)
    && isObj(x.settings) && isObj(x.history)
    && Array.isArray(x.plans) && x.plans.every((p) => isObj(p) && isStr(p.uri) && Array.isArray(p.revisions))
    && isArrayOf(x.goals, isGoal as (v: unknown) => v is unknown)
    && isArrayOf(x.instruments, isInstrument as (v: unknown) => v is unknown)
    && isArrayOf(x.gas, isGasPoint as (v: unknown) => v is unknown)
    && Array.isArray(x.reviews) && x.reviews.every((r) => isObj(r) && isIso(r.date) && isStr(r.status))
    && Array.isArray(x.sessions) && x.sessions.every((s) => isObj(s) && isIso(s.date) && isStr(s.uri))
    && Array.isArray(x.alerts) && x.alerts.every((a) => isObj(a) && isStr(a.kind) && isStr(a.message))
    && (x.problems === undefined || (isObj(x.problems) && isNum(x.problems.errors) && isNum(x.problems.warnings)))
    && (x.readiness === undefined || isReadiness(x.readiness));
}

function isReadiness(x: unknown): boolean {
  return isObj(x) && isNum(x.min) && isNum(x.max) && Array.isArray(x.points)
    && x.points.every((q) => isObj(q) && isIso(q.date) && isNum(q.value) && isRef(q.source));
}

export function isCaseloadRow(x: unknown): x is CaseloadRow {
  return isObj(x) && isStr(x.client, MAX_CLIENT_LENGTH) && isNum(x.sessions) && isNum(x.plans)
    && isObj(x.goalsByStatus) && Array.isArray(x.stalledGoals) && x.stalledGoals.every((g) => isStr(g))
    && isNum(x.reviewsOverdue) && (x.nextReview === undefined || isIso(x.nextReview)) && (x.lastSession === undefined || isIso(x.lastSession));
}
