// Talks to the real language server over JSON-RPC: the built `server.js --stdio` as a
// child process, a temp workspace folder of fixture files, and bounded waits on
// publishDiagnostics (never sleeps). Failure messages name files and rule ids, not note text.
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities, createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type Diagnostic,
  type Position, type Range, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt, serverBundle } from '../helpers/build';

export { REPO } from '../helpers/build';
export const WAIT_MS = 10_000;

/** Builds the bundles once per mocha process (into a temporary folder: test/helpers/build.ts). */
export function buildServer(): void {
  ensureBuilt();
}

/** Splits a text with one `|` cursor marker into the text and the marker's position. */
export function cursor(textWithMarker: string, marker = '|'): { text: string; offset: number; position: Position } {
  const offset = textWithMarker.indexOf(marker);
  if (offset < 0 || textWithMarker.indexOf(marker, offset + 1) >= 0) throw new Error('exactly one cursor marker expected');
  const text = textWithMarker.slice(0, offset) + textWithMarker.slice(offset + marker.length);
  return { text, offset, position: positionOf(text, offset) };
}

export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetOf(text: string, p: Position): number {
  const lines = text.split('\n');
  let off = 0;
  for (let i = 0; i < p.line; i++) off += lines[i].length + 1;
  return off + p.character;
}

/** Position of the `nth` occurrence of `needle` (plus `delta` characters) in `text`. */
export function at(text: string, needle: string, delta = 0, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found`);
  }
  return positionOf(text, i + delta);
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text edits of a WorkspaceEdit per URI (from `changes` or `documentChanges`). */
export function editsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) out.set(uri, [...(out.get(uri) ?? []), ...edits]);
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc) out.set(dc.textDocument.uri, [...(out.get(dc.textDocument.uri) ?? []), ...(dc.edits as TextEdit[])]);
  }
  return out;
}

export function describe(diags: readonly Diagnostic[] | undefined): string {
  return (diags ?? []).map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ') || '(none)';
}

export interface StartOptions {
  files: Record<string, string>;
  initializationOptions?: Record<string, unknown>;
  /** Answer to workspace/configuration for the `goalplan` section. */
  settings?: Record<string, unknown>;
  /** Extra environment of the server process. */
  env?: NodeJS.ProcessEnv;
  /** Client capabilities sent with `initialize` (default: FULL_CAPABILITIES, what VS Code announces for these features). */
  capabilities?: ClientCapabilities;
  /** Prepares the workspace folder (links, FIFOs, big files) before the server starts. */
  setup?: (root: string) => void;
}

/** The capabilities of a full-featured client (VS Code's, for the features GoalPlan offers). */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: false, codeDescriptionSupport: true },
  },
};

export class LspSession {
  readonly root: string;
  readonly conn: ProtocolConnection;
  private readonly proc: cp.ChildProcess;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Document version each last publish was computed for (open documents only). */
  readonly publishedVersions = new Map<string, number | undefined>();
  private readonly waiters = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  readonly texts = new Map<string, string>();
  settings: Record<string, unknown>;
  stderr = '';
  registrations: string[] = [];
  /** window/logMessage lines, for the no-note-text-in-logs check. */
  readonly logs: string[] = [];
  /** window/showMessage texts (errors and warnings shown to the user). */
  readonly shown: string[] = [];
  initResult: { capabilities?: Record<string, unknown> } | undefined;

  private constructor(opts: StartOptions) {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-lsp-')));
    for (const [rel, text] of Object.entries(opts.files)) this.writeFile(rel, text);
    opts.setup?.(this.root);
    this.settings = opts.settings ?? {};
    this.proc = cp.spawn(process.execPath, [serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publishedVersions.set(p.uri, p.version);
      for (const w of [...this.waiters]) w();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'goalplan' ? this.settings : null)));
    this.conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.conn.onNotification('window/showMessage', (p: { message: string }) => {
      this.shown.push(p.message);
      for (const w of [...this.waiters]) w();
    });
    this.conn.listen();
  }

  static async start(opts: StartOptions): Promise<LspSession> {
    buildServer();
    const s = new LspSession(opts);
    s.initResult = await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(s.root).href,
      workspaceFolders: [{ uri: pathToFileURL(s.root).href, name: 'fixture' }],
      capabilities: opts.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: opts.initializationOptions ?? { trusted: true, today: '2026-11-26' },
    });
    s.conn.sendNotification('initialized', {});
    return s;
  }

  uri(rel: string): string {
    return pathToFileURL(path.join(this.root, ...rel.split('/'))).href;
  }

  writeFile(rel: string, text: string): void {
    const file = path.join(this.root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }

  fileText(rel: string): string {
    return fs.readFileSync(path.join(this.root, ...rel.split('/')), 'utf8');
  }

  open(rel: string, text = this.fileText(rel)): string {
    const uri = this.uri(rel);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Incremental change(s) to an open document, in the order given (each relative to the text after the previous). */
  change(rel: string, edits: Array<{ range: Range; text: string }>): void {
    const uri = this.uri(rel);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri)!;
    for (const e of edits) text = applyTextEdits(text, [{ range: e.range, newText: e.text }]);
    this.texts.set(uri, text);
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits.map((e) => ({ range: e.range, text: e.text })) });
  }

  /** Applies server edits to an open document as the editor would (one didChange). */
  applyToOpen(uri: string, edits: TextEdit[]): string {
    const rel = path.relative(this.root, new URL(uri).pathname).split(path.sep).join('/');
    const before = this.texts.get(uri)!;
    const after = applyTextEdits(before, edits);
    this.change(rel, [{ range: { start: { line: 0, character: 0 }, end: positionOf(before, before.length) }, text: after }]);
    return after;
  }

  text(rel: string): string {
    return this.texts.get(this.uri(rel)) ?? this.fileText(rel);
  }

  watched(changes: Array<{ rel: string; type: 1 | 2 | 3 }>): void {
    this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: this.uri(c.rel), type: c.type })) });
  }

  /** Resolves with the diagnostics of `rel` once `accept` holds (now or on a later publish); rejects after WAIT_MS. */
  waitForDiagnostics(rel: string, accept: (d: Diagnostic[]) => boolean, what: string, timeoutMs = WAIT_MS): Promise<Diagnostic[]> {
    const uri = this.uri(rel);
    return new Promise((resolve, reject) => {
      const check = () => {
        const d = this.diagnostics.get(uri);
        if (d && accept(d)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(d);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${rel}; now: ${describe(this.diagnostics.get(uri))}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  /** Resolves with the first window/showMessage text matching `pattern` (shown already or later); rejects after WAIT_MS. */
  waitForShown(pattern: RegExp, what: string, timeoutMs = WAIT_MS): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.shown.find((m) => pattern.test(m));
        if (found === undefined) return false;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; shown: ${JSON.stringify(this.shown)}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  /** Waits for the next publish of `rel` after now that satisfies `accept`. */
  nextDiagnostics(rel: string, accept: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const uri = this.uri(rel);
    const prev = this.diagnostics.get(uri);
    return this.waitForDiagnostics(rel, (d) => d !== prev && accept(d), what);
  }

  /** Waits for diagnostics computed for the current text of an open document. */
  currentDiagnostics(rel: string, what: string): Promise<Diagnostic[]> {
    const uri = this.uri(rel);
    const version = this.versions.get(uri);
    return this.waitForDiagnostics(rel, () => this.publishedVersions.get(uri) === version, what);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000).unref())]);
      this.conn.sendNotification('exit');
    } catch {
      /* the process may be gone already */
    }
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

export function codes(d: readonly Diagnostic[]): string[] {
  return d.map((x) => String(x.code));
}
