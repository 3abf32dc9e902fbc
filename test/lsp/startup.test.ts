// How the server is started: `goalplan-language-server --stdio` for any editor; without a
// transport flag it explains itself instead of failing obscurely.
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as path from 'node:path';
import { ensureBuilt } from '../helpers/build';
import { LspSession } from './harness';

describe('lsp: startup', function () {
  let built = '';
  before(() => { built = ensureBuilt(); });

  it('without --stdio the server prints its usage and exits with 2', () => {
    const r = cp.spawnSync(process.execPath, [path.join(built, 'bin', 'goalplan-language-server.js')], { encoding: 'utf8', input: '' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
  });

  it('answers initialize over stdio with the features it offers', async () => {
    const s = await LspSession.start({ files: {} });
    try {
      const caps = s.initResult?.capabilities ?? {};
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 }, 'incremental sync');
      for (const k of ['completionProvider', 'hoverProvider', 'codeActionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider']) {
        assert.ok(caps[k], `${k} announced`);
      }
      assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.goalplan']);
      const st = await s.request<{ trusted: boolean; indexedFiles: number }>('goalplan/state', {});
      assert.equal(st.trusted, true);
      assert.equal(st.indexedFiles, 0);
    } finally {
      await s.stop();
    }
  });
});
