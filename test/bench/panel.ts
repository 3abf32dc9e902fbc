// Bench rows (issue 12): "GoalPlan: Show progress" for a client with 200 sessions in the real
// editor (code-server + Chromium), from the command to the charts painted in the webview, and its
// floor: the same opening of a minimal webview (test/bench/webviewFloor, a bench-only development
// extension), which is what the editor itself costs to create any webview.
// Per opening: the palette is open with the command selected, the clock starts at Enter and stops
// when the awaited content is in the webview's DOM and two animation frames have passed in its
// frame (painted). Both ends are read in the browser, on the workbench page's clock: the Enter
// key's keydown event, and a watcher armed on the page before the key is pressed, which looks into
// code-server's webview frames (same origin as the workbench) once per animation frame. Timed from
// the bench process instead, the row also counted playwright's own latency: sending the key,
// finding the nested frames, polling them and answering over the DevTools protocol (2-4 round
// trips, 100-300 ms on a busy machine) — time no user waits.
// One code-server serves two workbench windows, each in its own headless Chromium: one with
// GoalPlan as its development extension, one with the floor extension, same folder and file open.
// Their openings alternate (floor, panel, panel, floor, ...) so both see the same machine load.
// A third row, benchPanelSwitch, times the panel already open moving to another client (the
// singleton panel reuses its webview): no webview is created, so the floor does not apply.
// Needs code-server (GOALPLAN_CODE_SERVER_DIR or `npm run setup:e2e`) and dist/ built.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { median, now } from './stats';

export interface PanelBench {
  /** Enter -> the goal charts painted, GoalPlan's panel, per opening after the warm-up. */
  ms: number[];
  /** Enter -> the paragraph painted, the minimal webview, per opening, same rounds. */
  floorMs: number[];
  goals: number;
}

/** What one workbench window opens and waits for. */
interface Target {
  name: string;
  command: string;
  /** CSS selector of the content awaited in the webview's document, and how many of it. */
  selector: string;
  count: number;
  page?: any;
  browser?: { close(): Promise<void>; newPage(o: unknown): Promise<any> };
}

/** Builds the floor extension (test/bench/webviewFloor) into `dir`: its manifest and one bundle. */
export async function buildFloorExtension(dir: string): Promise<string> {
  const src = path.join(__dirname, 'webviewFloor');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(src, 'package.json'), path.join(dir, 'package.json'));
  await build({ entryPoints: [path.join(src, 'extension.ts')], outfile: path.join(dir, 'extension.js'), platform: 'node', target: 'node20', format: 'cjs',
    bundle: true, external: ['vscode'], logLevel: 'error' });
  return dir;
}

export async function benchPanel(o: { root: string; planPath: string; goals: number; runs: number; repo: string; floorExtension: string; log: (m: string) => void }): Promise<PanelBench> {
  const r = await benchWebviews({
    ...o,
    targets: [
      { name: 'floor', devPath: o.floorExtension, command: 'GoalPlan Bench: Show empty webview', selector: 'p[data-bench="floor"]', count: 1 },
      { name: 'panel', devPath: o.repo, command: 'GoalPlan: Show progress', selector: 'svg[data-chart="goal"]', count: o.goals },
    ],
  });
  return { ms: r.panel, floorMs: r.floor, goals: o.goals };
}

/**
 * Opens each target's webview `runs` times after a warm-up, one workbench window per target
 * (same code-server, same folder and plan), the targets' openings interleaved and their order
 * rotated per round. Milliseconds per target name. Also used to compare two builds of the panel
 * (two development paths) on the same machine state.
 */
export async function benchWebviews(o: { root: string; planPath: string; runs: number; repo: string; targets: Array<Omit<Target, 'page' | 'browser'> & { devPath: string }>; log: (m: string) => void }): Promise<Record<string, number[]>> {
  const lib = await import(path.join(o.repo, 'test', 'e2e', 'lib', 'codeServer.mjs'));
  const wb = await import(path.join(o.repo, 'test', 'e2e', 'ui', 'workbench.mjs'));
  const dirs = lib.makeRunDirs('bench-panel', { settings: { 'goalplan.today': lib.E2E_TODAY } });
  const server = await lib.startCodeServer({ dirs, env: { VSCODE_CLI: '1' } });
  const targets: Target[] = o.targets.map((t) => ({ ...t }));
  try {
    for (const [k, t] of targets.entries()) {
      t.browser = await lib.launchChromium();
      t.page = await t.browser!.newPage({ viewport: { width: 1440, height: 900 } });
      await t.page.goto(lib.workbenchUrl({ authority: server.authority, folder: o.root, devPath: o.targets[k].devPath, openFile: path.join(o.root, o.planPath) }));
      await wb.waitForWorkbench(t.page);
    }
    const out: Record<string, number[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
    for (let i = 0; i <= o.runs; i++) {
      // Rotated order: no target always runs right after the same other one.
      for (let k = 0; k < targets.length; k++) {
        const t = targets[(i + k) % targets.length];
        const elapsed = await openOnce(t, wb, o.planPath, i === 0 ? 'warm-up' : `run ${i}`, o.log);
        // The first opening warms the server's index, the extension host and the webview bundle.
        if (i > 0) out[t.name].push(elapsed);
      }
    }
    return out;
  } finally {
    for (const t of targets) await t.browser?.close().catch(() => undefined);
    await server.stop();
    dirs.cleanup();
  }
}

/** One timed opening in the target's window, from a workbench showing only the plan. */
async function openOnce(t: Target, wb: any, planPath: string, label: string, log: (m: string) => void): Promise<number> {
  const page = t.page;
  await wb.runCommand(page, 'View: Close All Editors');
  await wb.openFile(page, planPath);
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${t.command}`);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: t.command }).waitFor({ timeout: 15_000 });
  await page.evaluate(armWatcher(t.selector, t.count));
  const sent = now();
  await page.keyboard.press('Enter');
  const elapsed = Number(await page.evaluate('window.__goalplanPanelBench'));
  // Untimed: the content is where the UI tests find it.
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator(t.selector).nth(t.count - 1).waitFor({ timeout: 60_000 });
  log(`  ${t.name} ${label}: ${elapsed.toFixed(0)} ms (the bench process saw it ${(now() - sent).toFixed(0)} ms after sending Enter)`);
  return elapsed;
}

/** One client of the switch row's workspace: its plan (relative path) and id. */
export interface SwitchClient {
  client: string;
  planPath: string;
}

/**
 * The progress panel already open beside the editor: the clinician opens the next client's plan
 * in the editor column and runs "GoalPlan: Show progress" again, which reuses the open webview
 * (the panel is a singleton) and posts the new client's model to it. Timed like an opening, from
 * Enter to that client's `goals` goal charts painted, and only in the webview that showed the
 * previous client (a new webview would be the opening path, not this one). The two clients
 * alternate, the first switch (to B) a warm-up; milliseconds per switch after it.
 */
export async function benchPanelSwitch(o: { root: string; clients: [SwitchClient, SwitchClient]; goals: number; runs: number; repo: string; log: (m: string) => void }): Promise<number[]> {
  const lib = await import(path.join(o.repo, 'test', 'e2e', 'lib', 'codeServer.mjs'));
  const wb = await import(path.join(o.repo, 'test', 'e2e', 'ui', 'workbench.mjs'));
  const dirs = lib.makeRunDirs('bench-panel-switch', { settings: { 'goalplan.today': lib.E2E_TODAY } });
  const server = await lib.startCodeServer({ dirs, env: { VSCODE_CLI: '1' } });
  let browser: { close(): Promise<void>; newPage(o: unknown): Promise<any> } | undefined;
  const charts = (c: SwitchClient) => `article[data-client="${c.client}"] svg[data-chart="goal"]`;
  try {
    browser = await lib.launchChromium();
    const page = await browser!.newPage({ viewport: { width: 1440, height: 900 } });
    const [a, b] = o.clients;
    await page.goto(lib.workbenchUrl({ authority: server.authority, folder: o.root, devPath: o.repo, openFile: path.join(o.root, a.planPath) }));
    await wb.waitForWorkbench(page);
    // Untimed: the panel opened beside the editor, showing client A.
    await wb.openFile(page, a.planPath);
    await wb.runCommand(page, 'GoalPlan: Show progress');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator(charts(a)).nth(o.goals - 1).waitFor({ timeout: 120_000 });
    const out: number[] = [];
    for (let i = 0; i <= o.runs; i++) {
      const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
      // The creation of the panel focused the webview: the plan opens in the editor column (the
      // first group), leaving the panel visible beside it.
      await wb.runCommand(page, 'View: Focus First Editor Group');
      await openPlan(page, to);
      await frame.locator(charts(from)).nth(o.goals - 1).waitFor({ timeout: 15_000 });
      await page.keyboard.press('Control+Shift+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill('>GoalPlan: Show progress');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'GoalPlan: Show progress' }).waitFor({ timeout: 15_000 });
      await page.evaluate(armWatcher(charts(to), o.goals, true));
      const sent = now();
      await page.keyboard.press('Enter');
      const elapsed = Number(await page.evaluate('window.__goalplanPanelBench'));
      await frame.locator(charts(to)).nth(o.goals - 1).waitFor({ timeout: 60_000 });
      o.log(`  switch ${from.client} -> ${to.client} ${i === 0 ? 'warm-up' : `run ${i}`}: ${elapsed.toFixed(0)} ms (the bench process saw it ${(now() - sent).toFixed(0)} ms after sending Enter)`);
      if (i > 0) out.push(elapsed);
    }
    return out;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    dirs.cleanup();
  }
}

/**
 * Opens a client's plan with Quick Open in the focused editor group. Every plan is named plan.md,
 * so the row taken is the one whose folder names the client (Quick Open lists recently opened
 * files first), and the editor's breadcrumbs must name it afterwards.
 */
async function openPlan(page: any, c: SwitchClient): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(c.planPath);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: c.client }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
  await page.locator('.part.editor .breadcrumbs-control', { hasText: c.client }).first().waitFor({ timeout: 15_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 15_000 });
}

/**
 * Page script (a string: the bench runs under tsx, whose helpers do not exist in the page) that
 * leaves, without waiting for it, a promise of the milliseconds from the next Enter keydown on the
 * workbench page to the second animation frame, in the webview's document, after it holds `count`
 * elements matching `selector`. `sameWebview`: only in a webview frame open when it was armed (it
 * rejects when the content shows up in a new one).
 */
function armWatcher(selector: string, count: number, sameWebview = false): string {
  return `window.__goalplanPanelBench = new Promise((resolve, reject) => {
    const selector = ${JSON.stringify(selector)};
    const frames = () => [...document.querySelectorAll('iframe.webview.ready')].map((outer) => outer.contentDocument && outer.contentDocument.getElementById('active-frame')).filter(Boolean);
    // sameWebview: the content must appear in a webview frame that exists now (the switch row).
    const before = ${sameWebview} ? new Set(frames().map((inner) => inner.contentWindow)) : undefined;
    if (before && before.size === 0) return reject(new Error('no open webview to switch in'));
    const found = () => {
      for (const inner of frames()) {
        const doc = inner.contentDocument;
        if (doc && doc.querySelectorAll(selector).length >= ${count}) {
          if (before && !before.has(inner.contentWindow)) throw new Error(selector + ' appeared in a new webview, not the open one');
          return inner.contentWindow;
        }
      }
      return undefined;
    };
    const onKey = (e) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const start = e.timeStamp;
      const poll = () => {
        let w;
        try {
          w = found();
        } catch (error) {
          return reject(error);
        }
        if (w) return w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve(performance.now() - start)));
        if (performance.now() - start > 60000) return reject(new Error('no ' + ${count} + ' of ' + selector + ' in the webview after 60 s'));
        requestAnimationFrame(poll);
      };
      poll();
    };
    window.addEventListener('keydown', onKey, true);
  }); undefined`;
}

export { median };
