// Test hook for the end-to-end suite: `goalplan.debug.state` returns what the extension and its
// server know about trust and git, so a restricted-mode run can assert that no git process ran.
// Read-only, and it carries no note content.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Methods, type ServerState } from '../../server/src/shared/lspProtocol';
import { crashMessagesShown } from './errorHandler';

export interface DebugState {
  trusted: boolean;
  serverRunning: boolean;
  /** git processes the server started (0 when untrusted). */
  gitRuns: number;
  gitProcesses: number;
  server?: ServerState;
  /** Crash messages shown to the user so far (a crashed server is reported once). */
  crashMessages: number;
}

export function registerDebugState(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('goalplan.debug.state', async (): Promise<DebugState> => {
    let server: ServerState | undefined;
    if (client.isRunning()) {
      try {
        server = await client.sendRequest<ServerState>(Methods.state, {});
      } catch {
        server = undefined;
      }
    }
    const gitRuns = server?.gitRuns ?? 0;
    return { trusted: vscode.workspace.isTrusted, serverRunning: client.isRunning(), gitRuns, gitProcesses: gitRuns, server, crashMessages: crashMessagesShown() };
  }));
}
