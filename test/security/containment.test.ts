// Containment (issue 15, items 12-16): the server starts git only when told `trusted: true`,
// reads only regular files inside a workspace folder (never through a link out, never a device
// or FIFO, never more than the size cap), the --cache file cannot be redirected by a planted
// link, a `.git` file pointing elsewhere is not followed, and what the CLI prints cannot drive a
// spreadsheet or a terminal.
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintWithCache } from '../../server/src/cli/cache';
import { formatCsv, formatTable } from '../../server/src/cli/commands/caseload';
import { stylish } from '../../server/src/cli/format/stylish';
import { printable } from '../../server/src/cli/io';
import type { CaseloadRow } from '../../server/src/core/progress';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { lintPaths } from '../../server/src/node/lintFiles';
import { lintFiles } from '../helpers/lint';
import { ensureBuilt, PLAN, runCli, session, tmpWorkspace } from '../unit/cli-harness';
import { Methods, type ClientSummary, type ServerState } from '../../server/src/shared/lspProtocol';
import { pathToFileURL } from 'node:url';
import { readInside } from '../../server/src/node/readFile';
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

  describe('what the language server reads (item 13)', () => {
    let s: LspSession | undefined;
    afterEach(async () => s?.stop());
    const planOf = (client: string) => PLAN.replace('client: C-1', `client: ${client}`);

    it('watcher and close events read only regular files inside a workspace folder (no link out, no device, no FIFO)', async () => {
      const outside = tmpWorkspace({ 'secret.md': planOf('C-LINKED'), 'elsewhere.md': planOf('C-OUTSIDE'), 'closed.md': planOf('C-CLOSED') });
      s = await LspSession.start({ files: { 'clients/C-1/plan.md': PLAN, 'clients/C-1/s.md': session('2026-10-01').replace('G1:', 'G7:') } });
      await s.waitForDiagnostics('clients/C-1/s.md', (x) => codes(x).includes('GP301'), 'indexed');
      fs.mkdirSync(path.join(s.root, 'clients', 'C-9'), { recursive: true });
      fs.symlinkSync(path.join(outside, 'secret.md'), path.join(s.root, 'clients', 'C-9', 'plan.md'));
      fs.symlinkSync('/dev/zero', path.join(s.root, 'zero.md'));
      cp.execFileSync('mkfifo', [path.join(s.root, 'fifo.md')]);
      s.watched([{ rel: 'clients/C-9/plan.md', type: 1 }, { rel: 'zero.md', type: 1 }, { rel: 'fifo.md', type: 1 }]);
      s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(outside, 'elsewhere.md')).href, type: 1 }] });
      // A file outside every folder, opened and closed: on close its disk copy is not read.
      const closedUri = pathToFileURL(path.join(outside, 'closed.md')).href;
      s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: closedUri, languageId: 'markdown', version: 1, text: '# not a goal file\n' } });
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: closedUri } });
      const clients = await s.request<ClientSummary[]>(Methods.clients, {});
      assert.deepEqual(clients.map((c) => c.client), ['C-1'], 'nothing from outside the folder is indexed, and the server still answers');
    });

    it('a huge goal file is read only as far as its head when indexed (size checked before reading)', async () => {
      s = await LspSession.start({
        files: { 'clients/C-1/plan.md': PLAN },
        setup: (root) => {
          // A sparse 300 MB file: costs no disk, but a reader that reads it whole holds 300 MB or more.
          const big = path.join(root, 'clients', 'C-1', 'big.md');
          fs.writeFileSync(big, '---\nkind: session-log\nclient: C-1\ndate: 2026-10-01\n---\n');
          fs.truncateSync(big, 300 * 1024 * 1024);
        },
      });
      await s.waitForDiagnostics('clients/C-1/big.md', (x) => codes(x).includes('GP004'), 'GP004 on the big file');
      const line = s.logs.find((l) => /^indexed /.test(l)) ?? '';
      const rss = Number(/resident (\d+) MB/.exec(line)?.[1]);
      assert.ok(rss > 0 && rss < 200, `resident memory after the index: ${line}`);
    });

    it('the shared reader refuses a link out, a device and a FIFO, and reads a big file\'s head only', () => {
      const outside = tmpWorkspace({ 'secret.md': 'x' });
      const dir = tmpWorkspace({ 'in.md': 'inside', 'big.md': 'y'.repeat(200_000) });
      fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'out.md'));
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
      cp.execFileSync('mkfifo', [path.join(dir, 'fifo.md')]);
      const code = (f: string) => { try { readInside(path.join(dir, f), [dir], 1000); return 'read'; } catch (e) { return (e as NodeJS.ErrnoException).code; } };
      assert.deepEqual(['in.md', 'out.md', 'zero.md', 'fifo.md'].map(code), ['read', 'EOUTSIDE', 'EOUTSIDE', 'ENOTREG']);
      const big = readInside(path.join(dir, 'big.md'), [dir], 1000);
      assert.equal(big.truncated, true);
      assert.equal(big.size, 200_000);
      assert.ok(big.text.length <= 64 * 1024);
    });
  });

  describe('a .git file pointing elsewhere (item 15)', () => {
    before(ensureBuilt);

    it('lint --history and report refuse a folder whose .git file names another repository', () => {
      const note = (extra: string) => `${session('2026-10-01')}${extra}`;
      // The other repository: an identifier committed in its history, and its own author.
      const other = tmpWorkspace({ 'clients/C-1/s.md': note('Call back on 555-201-3344.\n') });
      gitInit(other);
      fs.writeFileSync(path.join(other, 'clients/C-1/s.md'), note(''));
      cp.execFileSync('git', ['-c', 'user.name=Other Author', '-c', 'user.email=o@example.invalid', 'commit', '-q', '-am', 'fix'], { cwd: other });
      const dir = tmpWorkspace({ 'clients/C-1/s.md': note(''), 'clients/C-1/plan.md': PLAN, '.git': `gitdir: ${path.join(other, '.git')}\n` });
      const control = cp.spawnSync('git', ['log', '--format=%an'], { cwd: dir, encoding: 'utf8' });
      assert.match(control.stdout, /Other Author/, 'control: plain git follows the .git file');

      const r = runCli(['lint', '.', '--history', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /history is not available here \(its \.git points to a repository outside this folder/);
      assert.ok(!r.stdout.includes('GP401'), 'no finding from the other repository');
      const out = path.join(dir, 'report.html');
      const rep = runCli(['report', '--client', 'C-1', '.', '--today', '2026-11-26', '--out', out], { cwd: dir });
      assert.equal(rep.code, 0, rep.stderr);
      const html = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : rep.stdout;
      assert.ok(!html.includes('Other Author'), 'the other repository\'s author is not shown');
      assert.match(html, /points to a repository outside this folder/);
    });
  });

  describe('GP401 reads values where they are written (item 11)', () => {
    it('an invalid first problem does not hide a phone number in the second', () => {
      const plan = PLAN.replace('problems:\n  - id: P1\n    text: Panic attacks at work\n', 'problems:\n  - just a string\n  - id: P1\n    text: Call back on 555-201-3344\n');
      assert.notEqual(plan, PLAN);
      const ds = lintFiles({ 'clients/C-1/plan.md': plan }).filter((d) => d.rule === 'GP401');
      assert.equal(ds.length, 1);
      assert.equal(plan.slice(ds[0].span.start, ds[0].span.end), '555-201-3344');
    });
  });

  describe('the --cache file (item 14)', () => {
    it('a link planted at the temporary name cannot redirect the cache write', async () => {
      const dir = tmpWorkspace({ 'clients/C-1/plan.md': PLAN, 'victim/keep.txt': 'precious\n' });
      const victim = path.join(dir, 'victim', 'keep.txt');
      const location = path.join(dir, '.goalplan-cache');
      // The names a predictable writer would use: pid-based, in the same folder.
      for (const name of [`${location}.${process.pid}.tmp`, `${location}.tmp`]) fs.symlinkSync(victim, name);
      const resolver = new ConfigResolver(dir);
      const files = [path.join(dir, 'clients/C-1/plan.md')];
      await lintWithCache(files, { location, resolver, today: '2026-11-26', now: Date.now() + 60_000, lint: async (some) => lintPaths(some, resolver, '2026-11-26') });
      assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n', 'the link target is untouched');
      assert.ok(fs.lstatSync(location).isFile(), 'the cache was written as a regular file of its own');
      assert.equal(fs.statSync(location).mode & 0o077, 0, 'readable by its owner only');
      assert.ok(fs.lstatSync(`${location}.${process.pid}.tmp`).isSymbolicLink(), 'the planted link is left alone');
    });
  });

  describe('what the CLI prints (item 16)', () => {
    const row = (client: string, clinician?: string, stalled: string[] = []): CaseloadRow => ({
      client, clinician, plans: 1, reviewsDue: 0, reviewsHeld: 0, reviewsOverdue: 0,
      goalsByStatus: { active: 1, 'on-hold': 0, met: 0, revised: 0, discontinued: 0 },
      sessions: 0, lateNotes: 0, unsignedNotes: 0, editedAfterSignature: 0, stalledGoals: stalled, deteriorations: 0,
      pastDueGoals: stalled, noNextReview: false, notOnTrackGoals: [], missedSessions: 0, overdueMeasures: [],
    });

    it('CSV: a formula start after a `;` or `,` inside a cell is defused too, and such cells stay whole', () => {
      const csv = formatCsv({ version: 1, today: '2026-11-26', rows: [row('C-1;=HYPERLINK("http://x";"y")', 'AL,+cmd', ['G1;@SUM(A1)', 'G2;-2+3'])] });
      const body = csv.split('\r\n')[1];
      for (const bad of [/(^|[;,])=/, /(^|[;,])\+/, /(^|[;,])@/, /(^|[;,])-2/]) {
        // Split as a `;`-list locale and as a `,`-list locale would: no cell may start a formula.
        for (const cell of body.split(/[;,]/)) assert.ok(!bad.test(cell.replace(/^"/, '')), `cell ${JSON.stringify(cell)} of ${body}`);
      }
      for (const cell of [`"C-1;'=HYPERLINK(""http://x"";""y"")"`, `"AL,'+cmd"`, `"G1;'@SUM(A1) G2;'-2+3"`]) assert.ok(body.includes(cell), `${cell} in ${body}`);
    });

    it('terminal: C1 controls and bidi overrides/isolates are shown escaped in stylish, table and error lines', () => {
      const evil = 'C-1\u009b31m\u202eevil\u2066x\u2069\u0085';
      const out = [
        stylish([{ file: `clients/${evil}/plan.md`, diagnostics: [{ line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'GP001', alias: 'x', message: `goal ${evil}`, fixable: false }] }]),
        formatTable({ version: 1, today: '2026-11-26', rows: [row(evil, evil, [evil])] }, { today: '2026-11-26' }),
        printable(evil),
      ].join('\n');
      assert.ok(!/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/.test(out), JSON.stringify(out));
      assert.match(out, /C-1\\u009b31m\\u202eevil\\u2066x\\u2069\\u0085/);
    });
  });
});
