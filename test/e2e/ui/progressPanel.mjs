// UI check: "GoalPlan: Show progress" opens the panel for a client and its SVG chart renders.
// The webview's HTML sits two iframes down: iframe.webview.ready > iframe#active-frame.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pickQuickItem, runCommand } from './workbench.mjs';

/**
 * @param client      client id to show (answered in the client quick pick when one appears)
 * @param goalIds     the ids of the client's goals, read from its plan: one line per goal expected
 */
export async function checkProgressPanel(page, { client, goalIds, screenshotDir }) {
  await runCommand(page, 'GoalPlan: Show progress');
  // The command asks for the client unless the active editor already belongs to one.
  const picker = page.locator('.quick-input-widget input');
  if (await picker.isVisible().catch(() => false)) await pickQuickItem(page, client);

  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const chart = webview.locator('svg').first();
  await chart.waitFor({ timeout: 60_000 });
  // One series line per goal: the shared renderer (server/src/core/render/charts.ts) marks each
  // as g[data-series="goal"][data-goal=ID].
  const lines = webview.locator('svg g[data-series="goal"][data-goal]');
  await lines.first().waitFor({ timeout: 30_000 });
  const drawn = [...new Set(await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-goal'))))].sort();
  assert.deepEqual(drawn, [...goalIds].sort(), `one line per goal of ${client}`);

  const shot = join(screenshotDir, 'progress-panel.png');
  await page.screenshot({ path: shot });
  return { client, goals: drawn, screenshot: shot };
}
