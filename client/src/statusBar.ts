// The status-bar item: the next review date of the client whose plan or note is in the active
// editor, on the error background when the review is overdue, with a warning background when it
// is due soon. The server computes it from the core's review facts (model/reviews.ts), the same
// reading as GP202/GP203, the panel and the caseload. Hidden for other files.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Methods, type ReviewStatus, type ReviewStatusParams } from '../../server/src/shared/lspProtocol';

export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('goalplan.review', vscode.StatusBarAlignment.Left, 50);
  item.name = 'GoalPlan next review';
  context.subscriptions.push(item);
  let seq = 0;

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const mine = ++seq;
    if (!editor || editor.document.languageId !== 'markdown' || !client.isRunning()) {
      item.hide();
      return;
    }
    let status: ReviewStatus | null = null;
    try {
      status = await client.sendRequest<ReviewStatus | null>(Methods.reviewStatus, { uri: editor.document.uri.toString() } satisfies ReviewStatusParams);
    } catch {
      status = null;
    }
    if (mine !== seq) return; // a newer update is on its way
    render(item, status);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    // The server re-checks a client's files whenever one changes: a diagnostics change of the
    // active file is the moment its review facts may have changed too.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void update();
    }),
    client.onDidChangeState(() => void update()),
  );
  void update();
}

function render(item: vscode.StatusBarItem, s: ReviewStatus | null): void {
  if (!s) {
    item.hide();
    return;
  }
  if (s.closed) {
    item.text = `$(calendar) ${s.client}: plan closed`;
    item.tooltip = 'The plan is closed: no review is due.';
    item.backgroundColor = undefined;
  } else if (!s.nextReview) {
    item.text = `$(calendar) ${s.client}: no review scheduled`;
    item.tooltip = 'The plan has no review.next (GP201).';
    item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  } else if (s.overdue) {
    item.text = `$(calendar) ${s.client}: review overdue since ${s.nextReview}`;
    item.tooltip = `Review was due on ${s.nextReview} and no held review session of this plan is dated on or after it (today ${s.today}).`;
    item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  } else {
    item.text = `$(calendar) ${s.client}: next review ${s.nextReview}`;
    item.tooltip = s.dueSoon ? `Review due soon (today ${s.today}).` : `Next plan review (today ${s.today}).`;
    item.backgroundColor = s.dueSoon ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }
  if (s.planUri) item.command = { title: 'Open plan', command: 'vscode.open', arguments: [vscode.Uri.parse(s.planUri)] };
  item.show();
}
