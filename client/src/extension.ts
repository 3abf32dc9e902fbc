// The VS Code side of GoalPlan: starts the language server (IPC, dist/server/server.js), tells it
// about Workspace Trust and "today", and adds the commands, the status-bar review date and the
// test hook. Everything that understands goal files lives in the server.
//
// Activation (package.json): onLanguage:markdown plus workspaceContains:**/.goalplan.yaml, not
// workspaceContains:**/*.md, which would start the server in every folder with a README.
// activate() does not wait for the server: it returns after registering commands (activation
// budget 50 ms); requests made while the server starts are queued by the client library.
import * as vscode from 'vscode';
import {
  LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { Methods, type GoalPlanInitOptions, type TrustChangedParams } from '../../server/src/shared/lspProtocol';
import { registerNewSessionNote } from './commands/newSessionNote';
import { registerShowProgress } from './commands/showProgress';
import { registerProgressPanel } from './panel/progressPanel';
import { registerDebugState } from './debugState';
import { crashReportingErrorHandler } from './errorHandler';
import { registerStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('GoalPlan', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const settings = vscode.workspace.getConfiguration('goalplan');
  const initializationOptions: GoalPlanInitOptions = {
    trusted: vscode.workspace.isTrusted,
    today: settings.get<string>('today') || undefined,
  };
  const lc: LanguageClient = new LanguageClient('goalplan', 'GoalPlan', serverOptions, {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    initializationOptions,
    outputChannel: output,
    // Problems show in the editor; the output channel opens only when the user asks for it.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: crashReportingErrorHandler(() => lc, output),
  } satisfies LanguageClientOptions);

  client = lc;

  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (lc.isRunning()) void lc.sendNotification(Methods.trustChanged, { trusted: true } satisfies TrustChangedParams);
    }),
  );
  registerNewSessionNote(context, lc);
  registerStatusBar(context, lc);
  registerDebugState(context, lc);

  // ─── PROGRESS PANEL ─────────────────────────────────────────────────────────────────────────
  // (it registers goalplan.showProgress, goalplan.showCaseload and goalplan.debug.lastPanelMessage)
  registerProgressPanel(context, lc);
  // ───────────────────────────────────────────────────────────────────────────────────────────
  // Registers goalplan.showProgress only if no panel did above.
  registerShowProgress(context, lc);

  lc.start().catch((error: unknown) => {
    output.appendLine(`GoalPlan language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('GoalPlan: the language server did not start. See the "GoalPlan" output for details.');
  });
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c?.isRunning()) await c.stop();
}
