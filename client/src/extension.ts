// The VS Code side of GoalPlan: starts the language server (IPC, dist/server/server.js), tells it
// about Workspace Trust and "today", and adds the commands, the status-bar review date and the
// test hook. Everything that understands goal files lives in the server.
//
// Activation (package.json): onLanguage:markdown plus workspaceContains:**/.goalplan.yaml, not
// workspaceContains:**/*.md, which would start the server in every folder with a README.
// activate() does not wait for the server, nor even load the client library: loading
// vscode-languageclient is most of the extension's start-up cost (about 65 ms of CPU), so
// activate() only registers commands (activation budget 50 ms, docs/PERFORMANCE.md) and the
// client is created and started on the next turn of the event loop. Until then the commands see
// a DeferredClient: not running, requests wait for the real client (whose library queues them
// while the server starts), notification handlers are attached when it exists.
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import type { Disposable as LcDisposable, LanguageClient, LanguageClientOptions, ServerOptions, StateChangeEvent } from 'vscode-languageclient/node';
import { Methods, type GoalPlanInitOptions, type TrustChangedParams } from '../../server/src/shared/lspProtocol';
import { registerGettingStarted } from './commands/gettingStarted';
import { registerNewDischargeSummary } from './commands/newDischargeSummary';
import { registerNewGoalPlan } from './commands/newGoalPlan';
import { registerNewSessionNote } from './commands/newSessionNote';
import { registerPrintPlan } from './commands/printPlan';
import { registerShowProgress } from './commands/showProgress';
import { registerProgressPanel } from './panel/progressPanel';
import { registerDebugState } from './debugState';
import { registerStatusBar } from './statusBar';
import { crashReportingErrorHandler } from './errorHandler';

let deferred: DeferredClient | undefined;

/** What activate() returns: the Markdown preview asks it for its markdown-it plugin. */
export interface GoalPlanExports {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function activate(context: vscode.ExtensionContext): GoalPlanExports {
  const output = vscode.window.createOutputChannel('GoalPlan', { log: true });
  context.subscriptions.push(output);
  const dc = new DeferredClient();
  deferred = dc;
  // The registrations below use only isRunning, sendRequest, sendNotification, onNotification
  // and onDidChangeState, which DeferredClient provides with the client's own meaning.
  const lc = dc as unknown as LanguageClient;

  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (dc.isRunning()) void dc.sendNotification(Methods.trustChanged, { trusted: true } satisfies TrustChangedParams);
    }),
  );
  registerNewSessionNote(context, lc);
  registerNewGoalPlan(context, lc);
  registerNewDischargeSummary(context, lc);
  registerPrintPlan(context, lc);
  registerGettingStarted(context);
  registerStatusBar(context, lc);
  registerDebugState(context, lc);

  // ─── PROGRESS PANEL ─────────────────────────────────────────────────────────────────────────
  // (it registers goalplan.showProgress, goalplan.showCaseload and goalplan.debug.lastPanelMessage)
  registerProgressPanel(context, lc);
  // ───────────────────────────────────────────────────────────────────────────────────────────
  // Registers goalplan.showProgress only if no panel did above.
  registerShowProgress(context, lc);

  setImmediate(() => {
    if (deferred !== dc) return; // deactivated before the client was created
    void startClient(context, output, dc);
  });
  return { extendMarkdownIt: (md) => extendMarkdownIt(context, output, md) };
}

/**
 * Goal blocks as cards in the built-in Markdown preview (contributes.markdown.markdownItPlugins).
 * The plugin is a separate bundle, loaded the first time a preview renders. If it cannot load,
 * the preview still works (goal blocks stay code) and the output says why.
 */
function extendMarkdownIt(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, md: MarkdownIt): MarkdownIt {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, on purpose not bundled
    const plugin = require(context.asAbsolutePath('dist/client/markdownPreview.js')) as typeof import('./markdownPreview');
    return plugin.goalCardsPlugin(md);
  } catch (error) {
    output.error(`GoalPlan: goal cards in the Markdown preview are off: ${error instanceof Error ? error.message : String(error)}`);
    return md;
  }
}

/** Loads the client library, creates the client, hands it to `dc` and starts it. Never throws. */
async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, dc: DeferredClient): Promise<void> {
  const fail = (error: unknown) => {
    output.appendLine(`GoalPlan language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('GoalPlan: the language server did not start. See the "GoalPlan" output for details.');
  };
  let lc: LanguageClient;
  try {
    // A separate bundle, required by path so esbuild leaves it out of this one.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, on purpose not bundled
    const lib = require(context.asAbsolutePath('dist/client/lspClientLibrary.js')) as typeof import('./lspClientLibrary');
    const { LanguageClient: Client, RevealOutputChannelOn, TransportKind } = lib;
    const serverModule = context.asAbsolutePath('dist/server/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const settings = vscode.workspace.getConfiguration('goalplan');
    const initializationOptions: GoalPlanInitOptions = {
      trusted: vscode.workspace.isTrusted,
      today: settings.get<string>('today') || undefined,
      // The progress panel refreshes on goalplan/didChangeProgress, which the server sends only on request.
      didChangeProgress: true,
    };
    lc = new Client('goalplan', 'GoalPlan', serverOptions, {
      documentSelector: [{ scheme: 'file', language: 'markdown' }],
      initializationOptions,
      outputChannel: output,
      // Problems show in the editor; the output channel opens only when the user asks for it.
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: crashReportingErrorHandler(() => lc, output, lib.CloseAction.Restart),
    } satisfies LanguageClientOptions);
  } catch (error) {
    dc.failed(error);
    fail(error);
    return;
  }
  if (deferred !== dc) return; // deactivated meanwhile: never start
  dc.resolve(lc);
  lc.start().catch(fail);
}

type Handler = (...params: never[]) => unknown;

/**
 * Stands in for the LanguageClient from activate() until the real one exists (one turn of the
 * event loop later), then forwards to it. Only the members the command modules use.
 */
class DeferredClient {
  private client: LanguageClient | undefined;
  private readonly ready: Promise<LanguageClient>;
  private settle!: { resolve: (c: LanguageClient) => void; reject: (e: unknown) => void };
  private readonly pending = new Set<{ attach: (c: LanguageClient) => void }>();

  constructor() {
    this.ready = new Promise<LanguageClient>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    this.ready.catch(() => undefined); // a failed start is reported by startClient, not as an unhandled rejection
  }

  get real(): LanguageClient | undefined {
    return this.client;
  }

  resolve(c: LanguageClient): void {
    this.client = c;
    for (const p of this.pending) p.attach(c);
    this.pending.clear();
    this.settle.resolve(c);
  }

  failed(error: unknown): void {
    this.pending.clear();
    this.settle.reject(error);
  }

  isRunning(): boolean {
    return this.client?.isRunning() ?? false;
  }

  async sendRequest(...args: unknown[]): Promise<unknown> {
    const c = this.client ?? (await this.ready);
    return (c.sendRequest as (...a: unknown[]) => Promise<unknown>)(...args);
  }

  async sendNotification(...args: unknown[]): Promise<void> {
    const c = this.client ?? (await this.ready);
    return (c.sendNotification as (...a: unknown[]) => Promise<void>)(...args);
  }

  onNotification(method: string, handler: Handler): LcDisposable {
    return this.later((c) => c.onNotification(method, handler as never));
  }

  onDidChangeState(listener: (e: StateChangeEvent) => unknown): LcDisposable {
    return this.later((c) => c.onDidChangeState(listener));
  }

  /** Runs `subscribe` on the real client now or once it exists; the disposable undoes either. */
  private later(subscribe: (c: LanguageClient) => LcDisposable): LcDisposable {
    if (this.client) return subscribe(this.client);
    let inner: LcDisposable | undefined;
    let disposed = false;
    const entry = {
      attach: (c: LanguageClient) => {
        if (!disposed) inner = subscribe(c);
      },
    };
    this.pending.add(entry);
    return {
      dispose: () => {
        disposed = true;
        this.pending.delete(entry);
        inner?.dispose();
      },
    };
  }
}

export async function deactivate(): Promise<void> {
  const c = deferred?.real;
  deferred = undefined;
  if (c?.isRunning()) await c.stop();
}
