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

/**
 * Page script (a string: the bench runs under tsx, whose helpers do not exist in the page) that
 * leaves, without waiting for it, a promise of the milliseconds from the next Enter keydown on the
 * workbench page to the second animation frame, in the webview's document, after it holds `count`
 * elements matching `selector`.
 */
function armWatcher(selector: string, count: number): string {
  return `window.__goalplanPanelBench = new Promise((resolve, reject) => {
    const selector = ${JSON.stringify(selector)};
    const found = () => {
      for (const outer of document.querySelectorAll('iframe.webview.ready')) {
        const inner = outer.contentDocument && outer.contentDocument.getElementById('active-frame');
        const doc = inner && inner.contentDocument;
        if (doc && doc.querySelectorAll(selector).length >= ${count}) return inner.contentWindow;
      }
      return undefined;
    };
    const onKey = (e) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const start = e.timeStamp;
      const poll = () => {
        const w = found();
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
