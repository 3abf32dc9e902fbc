// A crashed language server is restarted by the client and reported to the user once (issue 7):
// the test kills the server process twice and checks diagnostics come back each time.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activatedExtension, fixtureUri, openFixture, revert, waitUntil, withCode } from './helpers';

interface State {
  serverRunning: boolean;
  crashMessages: number;
}

/** The server started for this extension host: a node process with our server bundle and our pid as client. */
function serverPid(): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd: string;
    try {
      cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmd.includes('dist/server/server.js') && cmd.includes(`--clientProcessId=${process.pid}`)) return Number(entry);
  }
  return undefined;
}

suite('crash recovery', () => {
  test('a killed server is restarted, keeps publishing diagnostics, and is reported once', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server process through /proc
    await activatedExtension();
    const state = () => vscode.commands.executeCommand<State>('goalplan.debug.state');
    const before = (await state()).crashMessages;
    for (let round = 1; round <= 2; round++) {
      const pid = await waitUntil(() => serverPid(), 'the language server process');
      process.kill(pid, 'SIGKILL');
      await waitUntil(() => {
        const next = serverPid();
        return next !== undefined && next !== pid ? next : undefined;
      }, `a restarted server after crash ${round}`);
      await waitUntil(async () => ((await state()).serverRunning ? true : undefined), 'the client to report the server running');
      const doc = await openFixture('clients/C-1001/plan.md');
      const uri = fixtureUri('clients/C-1001/plan.md');
      // A goal added at the end gets GP101 there: only a live, restarted server can say so.
      const end = doc.lineCount;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(end, 0), `\n\`\`\`yaml goal\nid: GZ${round}\nstatement: Client will feel better\n\`\`\`\n`);
      await vscode.workspace.applyEdit(edit);
      await waitUntil(() => (withCode(vscode.languages.getDiagnostics(uri), 'GP101').some((d) => d.range.start.line >= end) ? true : undefined), `GP101 on the new goal after crash ${round}`);
      await revert(doc);
    }
    assert.equal((await state()).crashMessages - before, 1, 'two crashes, one message');
  });
});
