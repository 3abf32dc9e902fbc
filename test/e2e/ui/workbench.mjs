// Small page-object helpers for the code-server workbench, driven through playwright-core.
// Shortcuts go to the focused part, so the workbench is clicked once it is ready.

export async function waitForWorkbench(page, timeout = 90_000) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  // The explorer lists the folder once the remote file system is connected.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
  await page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } }).catch(() => {});
}

async function quickInput(page, shortcut, text) {
  const input = page.locator('.quick-input-widget input');
  // With a webview focused, the shortcut reaches the workbench only through the webview's key
  // forwarding (a message between frames), which a loaded machine was seen to lose once in a
  // while: press again when the box has not opened after a while (pressing it again while it
  // is open keeps it open, and the text typed below replaces whatever it shows).
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(shortcut);
    const opened = await input.waitFor({ state: 'visible', timeout: 8_000 }).then(() => true, () => false);
    if (opened) break;
    if (attempt === 3) throw new Error(`${shortcut} did not open the quick input (pressed 3 times, 8 s each)`);
  }
  await input.fill(text);
  // File search (ripgrep) can take a while on a busy machine.
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return input;
}

/** Runs a command from the command palette by its title (e.g. "GoalPlan: Show progress"). */
export async function runCommand(page, title) {
  await quickInput(page, 'Control+Shift+P', `>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

/** Answers an open quick pick by typing `text` and taking the first match. */
export async function pickQuickItem(page, text) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, relativePath) {
  await quickInput(page, 'Control+P', relativePath);
  await page.keyboard.press('Enter');
  const name = relativePath.split('/').pop();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 15_000 });
}

export async function openProblemsPanel(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { timeout: 15_000 });
}

/** Error, warning and info counts of the status bar's problems item (what every VS Code user sees). */
export async function statusBarProblemCounts(page) {
  const item = page.locator('[id="status.problems"]');
  await item.waitFor({ timeout: 15_000 });
  // e.g. "Errors: 11, Warnings: 2, Infos: 5" (a kind with no problems may be left out)
  const label = (await item.getAttribute('aria-label')) ?? '';
  const count = (word) => Number(new RegExp(`${word}s?:\\s*(\\d+)`, 'i').exec(label)?.[1] ?? 0);
  return { error: count('error'), warning: count('warning'), info: count('info'), label };
}

/** Types into the Problems panel's filter box ('' clears it). */
export async function filterProblems(page, text) {
  const input = page.locator('.part.panel input[aria-label="Filter Problems"]');
  await input.fill(text);
}

/** Problem count per file row currently rendered in the Problems panel, keyed "folder/name". */
export async function renderedFileRows(page) {
  const labels = await page.locator('.markers-panel .monaco-list-row[aria-level="1"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
  const out = {};
  for (const l of labels) {
    const m = /^(\d+) problems? in file (.+?)(?: of folder (.+))?$/.exec(l);
    if (m) out[m[3] ? `${m[3]}/${m[2]}` : m[2]] = Number(m[1]);
  }
  return out;
}
