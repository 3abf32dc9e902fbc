// Run only by the untrusted profile: Workspace Trust on, the folder not trusted. The extension
// keeps its read-only features (diagnostics) and runs no git and no workspace code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  activatedExtension, assertRange, openFixture, rangeOfToken, waitForDiagnostics, waitUntil, withCode,
} from './helpers';

suite('restricted mode (untrusted folder)', () => {
  test('the folder is really untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  test('the extension still activates and reports diagnostics', async () => {
    await activatedExtension();
    const doc = await openFixture('clients/C-1001/sessions/2026-11-10.md');
    const diags = await waitForDiagnostics(doc.uri, (ds) => withCode(ds, 'GP301').length > 0, 'GP301 in restricted mode');
    assertRange(withCode(diags, 'GP301')[0].range, rangeOfToken(doc, '  G7:', 'G7'), 'GP301');
  });

  test('the extension reports restricted state and has run no git', async () => {
    // The progress view is where history (git) would be read: ask for it, then check nothing ran.
    await Promise.resolve(vscode.commands.executeCommand('goalplan.showProgress', 'C-1001')).catch(() => undefined);
    const raw = await waitUntil(async () => vscode.commands.executeCommand<unknown>('goalplan.debug.state'), 'goalplan.debug.state');
    const state = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
    assert.equal(state.trusted, false, 'the extension knows the folder is untrusted');
    assert.equal(state.gitRuns, 0, 'no git process started by the extension');
    const gitLog = process.env.GOALPLAN_E2E_GIT_LOG;
    assert.ok(gitLog, 'the launcher records git invocations');
    const calls = fs.existsSync(gitLog) ? fs.readFileSync(gitLog, 'utf8').trim() : '';
    assert.equal(calls, '', 'no git process ran in the untrusted workspace');
  });
});
