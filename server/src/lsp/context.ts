// The one workspace model every feature module reads: parsed documents (open editors and files
// on disk alike) in a core Workspace, which documents are open, the configuration and "today".
// Feature modules receive this object; none keeps its own copy of a document.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Connection } from 'vscode-languageserver/node';
import type { ResolvedConfig } from '../core/config/types';
import { localToday, isIsoDate } from '../core/dates';
import { Workspace } from '../core/model/workspace';
import type { ParsedDocument } from '../core/types';
import type { GoalPlanSettings } from '../shared/lspProtocol';
import { ConfigStore } from './configStore';

export interface OpenDoc {
  version: number;
}

export class ServerContext {
  readonly workspace = new Workspace();
  /** Documents open in the editor (their text comes from the client, not the disk). */
  readonly open = new Map<string, OpenDoc>();
  readonly config: ConfigStore;
  roots: string[] = [];
  trusted = true;
  settings: GoalPlanSettings = {};
  todayOverride: string | undefined;
  /** git processes started by this server (the history reader increments it). */
  gitRuns = 0;
  /** The client applies versioned WorkspaceEdit.documentChanges (else plain `changes`). */
  documentChanges = false;
  indexMs: number | undefined;
  /** Root of the installed package (dist/server/.. /..): where docs/rules live. */
  readonly packageRoot: string;
  private readonly listeners: Array<(primary: string[], secondary: string[]) => void> = [];
  private readonly removedListeners: Array<(uri: string) => void> = [];
  private readonly configListeners: Array<(files: string[]) => void> = [];
  private readonly diskListeners: Array<() => void> = [];

  constructor(readonly connection: Connection) {
    this.config = new ConfigStore();
    this.packageRoot = path.resolve(__dirname, '..', '..');
  }

  /** "Today" (SPEC 1.4): the setting / init option when valid, else the local date. */
  today(): string {
    return this.todayOverride && isIsoDate(this.todayOverride) ? this.todayOverride : localToday();
  }

  configFor(uri: string): ResolvedConfig {
    return this.config.configFor(fsPath(uri));
  }

  get(uri: string): ParsedDocument | undefined {
    return this.workspace.get(uri);
  }

  /**
   * Replaces a document in the model and tells the listeners (diagnostics) which documents to
   * re-check: this one and every file of its old and new client.
   */
  update(doc: ParsedDocument): void {
    const before = this.workspace.get(doc.uri);
    this.workspace.set(doc);
    this.changed([doc.uri], this.workspace.affectedBy(doc.uri, before));
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
  onChanged(l: (primary: string[], secondary: string[]) => void): void {
    this.listeners.push(l);
  }

  changed(primary: string[], secondary: string[] = []): void {
    for (const l of this.listeners) l(primary, secondary);
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

export function fsPath(uri: string): string {
  return uri.startsWith('file:') ? URI.parse(uri).fsPath : uri;
}

export function fileUri(p: string): string {
  return URI.file(p).toString();
}
