// UI checks of the editor conventions (issue 16) through the workbench's DOM:
//   walkthrough       "GoalPlan: Get started" opens the walkthrough; its first step's button
//                     runs: the example clinic is copied and opened (a new window), and the step
//                     is then marked done.
//   markdown-preview  the built-in Markdown preview of a plan shows each goal as a card (the
//                     preview's HTML is two iframes down, like the progress panel's).
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './workbench.mjs';

/** Finds `name` (a directory) under `root`, breadth first, a few levels deep. */
function findDir(root, name, depth = 6) {
  let level = [root];
  for (let d = 0; d < depth && level.length; d++) {
    const next = [];
    for (const dir of level) {
      let entries = [];
      try { entries = readdirSync(dir, { withFileTypes: true }); } catch { continue; }
      for (const e of entries) {
        if (!e.isDirectory()) continue;
        if (e.name === name) return join(dir, e.name);
        next.push(join(dir, e.name));
      }
    }
    level = next;
  }
  return undefined;
}

export async function checkWalkthrough(page, { userData, screenshotDir }) {
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'GoalPlan: Get started');
  const steps = page.locator('button.getting-started-step');
  await page.locator('.gettingStartedContainer', { hasText: 'Get started with GoalPlan' }).first().waitFor({ timeout: 30_000 });
  const titles = (await steps.locator('.step-title').allInnerTexts()).map((t) => t.trim());
  assert.deepEqual(titles, ['Open the example clinic', 'Create a goal plan', 'Write a session note', 'Open the progress panel', 'Print the plan for the client', 'Close an episode of care', 'Run the CLI in CI']);

  const first = steps.first();
  if ((await first.getAttribute('aria-expanded')) !== 'true') await first.click();
  assert.equal(await first.getAttribute('aria-checked'), 'false', 'the first step is not done before its button runs');
  const shot = join(screenshotDir, 'walkthrough.png');
  await page.screenshot({ path: shot });

  // The button runs goalplan.openExampleClinic: with a folder open, it opens a new window.
  const button = first.locator('.monaco-button', { hasText: 'Open the example clinic' });
  const popup = page.context().waitForEvent('page', { timeout: 60_000 });
  await button.click();
  const win = await popup;
  await win.waitForURL(/example-clinic/, { timeout: 30_000 });
  const opened = decodeURIComponent(win.url());
  await win.close();
  const copy = findDir(userData, 'example-clinic');
  assert.ok(copy, `the example clinic copy under ${userData}`);
  assert.ok(opened.includes(copy), `the new window opens the copy (${opened})`);
  assert.ok(existsSync(join(copy, 'clients', 'C-0142', 'plan.md')) && existsSync(join(copy, '.goalplan.yaml')));
  assert.ok(existsSync(join(copy, '.vscode', 'settings.json')), 'the copy pins goalplan.today');
  // Completion event onCommand:goalplan.openExampleClinic marks the step done.
  await page.locator('button.getting-started-step[aria-checked="true"]', { hasText: 'Open the example clinic' }).waitFor({ timeout: 30_000 });
  return { steps: titles, copy, screenshot: shot };
}

/**
 * Opens a workspace file by its relative path with Quick Open. Every client's plan is called
 * plan.md and the list first shows recently opened files, then re-sorts when the search
 * answers: Enter is pressed only once the focused row is in the wanted folder, and the
 * breadcrumbs must then show that folder.
 */
async function openWorkspaceFile(page, relativePath) {
  const parts = relativePath.split('/');
  const name = parts.pop();
  const folder = parts.join('/');
  let breadcrumbs = page.locator('.part.editor .monaco-breadcrumbs');
  for (const part of parts) breadcrumbs = breadcrumbs.filter({ hasText: part });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(relativePath);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).filter({ hasText: folder }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Enter');
    try {
      await breadcrumbs.first().waitFor({ timeout: 10_000 });
      return;
    } catch (e) {
      // Another file took the editor (an earlier check's late navigation): once more.
      if (attempt === 3) throw e;
    }
  }
}

/**
 * @param plan     workspace-relative path of a plan
 * @param goals    [{ id, statement }] of that plan's goal blocks, in order
 */
export async function checkMarkdownPreview(page, { plan, goals, screenshotDir }) {
  await runCommand(page, 'View: Close All Editors');
  await openWorkspaceFile(page, plan);
  await runCommand(page, 'Markdown: Open Preview');
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const cards = preview.locator('.goalplan-goal-card');
  await cards.first().waitFor({ timeout: 60_000 });
  const shown = await cards.evaluateAll((els) => els.map((e) => ({
    id: e.getAttribute('data-goal'),
    statement: e.querySelector('.goalplan-statement')?.textContent,
    measure: e.querySelector('.goalplan-measure')?.textContent ?? null,
    due: e.querySelector('.goalplan-due')?.textContent ?? null,
    status: e.querySelector('.goalplan-status')?.textContent ?? null,
  })));
  assert.deepEqual(shown.map((c) => c.id), goals.map((g) => g.id), 'one card per goal block, in order');
  for (const [i, g] of goals.entries()) assert.equal(shown[i].statement, g.statement, `${g.id}: statement`);
  for (const c of shown) assert.ok(c.measure && c.due && c.status, `${c.id}: measure, due and status shown`);
  // No goal block left as raw YAML, and nothing executable in the preview's document.
  assert.equal(await preview.locator('pre code.language-yaml, code.language-yaml').count(), 0);
  assert.equal(await preview.locator('.goalplan-goal-card script, .goalplan-goal-card [onerror], .goalplan-goal-card img').count(), 0);
  const shot = join(screenshotDir, 'markdown-preview.png');
  await page.screenshot({ path: shot });
  return { cards: shown.map((c) => c.id), screenshot: shot };
}

/**
 * "GoalPlan: New goal plan" through its input box: a code with path syntax is refused in the
 * box itself; a valid code writes clients/<code>/plan.md and opens it in snippet mode with the
 * first tab stop selected. Runs last: it leaves a dirty editor (the snippet) behind.
 */
export async function checkNewGoalPlanInput(page, { clinic, client, screenshotDir }) {
  await runCommand(page, 'GoalPlan: New goal plan');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await input.fill('../outside');
  const message = page.locator('.quick-input-widget .quick-input-message');
  await message.filter({ hasText: 'not a path' }).waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter'); // refused: the box stays open
  await input.waitFor({ state: 'visible', timeout: 5_000 });
  await input.fill(client);
  await message.filter({ hasText: 'not a path' }).waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  await page.keyboard.press('Enter');
  const file = join(clinic, 'clients', client, 'plan.md');
  await page.locator('.part.editor .monaco-breadcrumbs', { hasText: client }).first().waitFor({ timeout: 30_000 });
  assert.ok(existsSync(file), `${file} written`);
  assert.ok(!existsSync(join(clinic, 'outside')) && !existsSync(join(clinic, '..', 'outside')), 'nothing written for the refused code');
  // Snippet mode: the first tab stop, the clinician placeholder "initials", is selected (the
  // status bar counts the selected characters).
  const selection = page.locator('[id="status.editor.selection"]', { hasText: `(${'initials'.length} selected)` });
  await selection.waitFor({ timeout: 15_000 });
  const shot = join(screenshotDir, 'new-goal-plan.png');
  await page.screenshot({ path: shot });
  return { file, selection: await selection.innerText(), screenshot: shot };
}
