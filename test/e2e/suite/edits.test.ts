// Edits the server proposes: a quick fix that removes its diagnostic, and a rename of a goal id
// that reaches the plan and every session naming it in one WorkspaceEdit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activatedExtension, closeAllEditors, openFixture, rangeOfToken, revert, waitForDiagnostics, waitUntil, withCode,
} from './helpers';

async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was rejected`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('quick fix and rename', () => {
  suiteSetup(async () => { await activatedExtension(); });
  suiteTeardown(closeAllEditors);

  test('GP201 quick fix computes review.next and the diagnostic clears', async () => {
    const doc = await openFixture('clients/C-1002/plan.md');
    try {
      const diags = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP201').length > 0, 'GP201');
      const [gp201] = withCode(diags, 'GP201');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, gp201.range, vscode.CodeActionKind.QuickFix.value, 10);
      // vscode.executeCodeActionProvider does not hand back each action's diagnostics, so the
      // rule's own fix is told apart by kind: the preferred quick fix, else the first one that is
      // neither a suppression comment nor a "fix all".
      const candidates = (actions ?? []).filter((a) => (a.edit || a.command) && !/suppress|disable|fix all/i.test(a.title));
      const fix = candidates.find((a) => a.isPreferred) ?? candidates[0];
      const offered = (actions ?? []).map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
      assert.ok(fix, `no quick fix for GP201; offered: ${offered.join(' | ') || '(none)'}`);
      await applyAction(fix);
      await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP201').length === 0, 'GP201 to clear after its quick fix');
      // review.last 2026-11-01 + every 90d
      assert.match(doc.getText(), /^\s+next: ['"]?2027-01-30['"]?\s*$/m);
    } finally {
      await revert(doc);
    }
  });

  test('rename of a goal id updates the plan and all its sessions', async () => {
    const plan = await openFixture('clients/C-1004/plan.md');
    const sessions = await Promise.all(['2026-11-05', '2026-11-19'].map((d) =>
      vscode.workspace.openTextDocument(vscode.Uri.joinPath(plan.uri, '..', 'sessions', `${d}.md`))));
    try {
      const at = rangeOfToken(plan, 'id: G1', 'G1').start;
      const edit = await waitUntil(async () => {
        const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', plan.uri, at, 'G11');
        return e && e.size > 0 ? e : undefined;
      }, 'a rename edit for G1');
      const touched = edit.entries().map(([uri]) => uri.toString()).sort();
      assert.deepEqual(touched, [plan.uri, ...sessions.map((s) => s.uri)].map(String).sort(), 'the rename touches the plan and both sessions');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.match(plan.getText(), /^id: G11$/m);
      assert.doesNotMatch(plan.getText(), /^id: G1$/m);
      for (const s of sessions) {
        assert.match(s.getText(), /^ {2}G11:$/m, `${vscode.workspace.asRelativePath(s.uri)} names the new id`);
        assert.doesNotMatch(s.getText(), /^ {2}G1:$/m);
        await waitForDiagnostics(s.uri, (ds) => withCode(ds, 'GP301').length === 0, 'no unknown-goal after the rename');
      }
    } finally {
      for (const d of [plan, ...sessions]) await revert(d);
    }
  });
});
