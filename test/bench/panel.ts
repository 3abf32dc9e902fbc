// Bench row (issue 12): "GoalPlan: Show progress" for a client with 200 sessions in the real
// editor (code-server + Chromium), from the command to the charts painted in the webview: the
// palette is open with the command selected, the clock starts at Enter and stops when every goal
// chart is in the webview's DOM and two animation frames have passed in its frame (painted).
// Both ends are read in the browser, on the workbench page's clock: the Enter key's keydown event,
// and a watcher armed on the page before the key is pressed, which looks into code-server's webview
// frames (same origin as the workbench) once per animation frame. Timed from the bench process
// instead, the row also counted playwright's own latency: sending the key, finding the nested
// frames, polling them and answering over the DevTools protocol (2-4 round trips, 100-300 ms
// on a busy machine) — time no user waits.
// Needs code-server (GOALPLAN_CODE_SERVER_DIR or `npm run setup:e2e`) and dist/ built.
import * as path from 'node:path';
import { median, now } from './stats';

export interface PanelBench {
  ms: number[];
  goals: number;
}

export async function benchPanel(o: { root: string; planPath: string; goals: number; runs: number; repo: string; log: (m: string) => void }): Promise<PanelBench> {
  const lib = await import(path.join(o.repo, 'test', 'e2e', 'lib', 'codeServer.mjs'));
  const wb = await import(path.join(o.repo, 'test', 'e2e', 'ui', 'workbench.mjs'));
  const dirs = lib.makeRunDirs('bench-panel', { settings: { 'goalplan.today': lib.E2E_TODAY } });
  const server = await lib.startCodeServer({ dirs, env: { VSCODE_CLI: '1' } });
  let browser: { close(): Promise<void>; newPage(o: unknown): Promise<any> } | undefined;
  try {
    browser = await lib.launchChromium();
    const page = await browser!.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(lib.workbenchUrl({ authority: server.authority, folder: o.root, devPath: o.repo, openFile: path.join(o.root, o.planPath) }));
    await wb.waitForWorkbench(page);
    const ms: number[] = [];
    for (let i = 0; i <= o.runs; i++) {
      await wb.runCommand(page, 'View: Close All Editors');
      await wb.openFile(page, o.planPath);
      await page.keyboard.press('Control+Shift+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill('>GoalPlan: Show progress');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'GoalPlan: Show progress' }).waitFor({ timeout: 15_000 });
      await page.evaluate(armWatcher(o.goals));
      const sent = now();
      await page.keyboard.press('Enter');
      const elapsed = Number(await page.evaluate('window.__goalplanPanelBench'));
      // Untimed: the charts are where the UI tests find them.
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('svg[data-chart="goal"]').nth(o.goals - 1).waitFor({ timeout: 60_000 });
      const seen = now() - sent;
      if (i > 0) ms.push(elapsed); // the first opening warms the server's index and the webview bundle
      o.log(`  panel ${i === 0 ? 'warm-up' : `run ${i}`}: ${elapsed.toFixed(0)} ms (the bench process saw the charts ${seen.toFixed(0)} ms after sending Enter)`);
    }
    return { ms, goals: o.goals };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    dirs.cleanup();
  }
}

/**
 * Page script (a string: the bench runs under tsx, whose helpers do not exist in the page) that
 * leaves, without waiting for it, a promise of the milliseconds from the next Enter keydown on the workbench page to the second
 * animation frame, in the webview's document, after it holds `goals` goal charts.
 */
function armWatcher(goals: number): string {
  return `window.__goalplanPanelBench = new Promise((resolve, reject) => {
    const charted = () => {
      for (const outer of document.querySelectorAll('iframe.webview.ready')) {
        const inner = outer.contentDocument && outer.contentDocument.getElementById('active-frame');
        const doc = inner && inner.contentDocument;
        if (doc && doc.querySelectorAll('svg[data-chart="goal"]').length >= ${goals}) return inner.contentWindow;
      }
      return undefined;
    };
    const onKey = (e) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const start = e.timeStamp;
      const poll = () => {
        const w = charted();
        if (w) return w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve(performance.now() - start)));
        if (performance.now() - start > 60000) return reject(new Error('no ${goals} goal charts in the webview after 60 s'));
        requestAnimationFrame(poll);
      };
      poll();
    };
    window.addEventListener('keydown', onKey, true);
  }); undefined`;
}

export { median };
