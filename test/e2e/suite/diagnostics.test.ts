// Diagnostics reach the editor on the exact token at fault, for a plan and for a session, and
// a plan edit re-checks the sessions that depend on it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activatedExtension, assertRange, closeAllEditors, openFixture, rangeOfToken, revert, waitForDiagnostics, withCode,
} from './helpers';

suite('diagnostics', () => {
  suiteSetup(async () => { await activatedExtension(); });
  suiteTeardown(closeAllEditors);

  test('plan: GP113 sits on the unknown problem id', async () => {
    const doc = await openFixture('clients/C-1001/plan.md');
    const diags = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP113').length > 0, 'GP113');
    const gp113 = withCode(diags, 'GP113');
    assert.equal(gp113.length, 1, 'exactly one unknown problem link in the fixture');
    assertRange(gp113[0].range, rangeOfToken(doc, 'problem: P9', 'P9'), 'GP113');
    assert.equal(gp113[0].severity, vscode.DiagnosticSeverity.Error);
  });

  test('plan: a version-2 rule (GP114 absolute-wording) sits on the absolute word', async () => {
    const doc = await openFixture('clients/C-1001/plan.md');
    const diags = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP114').length > 0, 'GP114');
    const gp114 = withCode(diags, 'GP114');
    assert.equal(gp114.length, 1, 'exactly one absolute in the fixture');
    assertRange(gp114[0].range, rangeOfToken(doc, 'and never cancel', 'never'), 'GP114');
    assert.equal(gp114[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  test('session: GP301 sits on the goal id its plan lacks, and only there', async () => {
    const doc = await openFixture('clients/C-1001/sessions/2026-11-10.md');
    const diags = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP301').length > 0, 'GP301');
    const gp301 = withCode(diags, 'GP301');
    assert.equal(gp301.length, 1, 'G1 and G2 exist in the plan; only G7 is unknown');
    assertRange(gp301[0].range, rangeOfToken(doc, '  G7:', 'G7'), 'GP301');
    assert.equal(gp301[0].severity, vscode.DiagnosticSeverity.Error);
  });

  test('editing a plan (unsaved) re-checks its session at once', async () => {
    const session = await openFixture('clients/C-1003/sessions/2026-11-12.md');
    await waitForDiagnostics(session.uri, (ds) => withCode(ds, 'GP301').length === 1, 'GP301 on G3 before the edit');

    const plan = await openFixture('clients/C-1003/plan.md');
    const newGoal = [
      '', '```yaml goal', 'id: G3',
      'statement: Client will get out of bed by 07:30 on 5 of 7 mornings.',
      'type: behavioral', 'horizon: long-term', 'problem: P1',
      'measure:', '  instrument: count', '  baseline: 1', '  target: 5', '  unit: mornings per week',
      'start: 2026-10-01', 'due: 2027-03-31', 'interventions:', '  - Fixed wake time, weekly, rk', '```', '',
    ].join('\n');
    try {
      const add = new vscode.WorkspaceEdit();
      add.insert(plan.uri, plan.positionAt(plan.getText().length), newGoal);
      assert.ok(await vscode.workspace.applyEdit(add));
      await waitForDiagnostics(session.uri, (ds) => withCode(ds, 'GP301').length === 0, 'GP301 to clear after G3 was added to the plan');

      // And back: removing the goal again brings the diagnostic back, without saving anything.
      const text = plan.getText();
      const start = text.indexOf(newGoal);
      assert.ok(start >= 0);
      const remove = new vscode.WorkspaceEdit();
      remove.delete(plan.uri, new vscode.Range(plan.positionAt(start), plan.positionAt(start + newGoal.length)));
      assert.ok(await vscode.workspace.applyEdit(remove));
      await waitForDiagnostics(session.uri, (ds) => withCode(ds, 'GP301').length === 1, 'GP301 to return after G3 was removed');
    } finally {
      await revert(plan);
    }
  });
});
