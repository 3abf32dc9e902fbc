// The report file and the panel's webview page in headless Chromium (playwright-core with the
// system Chromium): the SVG marks a user sees (one series per goal, one point per session),
// screenshots under test-results/, and proof that script payloads in every text field show as
// text and run nothing, and that the panel's CSP blocks injected inline script.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { webviewHtml } from '../../client/src/panel/html';
import { command as report } from '../../server/src/cli/commands/report';
import { loadFolder } from '../../server/src/cli/loadFolder';
import type { CliIO } from '../../server/src/cli/io';
import { buildProgress, type ClientProgress } from '../../server/src/core/progress';
import { plottedGoalPoints } from '../../server/src/core/render';
import { EVIL_AUTHOR, EVIL_CLIENT, PAYLOAD, makeFixture, type Fixture } from '../helpers/progressFixture';
import { loadWebviewPage, WEBVIEW_ORIGIN } from '../helpers/webviewPage';
import { launchChromium } from '../helpers/chromium';

const REPO = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(REPO, 'test-results');
const TODAY = '2026-11-26';
/** A made-up https origin served by page.route (no server, no network): a secure context like VS Code's webview origin. */
const ORIGIN = WEBVIEW_ORIGIN;

function quietIO(cwd: string): CliIO & { err: string } {
  const io = { cwd, err: '', stdout: () => undefined, stderr: (t: string) => { io.err += t; } };
  return io;
}

/** Records what a page did that it must not: dialogs, uncaught errors, requests other than the allowed ones. */
function watch(page: Page, allowed: (url: string) => boolean) {
  const seen = { dialogs: [] as string[], errors: [] as string[], requests: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => {
    if (!allowed(r.url())) seen.requests.push(r.url());
  });
  return seen;
}

async function countMarks(page: Page, root = 'body') {
  return page.evaluate((sel) => {
    const scope = document.querySelector(sel)!;
    const goals: Record<string, { series: number; points: number }> = {};
    for (const s of Array.from(scope.querySelectorAll('[data-series="goal"]'))) {
      const id = s.getAttribute('data-goal')!;
      goals[id] = {
        series: scope.querySelectorAll(`[data-series="goal"][data-goal="${CSS.escape(id)}"]`).length,
        points: scope.querySelectorAll(`[data-points="goal"][data-goal="${CSS.escape(id)}"] circle`).length,
      };
    }
    return goals;
  }, root);
}

function expectedMarks(p: ClientProgress) {
  return Object.fromEntries(p.goals.map((g) => [g.goalId, { series: 1, points: plottedGoalPoints(g).length }]));
}

describe('report and panel in headless Chromium', function () {
  this.timeout(180_000);
  let browser: Browser;
  let context: BrowserContext;
  let fx: Fixture;
  /** The example clinic with its generated, backdated git history (plan revisions, late notes). */
  let clinicDir: string;

  before(async function () {
    clinicDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gp-clinic-git-')), 'clinic');
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'make-clinic-git.mjs'), clinicDir], { stdio: 'pipe' });
    fx = await makeFixture();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    fx?.remove();
    if (clinicDir) rmSync(path.dirname(clinicDir), { recursive: true, force: true });
  });

  describe('the report file', () => {
    it('shows every goal as one series with one point per session (example clinic), screenshot saved', async () => {
      const dir = path.join(RESULTS, 'report-browser');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'report-C-0451.html');
      const io = quietIO(clinicDir);
      assert.equal(await report.run(['--client', 'C-0451', '--today', TODAY, '--out', file], io), 0, io.err);
      const loaded = await loadFolder([clinicDir], quietIO(clinicDir), { history: true });
      assert.ok(loaded.history.available && Object.keys(loaded.history.plans).length > 0, 'the generated history is read');
      const p = buildProgress(loaded.ws, 'C-0451', { today: TODAY, config: loaded.config, history: loaded.history });

      const page = await context.newPage();
      const url = `file://${file}`;
      const seen = watch(page, (u) => u === url);
      await page.goto(url);
      assert.deepEqual(await countMarks(page), expectedMarks(p));
      const instrumentPoints = await page.locator('[data-points="instrument"] circle').count();
      assert.equal(instrumentPoints, p.instruments.reduce((n, i) => n + i.points.length, 0));
      // The charts really are drawn: each series line has a length on screen.
      const lengths = await page.evaluate(() => Array.from(document.querySelectorAll('[data-series="goal"] path')).map((e) => (e as SVGPathElement).getTotalLength()));
      assert.ok(lengths.length > 0 && lengths.every((l) => l > 0), 'every goal line is drawn');
      await page.screenshot({ path: path.join(dir, 'report-C-0451.png'), fullPage: true });
      await page.locator('figure[data-goal="G1"]').screenshot({ path: path.join(dir, 'report-C-0451-G1.png') });
      assert.deepEqual(seen, { dialogs: [], errors: [], requests: [] }, 'no dialog, no error, nothing loaded');
      await page.close();
    });

    it('reads with scripts off: charts, points and tables lay out with JavaScript disabled', async () => {
      const dir = path.join(RESULTS, 'report-browser');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'report-C-0142.html');
      const io = quietIO(clinicDir);
      assert.equal(await report.run(['--client', 'C-0142', '--today', TODAY, '--out', file], io), 0, io.err);
      const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
      try {
        const page = await noScript.newPage();
        await page.goto(`file://${file}`);
        const goals = await page.locator('figure.gp-goal').count();
        assert.ok(goals >= 3);
        assert.equal(await page.locator('[data-series="goal"]').count(), goals);
        for (const svg of await page.locator('figure.gp-figure svg').all()) {
          const box = await svg.boundingBox();
          assert.ok(box && box.width > 300 && box.height > 100, 'each chart has its size without script');
        }
        assert.ok((await page.locator('table caption').count()) >= goals);
        await page.screenshot({ path: path.join(dir, 'report-C-0142-noscript.png'), fullPage: true });
      } finally {
        await noScript.close();
      }
    });

    it('shows script payloads from every text field as text and runs nothing', async () => {
      const dir = path.join(RESULTS, 'report-browser');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'report-hostile.html');
      const io = quietIO(fx.dir);
      assert.equal(await report.run(['--client', EVIL_CLIENT, '--today', TODAY, '--out', file], io), 0, io.err);
      const page = await context.newPage();
      const url = `file://${file}`;
      const seen = watch(page, (u) => u === url);
      await page.goto(url);
      assert.deepEqual(await countMarks(page), expectedMarks(fx.progress));
      // Hover every point and revision marker: an injected onmouseover would fire now.
      for (const el of await page.locator('circle.gp-point, [data-marker="revision"] path').all()) await el.hover();
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        active: document.querySelectorAll('img, script, iframe, object, embed').length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        text: document.body.innerText,
        title: document.title,
      }));
      assert.equal(state.pwned, undefined, 'window.__pwned was never set');
      assert.equal(state.active, 0, 'no element from a payload');
      assert.deepEqual(state.handlers, []);
      for (const s of [PAYLOAD, EVIL_CLIENT, '<script>window.__pwned=1</script>', `Re-target G1, add G3 ${PAYLOAD}`, `Low mood ${PAYLOAD}`]) {
        assert.ok(state.text.includes(s), `shown as text: ${s}`);
      }
      assert.ok(state.text.includes(EVIL_AUTHOR.slice(0, 28)), 'the author, as written');
      assert.ok(state.title.includes(EVIL_CLIENT));
      await page.screenshot({ path: path.join(dir, 'report-hostile.png'), fullPage: true });
      assert.deepEqual(seen, { dialogs: [], errors: [], requests: [] });
      await page.close();
    });
  });

  describe('the panel webview page (the HTML the panel serves, with its CSP)', () => {
    let bundle: string;
    before(async () => {
      const built = await esbuild.build({
        entryPoints: [path.join(REPO, 'client/webview/main.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false,
      });
      bundle = built.outputFiles[0].text;
    });

    /** Opens the shell as VS Code would (fresh nonce, cspSource = the resource origin), with the webview API stubbed. */
    async function openPanel(): Promise<{ page: Page; seen: ReturnType<typeof watch>; aborted: string[] }> {
      const page = await context.newPage();
      const aborted: string[] = [];
      const html = webviewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/webview/main.js`, nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==' });
      const seen = watch(page, (u) => u.startsWith(ORIGIN));
      await loadWebviewPage(page, {
        html,
        scripts: { [`${ORIGIN}/dist/webview/main.js`]: bundle },
        onAbort: (u) => aborted.push(u),
        init: `
          window.__violations = [];
          document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective));
        `,
      });
      return { page, seen, aborted };
    }

    const postToWebview = (page: Page, m: unknown) => page.evaluate((msg) => window.postMessage(msg, '*'), m);
    const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted);

    it('renders a client sent as a message: one series per goal, points open their note by click and keyboard', async () => {
      const dir = path.join(RESULTS, 'panel-browser');
      mkdirSync(dir, { recursive: true });
      const loaded = await loadFolder([clinicDir], quietIO(clinicDir), { history: true });
      const p = JSON.parse(JSON.stringify(buildProgress(loaded.ws, 'C-0451', { today: TODAY, config: loaded.config, history: loaded.history })));
      const { page, seen, aborted } = await openPanel();
      assert.deepEqual((await posted(page)).map((m) => m.type), ['ready'], 'the handshake comes first');
      await postToWebview(page, { type: 'init', theme: 'dark' });
      await postToWebview(page, { type: 'clientProgress', progress: p });
      await page.waitForSelector('article.gp-client svg[data-chart="goal"]');
      assert.deepEqual(await countMarks(page, '#root'), expectedMarks(p));

      // Click the first G1 point: the webview asks to open that note at that line.
      const first = page.locator('[data-points="goal"][data-goal="G1"] circle').first();
      await first.click();
      const g1 = p.goals.find((g: { goalId: string }) => g.goalId === 'G1');
      assert.deepEqual((await posted(page)).at(-1), { type: 'openLocation', uri: g1.points[0].source.uri, line: g1.points[0].source.line });
      // Keyboard: the chart is one tab stop; Home/arrow keys move between its points, the point's
      // value shows under the chart, Enter opens it. Tab leaves the chart for the next control.
      const chart = page.locator('svg[data-chart="goal"][data-goal="G1"]');
      await chart.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      const current = await page.evaluate(() => document.querySelector('svg[data-goal="G1"] .gp-point.gp-current')?.getAttribute('data-date'));
      assert.equal(current, g1.points[1].date);
      const shown = await page.locator('figure[data-goal="G1"] .gp-readout').textContent();
      assert.match(shown ?? '', new RegExp(`^G1 ${g1.points[1].date}`), 'the value is shown on focus');
      await page.keyboard.press('Enter');
      assert.deepEqual((await posted(page)).at(-1), { type: 'openLocation', uri: g1.points[1].source.uri, line: g1.points[1].source.line });
      const tabStops = await page.evaluate(() => document.querySelectorAll('figure[data-goal="G1"] svg [tabindex]').length);
      assert.equal(tabStops, 0, 'no point is its own tab stop');
      // Back to the caseload.
      await page.locator('button[data-action="caseload"]').click();
      assert.deepEqual((await posted(page)).at(-1), { type: 'requestCaseload' });

      await page.screenshot({ path: path.join(dir, 'panel-C-0451.png'), fullPage: true });
      await page.locator('figure[data-goal="G1"]').screenshot({ path: path.join(dir, 'panel-C-0451-G1.png') });
      // The theme comes from VS Code's CSS variables: set a dark theme's (CSSOM is allowed by the CSP).
      const background = await page.evaluate(() => {
        const dark: Record<string, string> = {
          '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc', '--vscode-descriptionForeground': '#9d9d9d',
          '--vscode-panel-border': '#2b2b2b', '--vscode-charts-blue': '#3794ff', '--vscode-textLink-foreground': '#4daafc',
        };
        for (const [k, v] of Object.entries(dark)) document.documentElement.style.setProperty(k, v);
        document.body.classList.add('vscode-dark');
        return getComputedStyle(document.body).backgroundColor;
      });
      assert.equal(background, 'rgb(31, 31, 31)', 'the page follows the theme variables');
      await page.locator('figure[data-goal="G1"]').screenshot({ path: path.join(dir, 'panel-C-0451-G1-dark.png') });
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), [], 'the real bundle and stylesheet run under the CSP');
      assert.deepEqual(seen, { dialogs: [], errors: [], requests: [] });
      assert.deepEqual(aborted, []);
      await page.close();
    });

    it('shows payloads as text, ignores forged messages, and its CSP blocks injected inline script', async () => {
      const dir = path.join(RESULTS, 'panel-browser');
      mkdirSync(dir, { recursive: true });
      const { page, seen } = await openPanel();
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await postToWebview(page, { type: 'clientProgress', progress: JSON.parse(JSON.stringify(fx.progress)) });
      await page.waitForSelector('article.gp-client');
      assert.deepEqual(await countMarks(page, '#root'), expectedMarks(fx.progress));
      for (const el of await page.locator('circle.gp-point').all()) await el.hover();
      const after = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        imgs: document.querySelectorAll('#root img, #root script').length,
        text: document.getElementById('root')!.innerText,
      }));
      assert.equal(after.pwned, undefined);
      assert.equal(after.imgs, 0);
      for (const s of [PAYLOAD, EVIL_CLIENT, '<script>window.__pwned=1</script>']) assert.ok(after.text.includes(s), `shown as text: ${s}`);
      await page.screenshot({ path: path.join(dir, 'panel-hostile.png'), fullPage: true });

      // A forged data message is dropped (the view stays) and only logged.
      const warned = page.waitForEvent('console', (m) => m.type() === 'warning');
      await postToWebview(page, { type: 'clientProgress', progress: { version: 1, client: 'x', goals: '<img src=x onerror=window.__pwned=1>' } });
      await warned;
      assert.ok(warnings.some((w) => w.includes('ignored a malformed message')));
      assert.equal(await page.locator('article.gp-client').getAttribute('data-client'), EVIL_CLIENT);

      // Inject markup straight into the page, as a renderer bug would: the CSP stops all of it.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.appendChild(s);
        document.body.insertAdjacentHTML('beforeend', '<img id="inj" src="data:," onerror="window.__pwned=1" onload="window.__pwned=1"><svg><a id="jslink" href="javascript:window.__pwned=1"><text>x</text></a></svg>');
      });
      await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.some((v) => v === 'script-src-elem'));
      await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.some((v) => v === 'script-src-attr'));
      const result = await page.evaluate(() => ({
        inline: (window as unknown as { __inline?: unknown }).__inline,
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        violations: (window as unknown as { __violations: string[] }).__violations,
      }));
      assert.equal(result.inline, undefined, 'an inline <script> without the nonce did not run');
      assert.equal(result.pwned, undefined, 'inline event handlers did not run');
      assert.deepEqual(seen.dialogs, []);
      assert.deepEqual(seen.errors, []);
      await page.close();
    });

    it('the shell has the CSP the panel promises and loads only its nonce\'d bundle', () => {
      const html = webviewHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://x/main.js', nonce: 'abcdefghijklmnopqrstuvwx' });
      assert.match(html, /content="default-src &#39;none&#39;|content="default-src 'none'; img-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net data:; style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-abcdefghijklmnopqrstuvwx'; script-src 'nonce-abcdefghijklmnopqrstuvwx'/);
      assert.equal((html.match(/<script\b/g) ?? []).length, 1);
      assert.match(html, /<script nonce="abcdefghijklmnopqrstuvwx" src="https:\/\/x\/main\.js"><\/script>/);
      assert.throws(() => webviewHtml({ cspSource: 'x', scriptUri: 'y', nonce: 'short' }));
      assert.ok(readFileSync(path.join(REPO, 'client/src/panel/progressPanel.ts'), 'utf8').includes('randomBytes'), 'the panel draws its nonce from the CSPRNG');
    });
  });
});
