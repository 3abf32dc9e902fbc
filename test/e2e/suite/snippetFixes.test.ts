// GP209's code action in the real editor (SPEC 5.8): VS Code's language client announces
// workspace.workspaceEdit.snippetEditSupport, so the agreement keys arrive as a snippet: the
// cursor waits at `by`, Tab visits `date` and `method`, nothing is filled in for the clinician.
// What the clinician types there records the agreement and GP209 clears.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, closeAllEditors, openFixture, revert, waitForDiagnostics, waitUntil, withCode } from './helpers';

suite('GP209 snippet fix', () => {
  suiteSetup(async () => { await activatedExtension(); });
  suiteTeardown(closeAllEditors);

  test('inserts empty agreement keys as tab stops; what the clinician types there clears GP209', async () => {
    const doc = await openFixture('clients/C-1002/plan.md');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    try {
      const diags = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP209').length > 0, 'GP209');
      const [gp209] = withCode(diags, 'GP209');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, gp209.range, vscode.CodeActionKind.QuickFix.value, 10);
      const fix = (actions ?? []).find((a) => /agreement/i.test(a.title));
      assert.ok(fix?.edit, `no agreement action; offered: ${(actions ?? []).map((a) => a.title).join(' | ') || '(none)'}`);
      assert.notEqual(fix.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the snippet edit was applied');

      // The keys are in with nothing filled in, and the editor is in snippet mode at `by`.
      const text = doc.getText();
      assert.match(text, /\nagreement:\n {2}by: \n {2}date: \n {2}method: \n---\n/);
      assert.doesNotMatch(text, /\$\d/, 'no literal tab stop');
      const byLine = text.split('\n').indexOf('  by: ');
      await waitUntil(() => (editor.selection.active.line === byLine && editor.selection.active.character === 6 ? true : undefined),
        'the cursor at the first tab stop (by)');

      for (const [i, value] of ['client', '2026-11-20', 'verbal'].entries()) {
        if (i > 0) await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
        await vscode.commands.executeCommand('type', { text: value });
      }
      assert.match(doc.getText(), /\nagreement:\n {2}by: client\n {2}date: 2026-11-20\n {2}method: verbal\n---\n/);
      await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP209').length === 0 && withCode(ds, 'GP002').length === 0,
        'GP209 to clear once the agreement is filled in');
    } finally {
      await vscode.commands.executeCommand('leaveSnippet');
      await revert(doc);
    }
  });
});
