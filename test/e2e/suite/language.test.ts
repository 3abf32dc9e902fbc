// Language features a clinician meets while writing a session note: goal id completion and hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activatedExtension, closeAllEditors, completionLabels, hoverText, openFixture, rangeOfToken, revert,
  waitForDiagnostics, waitUntil, withCode,
} from './helpers';

const SESSION = 'clients/C-1001/sessions/2026-11-10.md';

suite('completion and hover', () => {
  suiteSetup(async () => {
    await activatedExtension();
    // The server has indexed the plan once the session's cross-file diagnostic is out.
    const doc = await openFixture(SESSION);
    await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP301').length > 0, 'GP301 (workspace indexed)');
  });
  suiteTeardown(closeAllEditors);

  test("completion in a session's goals offers the plan's goal ids the note does not list yet", async () => {
    const doc = await openFixture(SESSION);
    // The note lists G1, G2 and G7: take G2 out and ask on the empty line where it stood.
    const g2Key = rangeOfToken(doc, '  G2:', 'G2');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(g2Key.start.line, 0, g2Key.start.line + 2, 0), '  \n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const cursor = new vscode.Position(g2Key.start.line, 2);
      const labels = await waitUntil(async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, cursor);
        const found = completionLabels(list);
        return found.includes('G2') ? found : undefined;
      }, 'completion item G2');
      assert.ok(!labels.includes('G1'), 'G1 is already in the note: offering it again would duplicate the key');
      assert.ok(!labels.includes('G7'), 'G7 is not a goal of the plan and must not be offered');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, cursor);
      const g2 = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'G2');
      assert.ok(g2);
      assert.ok(typeof g2.label !== 'string' && /phone or meet one friend/.test(g2.label.description ?? ''), 'the statement shows in the list row (labelDetails)');
      const detail = [g2.detail ?? '', typeof g2.documentation === 'string' ? g2.documentation : g2.documentation?.value ?? ''].join(' ');
      assert.match(detail, /phone or meet one friend/, "a goal id's completion shows the goal's statement");
    } finally {
      await revert(doc);
    }
  });

  test("hover on a goal id shows the goal's statement", async () => {
    const doc = await openFixture(SESSION);
    const g1 = rangeOfToken(doc, '  G1:', 'G1');
    const text = await waitUntil(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, g1.start.translate(0, 1));
      const t = hoverText(hovers);
      return t.includes('reduce PHQ-9 score from 15 to 7') ? { t, hovers } : undefined;
    }, 'a hover with the statement of G1');
    assert.match(text.t, /G1/);
    // VS Code announces Markdown hovers, so it gets them (a plain-text client gets plain text).
    const first = text.hovers?.[0]?.contents[0];
    assert.ok(first instanceof vscode.MarkdownString, 'the hover is Markdown');
    assert.match(first.value, /\*\*G1\*\*/);
  });
});
