// "GoalPlan: Print plan" (the progress panel's *Print plan* button runs it for the shown client)
// in the real editor (SPEC 5.6, issue 13): the language server writes the printable page the
// CLI writes, the clinician's copy or the client's, to the chosen file; never over a plan.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activatedExtension, closeAllEditors, fixtureUri } from './helpers';

const COMMAND = 'goalplan.printPlan';

suite('Print plan', () => {
  let extension: vscode.Extension<unknown>;
  let dir: string;
  suiteSetup(async () => {
    extension = await activatedExtension();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-print-')));
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the command is contributed and registered', async () => {
    const pkg = extension.packageJSON as { contributes: { commands: Array<{ command: string; title: string; category: string }> } };
    const contributed = pkg.contributes.commands.find((c) => c.command === COMMAND);
    assert.deepEqual(contributed && [contributed.category, contributed.title], ['GoalPlan', 'Print plan']);
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND));
  });

  test("writes the client's copy and the clinician's copy: one page each, no script, no remote load", async () => {
    const plan = fs.readFileSync(fixtureUri('clients/C-1001/plan.md').fsPath, 'utf8');
    const statement = /^statement: (.+)$/m.exec(plan)![1];
    for (const forClient of [true, false]) {
      const target = path.join(dir, forClient ? 'C-1001-plan-for-client.html' : 'C-1001-plan.html');
      // Client, copy and target as the argument, so no quick pick or save dialog has to be answered.
      const result = await vscode.commands.executeCommand<string | undefined>(COMMAND, { client: 'C-1001', forClient, target });
      assert.equal(result, vscode.Uri.file(target).toString());
      const html = fs.readFileSync(target, 'utf8');
      assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
      assert.match(html, /content="default-src &#39;none&#39;; style-src &#39;sha256-/, 'the page allows no script and no fetch');
      assert.doesNotMatch(html, /<script|<link|<img|src=|href="http/i);
      assert.ok(html.includes(statement.replace(/'/g, '&#39;')), 'the goal statement');
      assert.equal(/class="gp-plan gp-for-client"/.test(html), forClient);
      assert.match(html, forClient ? /<h2 id="gp-goals">Your goals<\/h2>/ : /<h2 id="gp-goals">Goals<\/h2>/);
    }
  });

  test('never writes over a plan; an unknown client writes nothing', async () => {
    const planFile = fixtureUri('clients/C-1001/plan.md').fsPath;
    const before = fs.readFileSync(planFile, 'utf8');
    assert.equal(await vscode.commands.executeCommand(COMMAND, { client: 'C-1001', forClient: true, target: planFile }), undefined);
    assert.equal(fs.readFileSync(planFile, 'utf8'), before);
    const none = path.join(dir, 'none.html');
    assert.equal(await vscode.commands.executeCommand(COMMAND, { client: 'C-9999', forClient: true, target: none }), undefined);
    assert.ok(!fs.existsSync(none));
  });
});
