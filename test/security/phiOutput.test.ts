// Notes are PHI: no note text may reach a log, an error message or any CLI output. A marker
// planted in every free-text field (and in identifiers GP401 flags, and in broken YAML) must
// never appear in what the CLI prints, in any format, nor in the language server's stderr.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { cliBin, ensureBuilt, REPO, serverBundle } from '../helpers/build';

const MARK = 'Zqxmarker';

const PLAN = `---
kind: goal-plan
client: C-0900
clinician: rk
created: 2026-06-01
review:
  every: 90d
  last: 2026-06-01
  next: 2026-08-30
problems:
  - id: P1
    text: ${MARK} low mood after ${MARK} moved away
discharge: ${MARK} discharge when stable
---
# Plan

${MARK} wrote in the body. Call ${MARK.toLowerCase()}@example.org or 555-201-3344.

\`\`\`yaml goal
id: G1
statement: ${MARK} will feel better
problem: P1
due: 2026-07-01
interventions:
  - ${MARK} weekly check-in, call 555-201-3345
\`\`\`

\`\`\`yaml goal
id: G2
statement: ${MARK}: broken: yaml: here
\`\`\`
`;

const SESSION = `---
kind: session-log
client: C-0900
date: 2026-06-10
format: SOAP
goals:
  G1:
    progress: 5
    note: ${MARK} said a lot, mrn 12345678
  G9:
    note: ${MARK}
measures:
  PHQ-9:
    score: 14
    items: [1, 1, 2, 2, 2, 2, 1, 1, 2]
risk: ${MARK} denies intent
---
## Subjective

${MARK} reported. DOB 1990-01-02. Visit https://${MARK.toLowerCase()}.example.org/x
`;

const BROKEN = `---
kind: session-log
client: [${MARK}
date: 2026-06-11
---
${MARK}
`;

describe('security: PHI never reaches output', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'goalplan-phi-'));
    mkdirSync(join(dir, 'clients', 'C-0900', 'sessions'), { recursive: true });
    writeFileSync(join(dir, 'clients', 'C-0900', 'plan.md'), PLAN);
    writeFileSync(join(dir, 'clients', 'C-0900', 'sessions', '2026-06-10.md'), SESSION);
    writeFileSync(join(dir, 'clients', 'C-0900', 'sessions', '2026-06-11.md'), BROKEN);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('CLI lint output in every format names files and rules, never note text', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = spawnSync(process.execPath, [cliBin(), 'lint', dir, '--today', '2026-11-26', '--format', format], { cwd: REPO, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /GP401/, 'the planted identifiers are found');
      assert.match(r.stdout, /GP001/, 'the broken file is reported');
      assert.ok(!new RegExp(MARK, 'i').test(r.stdout + r.stderr), `${format} output contains note text:\n${(r.stdout + r.stderr).split('\n').filter((l) => new RegExp(MARK, 'i').test(l)).join('\n')}`);
      for (const id of ['555-201-3344', '555-201-3345', '12345678', '1990-01-02']) assert.ok(!r.stdout.includes(id), `${format} output repeats the identifier ${id}`);
    }
  });

  it('language server stderr and messages carry no note text', async () => {
    const proc = spawn(process.execPath, [serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr += String(d)));
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const logs: string[] = [];
    conn.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
    conn.onNotification('window/showMessage', (p: { message: string }) => void logs.push(p.message));
    conn.onNotification('$/logTrace', (p: { message: string; verbose?: string }) => void logs.push(p.message + (p.verbose ?? '')));
    const messages: string[] = [];
    const seen = new Set<string>();
    const allSeen = new Promise<void>((resolve) => conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { message: string }[] }) => {
      for (const d of p.diagnostics) messages.push(d.message);
      if (p.diagnostics.length) seen.add(p.uri);
      if (seen.size >= 3) resolve();
    }));
    conn.listen();
    const root = pathToFileURL(dir).href;
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'phi' }], trace: 'verbose', initializationOptions: { trusted: true, today: '2026-11-26' } });
    conn.sendNotification('initialized', {});
    conn.sendNotification('$/setTrace', { value: 'verbose' });
    await allSeen;
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    await new Promise((r) => proc.once('exit', r));
    conn.dispose();
    const all = [...messages, ...logs, stderr].join('\n');
    assert.ok(messages.length > 5);
    assert.ok(!new RegExp(MARK, 'i').test(all), `server output contains note text:\n${all.split('\n').filter((l) => new RegExp(MARK, 'i').test(l)).join('\n')}`);
  });
});
