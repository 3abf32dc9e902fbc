// "GoalPlan: New discharge summary" in the real editor (SPEC 5.6, issue 13): the draft is written
// beside the plan, opens in the editor, lints clean except for what the clinician must write
// (the Recommendations section and the signature), and running the command again never
// overwrites the file, not even after the clinician has edited it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activatedExtension, closeAllEditors, codeOf, describeDiagnostics, fixtureUri, revert, waitForDiagnostics, waitUntil } from './helpers';

const COMMAND = 'goalplan.newDischargeSummary';

suite('New discharge summary', () => {
  let extension: vscode.Extension<unknown>;
  suiteSetup(async () => { extension = await activatedExtension(); });
  suiteTeardown(closeAllEditors);

  test('the command is contributed and registered', async () => {
    const pkg = extension.packageJSON as { contributes: { commands: Array<{ command: string; title: string; category: string }> } };
    const contributed = pkg.contributes.commands.find((c) => c.command === COMMAND);
    assert.deepEqual(contributed && [contributed.category, contributed.title], ['GoalPlan', 'New discharge summary']);
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND));
  });

  test('writes the draft beside the closed plan; it lints clean except for Recommendations and the signature; a second run never overwrites', async () => {
    const summary = fixtureUri('clients/C-1007/discharge-2026-11-16.md');
    assert.ok(!fs.existsSync(summary.fsPath), 'the fixture has no discharge summary for C-1007');
    try {
      // Client and date as the argument, so no quick pick or input box has to be answered.
      const result = await vscode.commands.executeCommand<string | undefined>(COMMAND, { client: 'C-1007', date: '2026-11-16' });
      assert.equal(result, summary.toString());
      const editor = await waitUntil(() => {
        const e = vscode.window.activeTextEditor;
        return e?.document.uri.toString() === summary.toString() ? e : undefined;
      }, 'the new discharge summary in the active editor');
      const written = fs.readFileSync(summary.fsPath, 'utf8');
      assert.equal(editor.document.getText(), written, 'the editor shows what was written');
      assert.equal(editor.document.isDirty, false);

      // Filled from the files: each goal active when the plan closed with its outcome, first and
      // last held scores, the reason left for the clinician to choose, no signature.
      assert.match(written, /^kind: discharge-summary\nclient: C-1007\ndate: 2026-11-16$/m);
      assert.match(written, /^reason: other$/m);
      assert.match(written, /^ {2}G1:\n {4}outcome: met$/m);
      assert.match(written, /^ {2}G2:\n {4}outcome: partly-met$/m);
      assert.match(written, /^ {2}PHQ-9:\n {4}first: 16\n {4}last: 8$/m);
      assert.doesNotMatch(written, /^signed:/m);
      for (const h of ['Summary', 'Progress', 'Recommendations']) assert.match(written, new RegExp(`^## ${h}$`, 'm'));
      // The cursor waits under Recommendations, where the clinician writes.
      const recommendations = editor.document.getText().split('\n').indexOf('## Recommendations');
      assert.ok(recommendations > 0, 'a Recommendations heading');
      assert.equal(editor.selection.active.line, recommendations + 1, 'cursor on the line under Recommendations');

      // The language server's diagnostics in the editor: only what the clinician must write.
      const diags = await waitForDiagnostics(summary, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'GP307'),
        'the discharge summary linted against its plan');
      assert.deepEqual(diags.map(codeOf).sort(), ['GP305', 'GP312'], describeDiagnostics(diags));
      const gp305 = diags.find((d) => codeOf(d) === 'GP305')!;
      assert.equal(editor.document.lineAt(gp305.range.start.line).text, '## Recommendations', 'GP305 points at Recommendations');

      // The clinician's own edit on disk, then the command again: the file is kept as it is.
      const edited = `${written.replace(/\n*$/, '\n')}\nReturn if the PHQ-9 is 15 or above.\n`;
      fs.writeFileSync(summary.fsPath, edited);
      const again = await vscode.commands.executeCommand<string | undefined>(COMMAND, { client: 'C-1007', date: '2026-11-16' });
      assert.equal(again, undefined, 'nothing written the second time');
      assert.equal(fs.readFileSync(summary.fsPath, 'utf8'), edited, 'the existing summary is untouched');
      await waitUntil(() => (vscode.window.activeTextEditor?.document.uri.toString() === summary.toString() ? true : undefined),
        'the existing summary opened instead');
    } finally {
      for (const doc of vscode.workspace.textDocuments.filter((d) => d.uri.toString() === summary.toString())) await revert(doc);
      await closeAllEditors();
      fs.rmSync(summary.fsPath, { force: true });
    }
  });

  test('a client with no goal plan gets an error and no file', async () => {
    const before = fs.readdirSync(fixtureUri('clients').fsPath).sort();
    assert.equal(await vscode.commands.executeCommand(COMMAND, 'C-9999'), undefined);
    assert.equal(await vscode.commands.executeCommand(COMMAND, '../escape'), undefined);
    assert.deepEqual(fs.readdirSync(fixtureUri('clients').fsPath).sort(), before);
  });
});
