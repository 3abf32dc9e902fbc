// UI check: the Problems panel of a real workbench lists what the CLI finds in the same folder
// (the one lint core behind both): the same error/warning/info totals, the same count per
// file, every rule id findable. Then a screenshot of a plan with its squiggles and the panel.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { filterProblems, openProblemsPanel, renderedFileRows, statusBarProblemCounts } from './workbench.mjs';

const WAIT_MS = 60_000;

async function until(what, probe, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last.ok) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${last.seen}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * @param page      playwright page showing the workbench with the folder open
 * @param expected  { totals: {error, warning, info}, files: { "dir/name.md": count }, rules: ["GP101", ...] } from the CLI
 * @param showFile  relative path of a file whose diagnostics make a good screenshot (at showLine)
 */
export async function checkProblemsPanel(page, { expected, showFile, showLine = 1, screenshotDir }) {
  assert.ok(Object.keys(expected.files).length > 0, 'the example folder must produce diagnostics for this check to mean anything');
  // The workbench URL opened showFile already; wait for its tab rather than searching for it.
  await page.locator('.tabs-container .tab', { hasText: showFile.split('/').pop() }).first().waitFor({ timeout: 60_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 });
  await openProblemsPanel(page);

  // 1. Totals, from the status bar (it counts every problem, rendered or not).
  const totals = await until('the status bar totals to match the CLI', async () => {
    const c = await statusBarProblemCounts(page);
    const ok = c.error === expected.totals.error && c.warning === expected.totals.warning && c.info === expected.totals.info;
    return { ok, seen: `${c.label} (CLI: ${JSON.stringify(expected.totals)})`, c };
  });

  // 2. Per file: filtering the panel by a file's path leaves exactly that file's row and count.
  //    The rule codes rendered meanwhile are noted, so step 3 only searches for the others.
  const seen = new Set();
  const noteCodes = async () => {
    for (const c of await page.locator('.markers-panel .marker-code').allTextContents()) seen.add(c.trim());
  };
  for (const [file, count] of Object.entries(expected.files)) {
    await filterProblems(page, `**/${file}`);
    await until(`${count} problem(s) on ${file}`, async () => {
      const rows = await renderedFileRows(page);
      return { ok: rows[file] === count && Object.keys(rows).length === 1, seen: JSON.stringify(rows) };
    }, 15_000);
    await noteCodes();
  }

  // 3. Every rule the CLI reports shows up as a diagnostic code in the panel.
  for (const rule of expected.rules.filter((r) => !seen.has(r))) {
    await filterProblems(page, rule);
    await until(`a ${rule} row`, async () => {
      const codes = await page.locator('.markers-panel .marker-code').allTextContents();
      return { ok: codes.some((c) => c.includes(rule)), seen: codes.slice(0, 10).join(',') || '(none)' };
    }, 15_000);
  }
  await filterProblems(page, '');
  await page.locator('.part.panel .viewpane-filter-badge.hidden').waitFor({ state: 'attached', timeout: 15_000 });

  // The screenshot: the plan scrolled to its first goal (several findings), with the panel below.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(showLine));
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor({ timeout: 15_000 });
  const shot = join(screenshotDir, 'editor-diagnostics.png');
  await page.screenshot({ path: shot });
  return { totals: totals.c.label, files: Object.keys(expected.files).length, rules: expected.rules.length, screenshot: shot };
}
