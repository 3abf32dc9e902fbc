// The extension loads in a real extension host, from the build this run is meant to test.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activatedExtension, EXTENSION_ID } from './helpers';

suite('activation', () => {
  test('the extension activates when a goal file is opened', async () => {
    const ext = await activatedExtension();
    assert.equal(ext.isActive, true);
    assert.equal(ext.packageJSON.name, 'goalplan');
  });

  test('the host runs the intended build (development folder or installed .vsix)', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const actual = path.resolve(ext.extensionPath);
    const installedRoot = process.env.GOALPLAN_E2E_EXTENSIONS_DIR;
    const devPath = process.env.GOALPLAN_E2E_DEV_PATH;
    if (process.env.GOALPLAN_E2E_PROFILE === 'vsix') {
      assert.ok(installedRoot, 'launcher must pass GOALPLAN_E2E_EXTENSIONS_DIR');
      assert.ok(actual.startsWith(path.resolve(installedRoot) + path.sep), `expected the installed copy under ${installedRoot}, got ${actual}`);
      assert.equal(ext.extensionKind, vscode.ExtensionKind.Workspace);
    } else {
      assert.ok(devPath, 'launcher must pass GOALPLAN_E2E_DEV_PATH');
      assert.equal(actual, path.resolve(devPath));
    }
  });
});
