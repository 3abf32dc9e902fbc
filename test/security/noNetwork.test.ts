// Nothing leaves the machine: the CLI (lint, report, caseload, workers), and the language server
// run with every outbound network API trapped (trapNetwork.cjs), and no attempt is recorded.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { cliBin, ensureBuilt, REPO, serverBundle } from '../helpers/build';

const TRAP = join(__dirname, 'trapNetwork.cjs');
const CLINIC = join(REPO, 'examples', 'clinic');

describe('security: no network access', function () {
  this.timeout(60_000);
  let dir: string;
  let netLog: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'goalplan-net-'));
    netLog = join(dir, 'net.log');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const attempts = () => (existsSync(netLog) ? readFileSync(netLog, 'utf8') : '');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['-r', TRAP, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, GOALPLAN_NET_LOG: netLog } });

  it('the trap itself records and blocks an attempt (control)', () => {
    const control = join(dir, 'control.log');
    const r = spawnSync(process.execPath, ['-r', TRAP, '-e', "require('https').get('https://example.invalid/')"], { encoding: 'utf8', env: { ...process.env, GOALPLAN_NET_LOG: control } });
    assert.notEqual(r.status, 0);
    assert.match(readFileSync(control, 'utf8'), /https\.get/);
  });

  it('goalplan lint (all formats) makes no network call', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = run([cliBin(), 'lint', CLINIC, '--today', '2026-11-26', '--format', format]);
      assert.equal(r.status, 1, `lint --format ${format} exits 1 on the clinic's errors: ${r.stderr}`);
    }
    assert.equal(attempts(), '');
  });

  it('goalplan lint with worker threads makes no network call', () => {
    const corpus = join(dir, 'corpus');
    spawnSync(process.execPath, ['--import', 'tsx', 'test/bench/corpus.ts', corpus, '--clients', '40', '--sessions', '10'], { cwd: REPO });
    const r = run([cliBin(), 'lint', corpus, '--today', '2026-11-26', '--format', 'json']);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(attempts(), '');
  });

  it('the language server over stdio makes no network call', async () => {
    const proc = spawn(process.execPath, ['-r', TRAP, serverBundle(), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GOALPLAN_NET_LOG: netLog },
    });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const published = new Promise<void>((resolve) => conn.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: unknown[] }) => {
      if (p.diagnostics.length > 0) resolve();
    }));
    conn.listen();
    const root = pathToFileURL(CLINIC).href;
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'clinic' }], initializationOptions: { trusted: true, today: '2026-11-26' } });
    conn.sendNotification('initialized', {});
    await published;
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    await new Promise((r) => proc.once('exit', r));
    conn.dispose();
    assert.equal(attempts(), '');
  });
});
