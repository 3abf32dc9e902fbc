// "GoalPlan: Show progress" belongs to the progress panel (client/src/panel), which registers
// goalplan.showProgress itself when extension.ts wires it in. This module only makes sure the
// command exists in every build: when no panel registered it, the command says so plainly
// instead of failing with "command not found".
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const SHOW_PROGRESS = 'goalplan.showProgress';

export function registerShowProgress(context: vscode.ExtensionContext, _client: LanguageClient): void {
  // Synchronous check: vscode.commands.getCommands is async, and the panel registers first.
  let registered: vscode.Disposable | undefined;
  try {
    registered = vscode.commands.registerCommand(SHOW_PROGRESS, () => {
      void vscode.window.showWarningMessage('GoalPlan: the progress panel is not included in this build.');
    });
  } catch {
    return; // the panel already registered the command
  }
  context.subscriptions.push(registered);
}
