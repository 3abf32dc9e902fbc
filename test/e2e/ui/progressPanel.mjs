// UI check: "GoalPlan: Show progress" opens the panel for a client and its SVG chart renders.
// The webview's HTML sits two iframes down: iframe.webview.ready > iframe#active-frame.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pickQuickItem, runCommand } from './workbench.mjs';

/**
 * @param client      client id to show (answered in the client quick pick when one appears)
 * @param goalIds     the ids of the client's goals, read from its plan: one line per goal expected
 * @param riskSessions dates of the client's held sessions with a positive risk screen (risk marks expected)
 */
export async function checkProgressPanel(page, { client, goalIds, riskSessions, screenshotDir }) {
  // The panel alone on screen: no other editors, no bottom panel.
  await runCommand(page, 'View: Close All Editors');
  if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
  await runCommand(page, 'GoalPlan: Show progress');
  // The command asks for the client in a quick pick (which opens a moment after the palette
  // closes), unless it can tell the client otherwise: answer the pick if and when it shows.
  const pickTitle = page.locator('.quick-input-widget .quick-input-title', { hasText: /progress/i });
  const webviewFrame = page.locator('iframe.webview.ready');
  const deadline = Date.now() + 30_000;
  while (!(await webviewFrame.count())) {
    if (await pickTitle.isVisible().catch(() => false)) {
      await pickQuickItem(page, client);
      break;
    }
    if (Date.now() > deadline) throw new Error('neither a client pick nor the progress panel appeared');
    await page.waitForTimeout(200);
  }

  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const chart = webview.locator('svg').first();
  await chart.waitFor({ timeout: 60_000 });
  // One series line per goal: the shared renderer (server/src/core/render/charts.ts) marks each
  // as g[data-series="goal"][data-goal=ID].
  const lines = webview.locator('svg g[data-series="goal"][data-goal]');
  await lines.first().waitFor({ timeout: 30_000 });
  const drawn = [...new Set(await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-goal'))))].sort();
  assert.deepEqual(drawn, [...goalIds].sort(), `one line per goal of ${client}`);

  // SPEC 5.6: a risk mark on every held session with a positive risk screen (C-0142's note of
  // 2026-11-09 answers PHQ-9 item 9 with 1 and C-SSRS item 1 with yes), in the sessions table.
  const marks = webview.locator('table[data-table="sessions"] .gp-risk-mark[data-risk="positive"]');
  await marks.first().waitFor({ timeout: 30_000 });
  const riskRows = await marks.evaluateAll((els) => els.map((e) => ({
    date: e.closest('tr')?.querySelector('th')?.textContent?.trim(),
    text: e.textContent?.trim(),
  })));
  if (riskSessions) assert.deepEqual(riskRows.map((r) => r.date), riskSessions, `risk marks of ${client}`);
  for (const r of riskRows) assert.match(r.text ?? '', /Positive risk screen \(PHQ-9 item 9: 1, C-SSRS item 1: 1\)/);
  // ... and on every chart's timeline, at the session's date, with the word "risk" (not colour only).
  if (riskSessions) {
    const perChart = await webview.locator('svg[data-chart]').evaluateAll((svgs) => svgs.map((s) => ({
      rules: Array.from(s.querySelectorAll('[data-marker="risk"] line'), (l) => l.getAttribute('data-date')),
      words: Array.from(s.querySelectorAll('[data-marker="risk-label"] text'), (t) => t.firstChild?.textContent),
    })));
    for (const c of perChart) {
      assert.deepEqual(c.rules, riskSessions, 'a risk mark on every chart');
      assert.ok(c.words.every((w) => /risk/.test(w ?? '')), 'labelled "risk"');
    }
  }

  const shot = join(screenshotDir, 'progress-panel.png');
  await page.screenshot({ path: shot });
  return { client, goals: drawn, riskMarks: riskRows.length, screenshot: shot };
}

/**
 * The first screen of the panel at 1440×900 (the panel alone): the "at a glance" table of a
 * client with a positive risk screen is fully visible without scrolling and its first row is the
 * risk alert. Screenshot: progress-glance.png.
 */
export async function checkGlance(page, { client, screenshotDir }) {
  await runCommand(page, 'View: Close All Editors');
  if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
  await runCommand(page, 'GoalPlan: Show progress');
  await pickQuickItem(page, client);
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const table = webview.locator(`article[data-client="${client}"] table[data-table="glance"]`);
  await table.waitFor({ timeout: 60_000 });
  const first = (await table.locator('tbody tr').first().textContent()) ?? '';
  assert.match(first, /^Risk/, `the first row of the glance table is the risk alert, got: ${first.slice(0, 120)}`);
  const box = await table.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, viewport: window.innerHeight, scrolled: document.scrollingElement?.scrollTop ?? 0 };
  });
  assert.equal(box.scrolled, 0, 'the panel opens at its top');
  assert.ok(box.bottom <= box.viewport, `the glance table ends at ${Math.round(box.bottom)} px, inside the ${box.viewport} px the panel shows`);
  const shot = join(screenshotDir, 'progress-glance.png');
  await page.screenshot({ path: shot });
  return { client, firstRow: first.slice(0, 80), bottom: Math.round(box.bottom), viewport: box.viewport, screenshot: shot };
}
