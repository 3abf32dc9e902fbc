// UI checks (SPEC 5.6) in the real editor's progress panel: the marks every timeline carries and
// the alliance chart. Counted against the panel's own tables (the same model drew both):
// - C-0704: a square per session with events or barriers on every chart, a readiness point per
//   row of the readiness table, the SRS chart's alliance cutoff and a ring per score below it;
// - C-0735: the SRS chart beside the ORS chart (side by side at 1440 px), its cutoff labelled.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pickQuickItem, runCommand } from './workbench.mjs';

export async function openClient(page, client) {
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'GoalPlan: Show progress');
  await pickQuickItem(page, client);
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await webview.locator(`article[data-client="${client}"] svg[data-chart]`).first().waitFor({ timeout: 60_000 });
  return webview.locator(`article[data-client="${client}"]`);
}

export async function checkTimelineMarks(page, { client, screenshotDir }) {
  const view = await openClient(page, client);
  const annotated = await view.locator('table[data-table="sessions"] tbody tr').evaluateAll((rows) => rows
    .map((r) => r.children[9]?.textContent?.trim() ?? '').filter(Boolean).length);
  assert.ok(annotated > 0, `${client} has sessions with events or barriers`);
  const perChart = await view.locator('svg[data-chart]').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('[data-marker="annotation"] > *').length));
  assert.ok(perChart.length > 2);
  for (const n of perChart) assert.equal(n, annotated, 'one square per session with events or barriers, on every chart');
  const title = await view.locator('[data-marker="annotation"] > *').first().evaluate((e) => e.querySelector('title')?.textContent ?? '');
  assert.match(title, /^Session \d{4}-\d{2}-\d{2}: /, 'the text is in the mark\'s title');

  const readinessRows = await view.locator('table[data-table="readiness"] tbody tr').count();
  assert.ok(readinessRows > 0);
  assert.equal(await view.locator('svg[data-chart="readiness"] [data-points="readiness"] circle').count(), readinessRows, 'one readiness point per row');

  const srs = view.locator('svg[data-chart="instrument"][data-role="alliance"]');
  assert.equal(await srs.count(), 1, 'the SRS chart');
  assert.equal(await srs.locator('[data-marker="cutoff"][data-role="alliance"] line').count(), 1, 'its alliance cutoff');
  const below = await view.locator('figure[data-instrument="SRS"] table tbody tr', { hasText: 'below the alliance cutoff' }).count();
  assert.equal(await srs.locator('[data-marker="below-cutoff"] > *').count(), below, 'a ring per score below the cutoff');
  const shot = join(screenshotDir, 'progress-readiness.png');
  await view.locator('figure.gp-readiness').screenshot({ path: shot });
  return { client, annotated, charts: perChart.length, readiness: readinessRows, belowCutoff: below };
}

export async function checkAlliancePair(page, { client, screenshotDir }) {
  const view = await openClient(page, client);
  const pair = view.locator('.gp-pair[data-pair="ORS SRS"]');
  await pair.waitFor({ timeout: 30_000 });
  const ors = await pair.locator('figure[data-instrument="ORS"] svg').boundingBox();
  const srs = await pair.locator('figure[data-instrument="SRS"] svg').boundingBox();
  assert.ok(ors && srs, 'both charts drawn');
  assert.ok(srs.x >= ors.x + ors.width, 'SRS beside ORS, to its right');
  assert.ok(Math.abs(srs.y - ors.y) < 4, 'on one line');
  const labels = await pair.locator('figure[data-instrument="SRS"] svg text').allTextContents();
  assert.ok(labels.includes('alliance cutoff 36'), 'the cutoff is labelled in words');
  const shot = join(screenshotDir, 'progress-alliance.png');
  await pair.screenshot({ path: shot });
  return { client, screenshot: shot };
}
