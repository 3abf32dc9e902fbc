// Crash reporting for the language server. The client library restarts a crashed server by
// itself (its default handler: up to 4 restarts in 3 minutes); this wrapper keeps that policy
// and only changes what the user sees: one message for the first crash of the session, one
// more only if the library gives up, never a pop-up per restart. Details go to the output.
import * as vscode from 'vscode';
import type { CloseAction, ErrorHandler, LanguageClient } from 'vscode-languageclient/node';

/** How many crash messages the user has been shown this session (read by the e2e test hook). */
let shownCrashMessages = 0;
export function crashMessagesShown(): number {
  return shownCrashMessages;
}

/** `restart` is CloseAction.Restart, passed in so this module needs no runtime import of the client library. */
export function crashReportingErrorHandler(client: () => LanguageClient, output: vscode.OutputChannel, restart: CloseAction): ErrorHandler {
  let base: ErrorHandler | undefined;
  const inner = () => (base ??= client().createDefaultErrorHandler(4));
  let reportedCrash = false;
  let reportedGiveUp = false;
  return {
    error: (error, message, count) => inner().error(error, message, count),
    async closed() {
      const result = await inner().closed();
      const restarting = result.action === restart;
      output.appendLine(`GoalPlan language server stopped; ${restarting ? 'restarting' : 'not restarting (too many crashes)'}.`);
      if (restarting && !reportedCrash) {
        reportedCrash = true;
        shownCrashMessages++;
        void vscode.window.showWarningMessage('GoalPlan: the language server stopped unexpectedly and was restarted. See the "GoalPlan" output for details.');
      } else if (!restarting && !reportedGiveUp) {
        reportedGiveUp = true;
        shownCrashMessages++;
        void vscode.window.showErrorMessage('GoalPlan: the language server keeps stopping and was not restarted. Reload the window to try again.');
      }
      return { action: result.action, handled: true };
    },
  };
}
