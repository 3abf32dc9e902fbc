// Bench row (issue 12): "GoalPlan: Show progress" for a client with 200 sessions in the real
// editor (code-server + Chromium), from the command to the charts painted in the webview: the
// palette is open with the command selected, the clock starts at Enter and stops when every goal
// chart is in the webview's DOM and two animation frames have passed in its frame (painted).
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
      const t = now();
      await page.keyboard.press('Enter');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('svg[data-chart="goal"]').nth(o.goals - 1).waitFor({ timeout: 60_000 });
      await frame.locator('body').evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
      const elapsed = now() - t;
      if (i > 0) ms.push(elapsed); // the first opening warms the server's index and the webview bundle
      o.log(`  panel ${i === 0 ? 'warm-up' : `run ${i}`}: ${elapsed.toFixed(0)} ms`);
    }
    return { ms, goals: o.goals };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    dirs.cleanup();
  }
}

export { median };
