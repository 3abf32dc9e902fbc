// The panel page's two scripts in headless Chromium, as the panel serves them (client/src/panel/
// html.ts with a boot script): the small boot script says `ready` before the renderer has loaded,
// messages the extension posts meanwhile (as JSON text, the panel's transport) are kept and
// rendered in order once it has, and the webview API is acquired once, as VS Code allows.
import { strict as assert } from 'node:assert';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { webviewHtml } from '../../client/src/panel/html';
import { encodeForWebview } from '../../server/src/shared/webviewProtocol';
import { makeFixture, type Fixture } from '../helpers/progressFixture';
import { launchChromium } from '../helpers/chromium';

const REPO = path.resolve(__dirname, '..', '..');
const ORIGIN = 'https://goalplan-webview.test';

async function bundle(entry: string): Promise<string> {
  const built = await esbuild.build({ entryPoints: [path.join(REPO, entry)], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false });
  return built.outputFiles[0].text;
}

describe('panel page: the boot script says ready while the renderer loads', function () {
  this.timeout(120_000);
  let browser: Browser;
  let fx: Fixture;
  let boot: string;
  let main: string;

  before(async () => {
    [fx, boot, main] = await Promise.all([makeFixture(), bundle('client/webview/boot.ts'), bundle('client/webview/main.ts')]);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    fx?.remove();
  });

  it('the shell loads the boot script in <head>, before the renderer, both with the nonce', () => {
    const html = webviewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/main.js`, bootUri: `${ORIGIN}/boot.js`, nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==' });
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [
      `<script nonce="dGVzdC1ub25jZS0xMjM0NTY3OA==" src="${ORIGIN}/boot.js">`,
      `<script nonce="dGVzdC1ub25jZS0xMjM0NTY3OA==" src="${ORIGIN}/main.js">`,
    ]);
    assert.ok(html.indexOf('boot.js') < html.indexOf('</head>'), 'boot runs before the body is parsed');
  });

  it('messages posted before the renderer has loaded are rendered, in order, once it has', async () => {
    const page = await browser.newPage();
    const html = webviewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/main.js`, bootUri: `${ORIGIN}/boot.js`, nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==' });
    // The renderer is held back until the test has posted its messages.
    let release!: () => void;
    const released = new Promise<void>((r) => { release = r; });
    await page.route('**/*', async (route) => {
      const u = route.request().url();
      if (u === `${ORIGIN}/index.html`) return route.fulfill({ contentType: 'text/html', body: html });
      if (u === `${ORIGIN}/boot.js`) return route.fulfill({ contentType: 'text/javascript', body: boot });
      if (u === `${ORIGIN}/main.js`) {
        await released;
        return route.fulfill({ contentType: 'text/javascript', body: main });
      }
      return route.abort();
    });
    // VS Code hands out the webview API once per page; a second call throws.
    await page.addInitScript(`
      window.__posted = [];
      let acquired = false;
      window.acquireVsCodeApi = () => {
        if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
        acquired = true;
        return { postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined };
      };
    `);
    await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
    assert.equal(await page.evaluate(() => document.querySelector('svg[data-chart]')), null, 'the renderer has not run yet');
    const progress = JSON.parse(JSON.stringify(fx.progress));
    // The caseload first, then the client: the client's view must be what stays.
    for (const m of [encodeForWebview({ type: 'init', theme: 'dark' }), encodeForWebview({ type: 'caseload', rows: fx.caseload.rows }), encodeForWebview({ type: 'clientProgress', progress })]) {
      await page.evaluate((text) => window.postMessage(text, '*'), m);
    }
    release();
    await page.waitForSelector(`article.gp-client svg[data-chart="goal"]`);
    assert.equal(await page.locator('article.gp-caseload').count(), 0, 'the later message replaced the earlier view');
    assert.equal(await page.evaluate(() => document.body.getAttribute('data-theme')), 'dark');
    const posted = await page.evaluate(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.map((m) => m.type));
    assert.deepEqual(posted, ['ready'], 'one ready, from the boot script; the renderer did not acquire the API again');
    await page.close();
  });
});
