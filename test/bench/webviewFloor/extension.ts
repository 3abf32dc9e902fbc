// Bench-only development extension (test/bench/panel.ts loads it into code-server; it is never
// packaged: .vscodeignore ships only dist/ and a few named folders). Its one command opens the
// smallest webview the progress panel could be: the same panel options as GoalPlan's, a strict
// CSP (nothing may load) and one paragraph. Timed exactly like the panel, it is the editor's own
// cost of creating a webview, the floor under any panel.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('goalplanBench.showEmptyWebview', () => {
    // The progress panel's options (client/src/panel/progressPanel.ts), so the editor does the same work.
    const panel = vscode.window.createWebviewPanel('goalplanBench.floor', 'Floor', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      retainContextWhenHidden: false,
      localResourceRoots: [context.extensionUri],
    });
    panel.webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">
<title>Floor</title>
</head>
<body><p data-bench="floor">Empty webview.</p></body>
</html>
`;
  }));
}

export function deactivate(): void {
  // nothing held
}
