// Containment (issue 15, items 12-16): the server starts git only when told `trusted: true`,
// reads only regular files inside a workspace folder (never through a link out, never a device
// or FIFO, never more than the size cap), the --cache file cannot be redirected by a planted
// link, a `.git` file pointing elsewhere is not followed, and what the CLI prints cannot drive a
// spreadsheet or a terminal.
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import { Methods, type ServerState } from '../../server/src/shared/lspProtocol';
import type { ClientProgress } from '../../server/src/core/progress/types';
import { codes, LspSession } from '../lsp/harness';
import { clinic } from '../lsp/fixtures';

function gitInit(dir: string): void {
  const run = (...args: string[]) => {
    const r = cp.spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, `git ${args[0]}: ${r.stderr}`);
  };
  run('init', '-q', '-b', 'main');
  run('add', '.');
  run('commit', '-q', '-m', 'clinic');
}

describe('security: containment', function () {
  this.timeout(120_000);

  describe('workspace trust (item 12)', () => {
    let s: LspSession | undefined;
    afterEach(async () => s?.stop());

    it('without `trusted: true` in initializationOptions the server starts no git process', async () => {
      s = await LspSession.start({ files: clinic(), initializationOptions: { today: '2026-11-26' } });
      gitInit(s.root);
      await s.waitForDiagnostics('clients/C-0100/sessions/2026-11-10.md', (d) => codes(d).includes('GP301'), 'workspace indexed');
      const p = await s.request<ClientProgress>(Methods.progress, { client: 'C-0100' });
      assert.deepEqual(p.history, { available: false, reason: 'untrusted' });
      const st = await s.request<ServerState>(Methods.state, {});
      assert.equal(st.trusted, false);
      assert.equal(st.gitRuns, 0);
    });
  });
});
