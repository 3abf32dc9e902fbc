// Crash reporting for the language server. The client library restarts a crashed server by
// itself (its default handler: up to 4 restarts in 3 minutes); this wrapper keeps that policy
// and only changes what the user sees: one message for the first crash of the session, one
// more only if the library gives up, never a pop-up per restart. Details go to the output.
import * as vscode from 'vscode';
import { CloseAction, type ErrorHandler, type LanguageClient } from 'vscode-languageclient/node';

export function crashReportingErrorHandler(client: () => LanguageClient, output: vscode.OutputChannel): ErrorHandler {
  let base: ErrorHandler | undefined;
  const inner = () => (base ??= client().createDefaultErrorHandler(4));
  let reportedCrash = false;
  let reportedGiveUp = false;
  return {
    error: (error, message, count) => inner().error(error, message, count),
    async closed() {
      const result = await inner().closed();
      const restarting = result.action === CloseAction.Restart;
      output.appendLine(`GoalPlan language server stopped; ${restarting ? 'restarting' : 'not restarting (too many crashes)'}.`);
      if (restarting && !reportedCrash) {
        reportedCrash = true;
        void vscode.window.showWarningMessage('GoalPlan: the language server stopped unexpectedly and was restarted. See the "GoalPlan" output for details.');
      } else if (!restarting && !reportedGiveUp) {
        reportedGiveUp = true;
        void vscode.window.showErrorMessage('GoalPlan: the language server keeps stopping and was not restarted. Reload the window to try again.');
      }
      return { action: result.action, handled: true };
    },
  };
}
