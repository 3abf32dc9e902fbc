// UI check: the progress panel's *Print plan* button (SPEC 5.6) through the workbench: click it
// in the webview, choose the client's copy in the quick pick, save with the save dialog (in
// code-server the workbench's own file dialog, a path in a quick input), and find the page on
// disk: the client's copy, no script, no diagnosis code, and the offer to open it.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openClient } from './timelineMarks.mjs';
import { pickQuickItem } from './workbench.mjs';

export async function checkPrintPlan(page, { client, outDir, screenshotDir }) {
  const view = await openClient(page, client);
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `${client}-plan-for-client.html`);
  rmSync(target, { force: true });

  await view.locator('button[data-action="print-plan"]').click();
  await page.locator('.quick-input-widget .quick-input-title', { hasText: /print which copy/i }).waitFor({ timeout: 30_000 });
  await pickQuickItem(page, 'For the client to take home');
  // The save dialog: its input holds the suggested path (the client's copy's file name).
  const input = page.locator('.quick-input-widget input');
  await page.waitForFunction(() => /-plan-for-client\.html$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), null, { timeout: 30_000 });
  const suggested = await input.inputValue();
  assert.match(suggested, new RegExp(`${client}-plan-for-client\\.html$`), 'the suggested file name');
  await input.fill(target);
  // The workbench's own save dialog (code-server's "simple" dialog) first moves to the typed
  // path's folder when it differs from the one it shows, and accepts on the next Enter: press
  // Enter until the dialog closes (at most three times, each waiting for it to close).
  const dialog = page.locator('.quick-input-widget');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Enter');
    const closed = await dialog.waitFor({ state: 'hidden', timeout: 10_000 }).then(() => true, () => false);
    if (closed) break;
    assert.ok(attempt < 3, 'the save dialog accepts the typed path');
    assert.equal(await input.inputValue(), target, 'the dialog kept the typed path');
  }

  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `saved the client's copy of ${client}'s plan` });
  await toast.waitFor({ timeout: 60_000 });
  assert.ok(await toast.locator('a.monaco-button, .monaco-button', { hasText: 'Open to print' }).count(), 'offers to open the page');
  const shot = join(screenshotDir, 'print-plan.png');
  await page.screenshot({ path: shot });
  assert.ok(existsSync(target), 'the page was written where the dialog said');
  const html = readFileSync(target, 'utf8');
  assert.match(html, /<body class="gp-plan gp-for-client">/);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\bF\d\d(\.\d+)?\b/, 'no diagnosis code');
  // Dismiss the toast so later checks see a clean workbench.
  await page.keyboard.press('Escape');
  return { client, suggested: suggested.split(/[\\/]/).pop(), screenshot: shot };
}
