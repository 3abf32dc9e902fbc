// The extension's own commands: "GoalPlan: New session note" and "GoalPlan: Show progress".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, closeAllEditors, extensionToday, fixtureUri, revert, waitUntil } from './helpers';

const SECTIONS: Record<string, string[]> = {
  SOAP: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  DAP: ['Data', 'Assessment', 'Plan'],
  BIRP: ['Behavior', 'Intervention', 'Response', 'Plan'],
  GIRP: ['Goal', 'Intervention', 'Response', 'Plan'],
};

function isWebviewTab(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview;
}

suite('commands', () => {
  suiteSetup(async () => { await activatedExtension(); });
  suiteTeardown(closeAllEditors);

  test('both commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['goalplan.newSessionNote', 'goalplan.showProgress']) assert.ok(all.includes(id), `${id} is registered`);
  });

  test('"New session note" writes a dated note with the active goals and the format sections', async () => {
    const folder = fixtureUri('clients/C-1005');
    const before = new Set((await vscode.workspace.findFiles('clients/C-1005/**/*.md')).map(String));
    // The client is passed as the argument so no quick pick has to be answered.
    await vscode.commands.executeCommand('goalplan.newSessionNote', 'C-1005');
    const note = await waitUntil(() => {
      const doc = vscode.window.activeTextEditor?.document;
      // The snippet is in once the goal's level has its tab stop.
      return doc && !before.has(doc.uri.toString()) && /^kind: session-log$/m.test(doc.getText()) && /^ {4}progress: $/m.test(doc.getText()) ? doc : undefined;
    }, 'the new session note in the active editor, as a snippet');
    const text = note.getText();
    const today = extensionToday();
    assert.ok(note.uri.toString().startsWith(folder.toString() + '/'), `the note lives in the client's folder, got ${vscode.workspace.asRelativePath(note.uri)}`);
    assert.match(text, /^client: C-1005$/m);
    assert.match(text, new RegExp(`^date: ['"]?${today}['"]?$`, 'm'));
    assert.match(text, /^ {2}G1:/m, 'G1 is active and pre-filled');
    assert.doesNotMatch(text, /^ {2}G2:/m, 'G2 is met and must not be pre-filled');
    const format = /^format: (\w+)$/m.exec(text)?.[1];
    assert.ok(format && SECTIONS[format], `the note declares a known format, got ${format}`);
    for (const section of SECTIONS[format]) assert.match(text, new RegExp(`^#{2,3} ${section}\\b`, 'm'), `section ${section}`);
    // The cursor waits in the first section, where the clinician starts writing.
    const firstHeading = text.split(/\r?\n/).findIndex((l) => /^#{2,3} /.test(l));
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, firstHeading + 2, 'cursor on the line under the first section heading');
  });

  test('"Show progress" opens the panel and its webview receives the series', async () => {
    await vscode.commands.executeCommand('goalplan.showProgress', 'C-1001');
    await waitUntil(() => (vscode.window.tabGroups.all.some((g) => g.tabs.some(isWebviewTab)) ? true : undefined), 'a webview tab');
    // Test hook of the panel: the last message the extension posted to the webview.
    const message = await waitUntil(async () => {
      const m = await vscode.commands.executeCommand<unknown>('goalplan.debug.lastPanelMessage');
      return m && JSON.stringify(m).includes('2026-11-10') ? m : undefined;
    }, 'the panel to receive the C-1001 series');
    const json = JSON.stringify(message);
    for (const expected of ['C-1001', 'G1', 'G2', '2026-10-13', '2026-11-10']) assert.ok(json.includes(expected), `series mentions ${expected}`);
    // The server sends goalplan/didChangeProgress only to clients that opt in: the extension does.
    const state = await vscode.commands.executeCommand<{ server?: { didChangeProgress?: boolean } }>('goalplan.debug.state');
    assert.equal(state?.server?.didChangeProgress, true, 'the extension opted in to goalplan/didChangeProgress');
    // An unsaved edit of the client's note refreshes the open panel.
    const doc = await vscode.workspace.openTextDocument(fixtureUri('clients/C-1001/sessions/2026-11-10.md'));
    const line = doc.getText().split('\n').findIndex((l) => l === '  PHQ-9: 11');
    assert.ok(line > 0, 'the fixture note records PHQ-9 11');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, 9, line, 11), '17');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitUntil(async () => {
        const m = await vscode.commands.executeCommand<unknown>('goalplan.debug.lastPanelMessage');
        return m && /"date":"2026-11-10","score":17\b/.test(JSON.stringify(m)) ? m : undefined;
      }, 'the panel to refresh with the edited score');
    } finally {
      await revert(doc);
    }
  });

  test('"Show progress" without an argument shows the client of the active editor, without asking', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('clients/C-1004/plan.md'));
    await vscode.window.showTextDocument(doc);
    // No quick pick is answered here: if the command asked, it would wait and this would time out.
    await vscode.commands.executeCommand('goalplan.showProgress');
    const message = await waitUntil(async () => {
      const m = await vscode.commands.executeCommand<{ type?: string; progress?: { client?: string } }>('goalplan.debug.lastPanelMessage');
      return m?.type === 'clientProgress' && m.progress?.client === 'C-1004' ? m : undefined;
    }, 'the panel to show C-1004 (the active plan\'s client)');
    assert.equal(message.progress?.client, 'C-1004');
  });

  test('in a trusted git folder the panel reads history (git runs: the control for the untrusted run)', async () => {
    // The untrusted run asserts gitRuns === 0; this shows the counter does count when git is allowed.
    const state = await waitUntil(async () => {
      const s = await vscode.commands.executeCommand<{ trusted: boolean; gitRuns: number }>('goalplan.debug.state');
      return s && s.gitRuns > 0 ? s : undefined;
    }, 'goalplan.debug.state to report git runs');
    assert.equal(state.trusted, true);
  });
});
