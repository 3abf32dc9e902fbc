// SPEC 5.5/5.6 in headless Chromium: the report file and the panel's webview page draw each
// goal's expected change as a dashed line and mark the scores that are off track, for the
// examples clinic's not-on-track client (C-0704), as many marks as the model has off-track scores.
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { webviewHtml } from '../../client/src/panel/html';
import { command as report } from '../../server/src/cli/commands/report';
import { loadFolder } from '../../server/src/cli/loadFolder';
import type { CliIO } from '../../server/src/cli/io';
import { buildProgress, type ClientProgress } from '../../server/src/core/progress';
import { loadWebviewPage, WEBVIEW_ORIGIN } from '../helpers/webviewPage';
import { launchChromium } from '../helpers/chromium';

const REPO = path.resolve(__dirname, '..', '..');
const CLINIC = path.join(REPO, 'examples', 'clinic');
const RESULTS = path.join(REPO, 'test-results', 'mbc-browser');
const TODAY = '2026-11-26';
const ORIGIN = WEBVIEW_ORIGIN;

function quietIO(): CliIO & { err: string } {
  const io = { cwd: CLINIC, err: '', stdout: () => undefined, stderr: (t: string) => { io.err += t; } };
  return io;
}

/** Per goal: expected-line marks and off-track marks drawn. */
async function marks(page: Page, root: string) {
  return page.evaluate((sel) => {
    const scope = document.querySelector(sel)!;
    const out: Record<string, { expectedLines: number; offTrack: number }> = {};
    for (const fig of Array.from(scope.querySelectorAll('svg[data-chart="goal"]'))) {
      const id = fig.getAttribute('data-goal')!;
      out[id] = {
        expectedLines: fig.querySelectorAll('[data-marker="expected-line"] path').length,
        offTrack: fig.querySelectorAll('[data-marker="off-track"] .gp-offtrack-mark').length,
      };
    }
    return out;
  }, root);
}

function wanted(p: ClientProgress) {
  const out: Record<string, { expectedLines: number; offTrack: number }> = {};
  for (const g of p.goals) out[g.goalId] = { expectedLines: g.expected ? 1 : 0, offTrack: g.points.filter((x) => x.offTrack).length };
  return out;
}

describe('expected line and off-track marks in headless Chromium (examples clinic, C-0704)', function () {
  this.timeout(180_000);
  let browser: Browser;
  let p: ClientProgress;

  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    const loaded = await loadFolder([CLINIC], quietIO(), { history: false });
    p = JSON.parse(JSON.stringify(buildProgress(loaded.ws, 'C-0704', { today: TODAY, config: loaded.config })));
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  it('the model has an expected line for G1 and off-track scores (not for the count goal G2)', () => {
    const g1 = p.goals.find((g) => g.goalId === 'G1')!;
    assert.equal(g1.expected?.curve, true);
    assert.ok(g1.notOnTrack, 'G1 is not on track');
    assert.ok(g1.points.filter((x) => x.offTrack).length >= 3, 'several scores behind the curve');
    assert.equal(p.goals.find((g) => g.goalId === 'G2')!.expected, undefined, 'count has no RC: no line');
  });

  it('the report draws the dashed line and one mark per off-track score', async () => {
    const file = path.join(RESULTS, 'report-C-0704.html');
    const io = quietIO();
    assert.equal(await report.run(['--client', 'C-0704', '--today', TODAY, '--no-history', '--out', file], io), 0, io.err);
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    const got = await marks(page, 'body');
    assert.deepEqual(got, wanted(p));
    assert.ok(got.G1.offTrack > 0);
    const dash = await page.evaluate(() => getComputedStyle(document.querySelector('[data-marker="expected-line"] path')!).strokeDasharray);
    assert.notEqual(dash, 'none', 'the expected line is dashed');
    assert.match((await page.locator('figure[data-goal="G1"] .gp-badge-alert').allTextContents()).join(' '), /not on track/);
    await page.locator('figure[data-goal="G1"]').screenshot({ path: path.join(RESULTS, 'report-C-0704-G1.png') });
    await page.close();
  });

  it('the panel page draws the same marks from the progress message', async () => {
    const built = await esbuild.build({
      entryPoints: [path.join(REPO, 'client/webview/main.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false,
    });
    const bundle = built.outputFiles[0].text;
    const page = await browser.newPage();
    const html = webviewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/webview/main.js`, nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==' });
    await loadWebviewPage(page, { html, scripts: { [`${ORIGIN}/dist/webview/main.js`]: bundle } });
    const post = (m: unknown) => page.evaluate((msg) => window.postMessage(msg, '*'), m);
    await post({ type: 'init', theme: 'light' });
    await post({ type: 'clientProgress', progress: p });
    await page.waitForSelector('article.gp-client svg[data-chart="goal"]');
    assert.deepEqual(await marks(page, '#root'), wanted(p));
    await page.locator('figure[data-goal="G1"]').screenshot({ path: path.join(RESULTS, 'panel-C-0704-G1.png') });
    await page.close();
  });
});
