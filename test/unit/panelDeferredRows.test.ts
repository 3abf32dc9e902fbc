// The panel builds a long table's rows after the charts are painted (ViewOptions.deferredRows,
// client/webview/main.ts): checked in headless Chromium on a generated client with 60 sessions.
// When the charts are first in the page the long tables are there with their captions, empty,
// and the view is aria-busy; once it is not, every table holds exactly the rows the report (the
// same renderer, everything built at once) shows, row for row.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { webviewHtml } from '../../client/src/panel/html';
import { command as report } from '../../server/src/cli/commands/report';
import { loadFolder } from '../../server/src/cli/loadFolder';
import type { CliIO } from '../../server/src/cli/io';
import { buildProgress, type ClientProgress } from '../../server/src/core/progress';
import { LONG_TABLE_ROWS } from '../../server/src/core/render';
import { encodeForWebview } from '../../server/src/shared/webviewProtocol';
import { generateCorpus, writeCorpus } from '../bench/corpus';
import { loadWebviewPage, WEBVIEW_ORIGIN } from '../helpers/webviewPage';
import { launchChromium } from '../helpers/chromium';

const REPO = path.resolve(__dirname, '..', '..');
const ORIGIN = WEBVIEW_ORIGIN;
const TODAY = '2026-11-26';

/** Each table's caption and its rows' text, in page order. */
function tables(page: Page, scope: string): Promise<Array<{ caption: string; rows: string[] }>> {
  return page.evaluate((sel) => Array.from(document.querySelectorAll(`${sel} table`), (t) => ({
    caption: t.querySelector('caption')?.textContent ?? '',
    rows: Array.from(t.querySelectorAll('tbody tr'), (r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()),
  })), scope);
}

describe('panel: long tables get their rows after the charts are painted', function () {
  this.timeout(180_000);
  let browser: Browser;
  let dir: string;
  let p: ClientProgress;
  let client: string;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'goalplan-deferred-'));
    const files = generateCorpus({ clients: 1, sessionsPerClient: 60, seed: 11 });
    writeCorpus(dir, files);
    client = /clients\/([^/]+)\//.exec(files[0].path)![1];
    const io: CliIO = { cwd: dir, stdout: () => undefined, stderr: () => undefined };
    const loaded = await loadFolder([dir], io, { history: false });
    p = JSON.parse(JSON.stringify(buildProgress(loaded.ws, client, { today: TODAY, config: loaded.config })));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the panel ends with every row the report shows; at first paint the long tables are empty and the view is busy', async () => {
    assert.ok(p.sessions.length >= LONG_TABLE_ROWS && p.gas.length >= LONG_TABLE_ROWS, 'the client has long tables');
    const file = path.join(dir, 'report.html');
    const io: CliIO = { cwd: dir, stdout: () => undefined, stderr: () => undefined };
    assert.equal(await report.run(['--client', client, '--today', TODAY, '--no-history', '--out', file], io), 0);
    const reportPage = await browser.newPage();
    await reportPage.goto(`file://${file}`);
    const wanted = await tables(reportPage, 'body');
    await reportPage.close();

    const built = await esbuild.build({
      entryPoints: [path.join(REPO, 'client/webview/main.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false,
    });
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    const html = webviewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/main.js`, nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==' });
    await loadWebviewPage(page, { html, scripts: { [`${ORIGIN}/main.js`]: built.outputFiles[0].text } });
    // Read the page in the same task that rendered the message (a listener after the renderer's).
    const first = await page.evaluate((text) => new Promise<{ charts: number; busy: string | null; empty: string[] }>((resolve) => {
      window.addEventListener('message', () => {
        const view = document.querySelector('article.gp-client')!;
        resolve({
          charts: view.querySelectorAll('svg[data-chart="goal"]').length,
          busy: view.getAttribute('aria-busy'),
          empty: Array.from(view.querySelectorAll('table'), (t) => (t.querySelector('tbody tr') ? '' : t.querySelector('caption')?.textContent ?? '')).filter(Boolean),
        });
      }, { once: true });
      window.postMessage(text, '*');
    }), encodeForWebview({ type: 'clientProgress', progress: p }));
    assert.equal(first.charts, p.goals.length, 'every goal chart is drawn at once');
    assert.equal(first.busy, 'true');
    assert.ok(first.empty.includes('Session notes') && first.empty.includes('GAS T-score by session'), `long tables wait: ${first.empty.join(', ')}`);
    assert.ok(!first.empty.some((c) => /most urgent first/.test(c)), 'short tables are built at once');

    await page.waitForSelector('article.gp-client:not([aria-busy])');
    assert.deepEqual(await tables(page, '#root'), wanted);
    assert.equal(await page.locator('.gp-table-box.gp-long').count(), 0, 'every table is laid out');
    await page.close();
  });
});
