// `goalplan report` on the example clinic and on the hostile fixture: one self-contained HTML file
// (no script, no external load), the charts as inline SVG with the stable marks, and the same
// model the panel gets.
import { strict as assert } from 'node:assert';
import dns from 'node:dns';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { command as report, parseReportArgs } from '../../server/src/cli/commands/report';
import { loadFolder } from '../../server/src/cli/loadFolder';
import { UsageError, type CliIO } from '../../server/src/cli/io';
import { buildProgress } from '../../server/src/core/progress';
import { goalSummary, plottedGoalPoints } from '../../server/src/core/render';
import { externalLoads } from '../helpers/htmlChecks';
import { EVIL_CLIENT, PAYLOAD, makeFixture, type Fixture } from '../helpers/progressFixture';

const REPO = path.resolve(__dirname, '..', '..');
const CLINIC = path.join(REPO, 'examples', 'clinic');
const TODAY = '2026-11-26';

interface Captured extends CliIO {
  out: string;
  err: string;
}

function captureIO(cwd: string): Captured {
  const io: Captured = {
    out: '', err: '', cwd,
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
  };
  return io;
}

describe('goalplan report', function () {
  this.timeout(120_000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'gp-report-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes one self-contained HTML file for a client of the example clinic', async () => {
    const out = path.join(tmp, 'C-0451.html');
    const io = captureIO(REPO);
    const code = await report.run(['--client', 'C-0451', '--today', TODAY, '--out', out, CLINIC], io);
    assert.equal(code, 0, io.err);
    assert.equal(io.out, '', 'nothing on stdout with --out');
    assert.equal(statSync(out).mode & 0o777, 0o600, 'a report holds PHI: owner-only');
    const html = readFileSync(out, 'utf8');
    assert.deepEqual(externalLoads(html), [], 'no script, no external load of any kind');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
    assert.match(html, /@media print/);

    // The same model the panel gets: charts, marks and summaries match it.
    const loaded = await loadFolder([CLINIC], captureIO(REPO), { history: true });
    const p = buildProgress(loaded.ws, 'C-0451', { today: TODAY, config: loaded.config, history: loaded.history });
    const { document } = parseHTML(html);
    assert.equal(document.querySelectorAll('svg[data-chart]').length, p.goals.length + p.instruments.length + 1, 'a chart per goal, per instrument, and GAS');
    assert.ok(p.goals.length >= 3);
    for (const g of p.goals) {
      assert.equal(document.querySelectorAll(`[data-series="goal"][data-goal="${g.goalId}"]`).length, 1, `one series for ${g.goalId}`);
      assert.equal(document.querySelectorAll(`[data-points="goal"][data-goal="${g.goalId}"] circle`).length, plottedGoalPoints(g).length, `${g.goalId} points`);
      assert.equal(document.querySelector(`figure[data-goal="${g.goalId}"] p.gp-summary`)?.textContent, goalSummary(g, p), 'same summary as the panel');
    }
    for (const i of p.instruments) {
      assert.equal(document.querySelectorAll(`[data-points="instrument"][data-instrument="${i.instrument}"] circle`).length, i.points.length, i.instrument);
    }
    // Paths are shown relative to where the command ran, never as file:// links.
    assert.ok(html.includes('examples/clinic/clients/C-0451/sessions/2026-10-05.md'));
    assert.ok(!html.includes('file://'));
  });

  it('writes to standard output without --out', async () => {
    const io = captureIO(REPO);
    const code = await report.run(['--client', 'C-0142', '--today', TODAY, '--no-history', CLINIC], io);
    assert.equal(code, 0, io.err);
    assert.match(io.out, /^<!DOCTYPE html>/);
    assert.match(io.out, /No git history/);
    assert.deepEqual(externalLoads(io.out), []);
  });

  it('--all writes the caseload followed by every client, linked', async () => {
    const io = captureIO(REPO);
    const code = await report.run(['--all', '--today', TODAY, '--no-history', CLINIC], io);
    assert.equal(code, 0, io.err);
    const { document } = parseHTML(io.out);
    const rows = Array.from(document.querySelectorAll('table[data-table="caseload"] tbody tr'));
    const articles = Array.from(document.querySelectorAll('article.gp-client'));
    assert.ok(rows.length >= 5);
    assert.equal(articles.length, rows.length);
    for (const row of rows) {
      const href = row.querySelector('a')?.getAttribute('href') ?? '';
      assert.ok(document.getElementById(href.slice(1)), `link ${href} has a target`);
    }
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.getAttribute('id'));
    assert.equal(new Set(ids).size, ids.length, 'ids are unique across clients');
  });

  it('says which client is unknown, with exit code 2', async () => {
    const io = captureIO(REPO);
    const code = await report.run(['--client', 'C-9999', '--today', TODAY, '--no-history', CLINIC], io);
    assert.equal(code, 2);
    assert.match(io.err, /no plan or session note for client 'C-9999'/);
    assert.equal(io.out, '');
  });

  it('opens no network connection while reading, rendering and writing (connect and lookup trapped)', async () => {
    const attempts: string[] = [];
    const trap = (name: string) => (..._args: unknown[]) => {
      attempts.push(name);
      throw new Error(`network call ${name} during report`);
    };
    // Every outbound path in Node goes through one of these (http/https use net/tls sockets).
    const saved = [
      [net.Socket.prototype, 'connect'], [net, 'connect'], [net, 'createConnection'], [tls, 'connect'],
      [dns, 'lookup'], [dns, 'resolve'], [dns.promises, 'lookup'], [dns.promises, 'resolve'],
    ].map(([obj, key]) => [obj, key, (obj as Record<string, unknown>)[key as string]] as const);
    for (const [obj, key] of saved) (obj as Record<string, unknown>)[key as string] = trap(key as string);
    try {
      const io = captureIO(REPO);
      assert.equal(await report.run(['--all', '--today', TODAY, CLINIC], io), 0, io.err);
      assert.match(io.out, /^<!DOCTYPE html>/);
    } finally {
      for (const [obj, key, fn] of saved) (obj as Record<string, unknown>)[key as string] = fn;
    }
    assert.deepEqual(attempts, []);
  });

  it('rejects bad arguments', () => {
    assert.throws(() => parseReportArgs([]), UsageError);
    assert.throws(() => parseReportArgs(['--client', 'C-1', '--all']), UsageError);
    assert.throws(() => parseReportArgs(['--client', 'C-1', '--today', '2026-02-30']), UsageError);
    assert.throws(() => parseReportArgs(['--client', 'C-1', '--bogus']), UsageError);
    assert.deepEqual(parseReportArgs(['--client', 'C-1', '--today', TODAY]).paths, ['.']);
  });

  describe('with script payloads in every text field', () => {
    let fx: Fixture;
    before(async () => {
      fx = await makeFixture();
    });
    after(() => fx?.remove());

    it('shows them as text and writes no markup from them', async () => {
      const io = captureIO(fx.dir);
      const code = await report.run(['--client', EVIL_CLIENT, '--today', TODAY], io);
      assert.equal(code, 0, io.err);
      const html = io.out;
      assert.deepEqual(externalLoads(html), []);
      assert.ok(!html.includes(PAYLOAD), 'the payload never appears unescaped');
      assert.ok(html.includes('&lt;img src=x onerror=window.__pwned=1&gt;'));
      const { document } = parseHTML(html);
      assert.equal(document.querySelectorAll('img, script').length, 0);
      assert.ok(document.querySelector('h1')?.textContent?.includes(EVIL_CLIENT));
      assert.ok(document.querySelector('title')?.textContent?.includes(EVIL_CLIENT));
      // Commit messages from the fixture's git history are in the revisions table, as text.
      assert.ok(document.querySelector('table[data-table="revisions"]')?.textContent?.includes(`Re-target G1, add G3 ${PAYLOAD}`));
    });
  });
});
