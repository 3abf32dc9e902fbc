// UI check (SPEC 5.5/5.6): in the real editor's progress panel, a not-on-track client's goal
// chart shows the expected change as a dashed line and marks each off-track score, as many
// marks as the goal's table lists "off track" rows (the same model drew both).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pickQuickItem, runCommand } from './workbench.mjs';

export async function checkExpectedMarks(page, { client, goalId, screenshotDir }) {
  // No editor open: "Show progress" asks for the client (every plan is plan.md, so Quick Open by
  // name is ambiguous; the client pick is not).
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'GoalPlan: Show progress');
  await pickQuickItem(page, client);
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const figure = webview.locator(`article[data-client="${client}"] figure[data-goal="${goalId}"]`).first();
  await figure.locator('svg[data-chart="goal"]').waitFor({ timeout: 60_000 });
  const lines = await figure.locator('[data-marker="expected-line"] path').count();
  assert.equal(lines, 1, `one dashed expected line on ${goalId}`);
  const dash = await figure.locator('[data-marker="expected-line"] path').first().evaluate((e) => getComputedStyle(e).strokeDasharray);
  assert.notEqual(dash, 'none', 'the expected line is dashed');
  const marks = await figure.locator('[data-marker="off-track"] .gp-offtrack-mark').count();
  const rows = await figure.locator('table tbody tr', { hasText: 'off track' }).count();
  assert.ok(marks > 0, 'off-track scores are marked');
  assert.equal(marks, rows, 'one mark per off-track score in the table');
  const shot = join(screenshotDir, 'progress-panel-not-on-track.png');
  await figure.screenshot({ path: shot });
  return { goalId, expectedLines: lines, offTrackMarks: marks, screenshot: shot };
}
