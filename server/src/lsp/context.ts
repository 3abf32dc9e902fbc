// The one workspace model every feature module reads: parsed documents (open editors and files
// on disk alike) in a core Workspace, which documents are open, the configuration and "today".
// Feature modules receive this object; none keeps its own copy of a document.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { ResolvedConfig } from '../core/config/types';
import { localToday, isIsoDate } from '../core/dates';
import { clientOf, Workspace } from '../core/model/workspace';
import { allRules, ruleByName } from '../core/rules';
import { appliesTo } from '../core/lint';
import type { FileKind, ParsedDocument } from '../core/types';
import type { GoalPlanSettings } from '../shared/lspProtocol';
import { ConfigStore } from './configStore';
import { fsPath } from './uris';
import { noClientFeatures } from './services/clientFeatures';
import type { ClientFeatures, ServiceContext } from './services/types';

export interface OpenDoc {
  version: number;
}

export { fileUri, fsPath } from './uris';

export class ServerContext implements ServiceContext {
  readonly workspace = new Workspace();
  /** Documents open in the editor (their text comes from the client, not the disk). */
  readonly open = new Map<string, OpenDoc>();
  readonly config: ConfigStore;
  roots: string[] = [];
  /** Workspace Trust: false until the client says `trusted: true` (no git process before that). */
  trusted = false;
  settings: GoalPlanSettings = {};
  todayOverride: string | undefined;
  /** git processes started by this server (the history reader increments it). */
  gitRuns = 0;
  /** What the client said it supports (set from `initialize`). */
  features: ClientFeatures = noClientFeatures();
  indexMs: number | undefined;
  /** `shutdown` was received: every later request is an InvalidRequest (LSP "shutdown"). */
  shutDown = false;
  /** Workspace indexes under way, and whether the first one has finished (see whenIndexed). */
  private indexesRunning = 0;
  private firstIndexDone = false;
  private indexWaiters: Array<() => void> = [];
  /** Root of the installed package (dist/server/.. /..): where docs/rules live. */
  readonly packageRoot: string;
  private readonly listeners: Array<(primary: string[], secondary: string[], scope?: ChangeScope) => void> = [];
  private readonly removedListeners: Array<(uri: string) => void> = [];
  private readonly configListeners: Array<(files: string[]) => void> = [];
  private readonly diskListeners: Array<() => void> = [];
  /** Per-rule doc link, computed once (the package root does not move). */
  private readonly hrefs = new Map<string, string>();

  constructor(readonly connection: Connection) {
    this.config = new ConfigStore();
    this.packageRoot = path.resolve(__dirname, '..', '..');
  }

  /** "Today" (SPEC 1.4): the setting / init option when valid, else the local date. */
  today(): string {
    return this.todayOverride && isIsoDate(this.todayOverride) ? this.todayOverride : localToday();
  }

  configFor(uri: string): ResolvedConfig {
    return this.config.configForUri(uri, fsPath);
  }

  get(uri: string): ParsedDocument | undefined {
    return this.workspace.get(uri);
  }

  /**
   * Resolves once the workspace index is complete: the first index has finished and no other
   * (an added workspace folder) is under way. Requests that read other files wait for this, so
   * none is answered from a half-built index.
   */
  whenIndexed(): Promise<void> {
    if (this.firstIndexDone && this.indexesRunning === 0) return Promise.resolve();
    return new Promise((resolve) => this.indexWaiters.push(resolve));
  }

  /** An index starts; call the returned function when it has finished (or failed). */
  beginIndex(): () => void {
    this.indexesRunning++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.indexesRunning--;
      this.firstIndexDone = true;
      if (this.indexesRunning > 0) return;
      const waiters = this.indexWaiters;
      this.indexWaiters = [];
      for (const w of waiters) w();
    };
  }

  versionOf(uri: string): number | undefined {
    return this.open.get(uri)?.version;
  }

  ruleDocHref(ruleId: string): string | undefined {
    let h = this.hrefs.get(ruleId);
    if (h === undefined) {
      const rule = ruleByName(ruleId);
      // A file in the installed package (docs/rules/GPxxx.md): no remote URL, works offline.
      h = rule ? pathToFileURL(path.join(this.packageRoot, rule.docs)).href : '';
      this.hrefs.set(ruleId, h);
    }
    return h || undefined;
  }

  /**
   * Replaces a document in the model and tells the listeners (diagnostics) which documents to
   * re-check: this one and every file of its old and new client.
   */
  update(doc: ParsedDocument): void {
    const before = this.workspace.get(doc.uri);
    this.workspace.set(doc);
    const scope = sessionOnlyChange(before, doc) ? SESSION_EDIT_SCOPE : planOnlyChange(before, doc) ? PLAN_EDIT_SCOPE : undefined;
    this.changed([doc.uri], this.workspace.affectedBy(doc.uri, before), scope);
  }

  remove(uri: string): void {
    const before = this.workspace.get(uri);
    if (!before) return;
    const affected = this.workspace.affectedBy(uri, before);
    this.workspace.remove(uri);
    this.changed([], affected);
    this.removedListeners.forEach((l) => l(uri));
  }

  /** Files changed on disk (saves, git operations seen by the watcher): cached git history is stale. */
  onDiskChange(l: () => void): void {
    this.diskListeners.push(l);
  }

  diskChanged(): void {
    for (const l of this.diskListeners) l();
  }

  /** .goalplan.yaml files (absolute paths) that were found or changed: their own diagnostics need refreshing. */
  onConfigFiles(l: (files: string[]) => void): void {
    this.configListeners.push(l);
  }

  configFilesChanged(files: string[]): void {
    for (const l of this.configListeners) l(files);
  }

  onRemoved(l: (uri: string) => void): void {
    this.removedListeners.push(l);
  }

  /**
   * Listeners learn which documents to re-check: `primary` (the edited one, answered first) and
   * `secondary` (other files of the same client, whose cross-file rules may now say otherwise).
   */
  onChanged(l: (primary: string[], secondary: string[], scope?: ChangeScope) => void): void {
    this.listeners.push(l);
  }

  /** `scope`: when given, the only rules whose findings on the secondary files can have changed. */
  changed(primary: string[], secondary: string[] = [], scope?: ChangeScope): void {
    for (const l of this.listeners) l(primary, secondary, scope);
  }

  /** Logs to the client's output channel. Callers pass file names, rule ids and timings only: never note text. */
  log(message: string): void {
    this.connection.console.log(message);
  }

  /** A workspace-relative path for messages. */
  relative(uri: string): string {
    const p = fsPath(uri);
    const root = this.roots.find((r) => p.startsWith(r + path.sep));
    return root ? path.relative(root, p) : p;
  }
}

/**
 * Which rules of a secondary file may say something new after a change, by the secondary's kind.
 * A missing kind means every rule (the whole file is re-checked).
 */
export type ChangeScope = Readonly<Partial<Record<FileKind, ReadonlySet<string>>>>;

/**
 * An edit of a session note that stays a session note of the same client. Its siblings can only
 * change through the rules that read other sessions (workspace.sessionsOf): on the plan GP202
 * (a review session on or after review.next), on the other sessions GP309 (duplicate note) and
 * GP310 (a "met" decision backed by an earlier session's score). Plans are not changed, so
 * planFor() and every plan-reading session rule give what they gave before. Keep this list in
 * step with the rules that call sessionsOf (test/lsp/sessionScope.test.ts covers GP202 and GP309).
 */
export const SESSION_EDIT_SCOPE: ChangeScope = {
  'goal-plan': new Set(['GP202']),
  'session-log': new Set(['GP309', 'GP310']),
};

/**
 * An edit of a plan that stays a plan of the same client (typing in one of its goals). The
 * client's notes can only change through the rules that read plans: a rule declaring that it
 * reads its own document alone (Rule.reads: [], enforced by test/unit/rule-reads.test.ts: their
 * own sections, signature, dates, scores as written, identifiers) gives what it gave, so a
 * keystroke in a 200-goal plan no longer re-runs them on its 40 notes. The client's other plans
 * and its discharge summaries are re-checked whole.
 */
export const PLAN_EDIT_SCOPE: ChangeScope = {
  'session-log': new Set(allRules.filter((r) => appliesTo(r, 'session-log') && (r.reads === undefined || r.reads.includes('goal-plan'))).map((r) => r.id)),
};

function planOnlyChange(before: ParsedDocument | undefined, after: ParsedDocument): boolean {
  if (!before || before.kind !== 'goal-plan' || after.kind !== 'goal-plan') return false;
  const client = clientOf(before);
  return client !== undefined && client === clientOf(after);
}

function sessionOnlyChange(before: ParsedDocument | undefined, after: ParsedDocument): boolean {
  if (!before || before.kind !== 'session-log' || after.kind !== 'session-log') return false;
  const client = clientOf(before);
  return client !== undefined && client === clientOf(after);
}
