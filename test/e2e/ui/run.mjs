// UI checks in code-server through Chromium: the Problems panel agrees with the CLI on the
// example clinic, the progress panel draws a client's goals, the Markdown preview shows them as
// cards, and the Get Started walkthrough's first step runs. Screenshots go to
// test-results/screenshots/ (CI artifacts); --update-docs also copies them to docs/images/.
// Usage: node test/e2e/ui/run.mjs [--update-docs] [--keep] [--dev-path DIR]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_TODAY, launchChromium, log, makeRunDirs, repoRoot, resultsDir, startCodeServer, workbenchUrl } from '../lib/codeServer.mjs';
import { checkMarkdownPreview, checkNewGoalPlanInput, checkWalkthrough } from './conventions.mjs';
import { checkPrintPlan } from './printPlan.mjs';
import { checkProblemsPanel } from './problemsPanel.mjs';
import { checkGlance, checkProgressPanel } from './progressPanel.mjs';
import { checkExpectedMarks } from './expectedMarks.mjs';
import { checkAlliancePair, checkTimelineMarks, openClient } from './timelineMarks.mjs';
import { checkWebviewAccessibility, setColorTheme } from './accessibility.mjs';
import { runCommand } from './workbench.mjs';
import { waitForWorkbench } from './workbench.mjs';

// C-0217's plan carries many of the clinic's deliberate mistakes (the editor screenshot);
// C-0142 is the clean client with the longest history (the progress panel).
const SHOW_FILE = 'clients/C-0217/plan.md';
const SHOW_LINE = 46;
const CLIENT = 'C-0142';
const CLIENT_PLAN = `clients/${CLIENT}/plan.md`;
// The example client whose notes hold a positive risk screen without a risk note (GP315).
const RISK_CLIENT = 'C-0451';

function localToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The example clinic with its generated git history when the generator exists, else a plain copy. */
function prepareClinic(dir) {
  const target = join(dir, 'clinic');
  const generator = join(repoRoot, 'scripts', 'make-clinic-git.mjs');
  if (existsSync(generator)) {
    const r = spawnSync(process.execPath, [generator, target], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status === 0) return target;
    console.warn(`[ui] make-clinic-git.mjs failed (${r.status}); using a plain copy: ${r.stderr?.slice(-500)}`);
  }
  cpSync(join(repoRoot, 'examples', 'clinic'), target, { recursive: true });
  return target;
}

/** The setting that overrides the extension's "today", when the extension declares one. */
function todaySettingKey() {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const configs = [pkg.contributes?.configuration ?? []].flat();
  for (const c of configs) for (const key of Object.keys(c.properties ?? {})) if (/\.today$/.test(key)) return key;
  return undefined;
}

/**
 * What the CLI (the same lint core as the language server) reports for `folder`, reduced to
 * totals by severity, counts per file ("dir/name.md" relative to the folder) and rule ids.
 */
export function expectedFromCli(folder, today) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'goalplan.js'), 'lint', folder, '--format', 'json', '--today', today],
    { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`goalplan lint failed (${r.status}): ${r.stderr.slice(-1000)}`);
  const data = JSON.parse(r.stdout);
  const totals = { error: 0, warning: 0, info: 0 };
  const files = {};
  const rules = new Set();
  // Walk the report: a diagnostic is an object with a GPnnn rule id and a severity; its file is
  // the nearest enclosing object's path.
  const walk = (node, file) => {
    if (Array.isArray(node)) { for (const n of node) walk(n, file); return; }
    if (!node || typeof node !== 'object') return;
    const here = node.filePath ?? node.file ?? node.path ?? node.uri ?? file;
    const rule = [node.ruleId, node.rule, node.code, node.id].find((v) => typeof v === 'string' && /^GP\d{3}$/.test(v));
    if (rule && ['error', 'warning', 'info'].includes(node.severity) && typeof here === 'string') {
      const abs = here.startsWith('file://') ? fileURLToPath(here) : resolve(folder, here);
      const rel = relative(folder, abs).split(sep).join('/');
      totals[node.severity] += 1;
      files[rel] = (files[rel] ?? 0) + 1;
      rules.add(rule);
      return;
    }
    for (const v of Object.values(node)) walk(v, here);
  };
  walk(data, undefined);
  return { totals, files, rules: [...rules].sort() };
}

/** Id and statement of each goal block of a plan, in order (read here, independently of the extension). */
function goalsOf(planPath) {
  const text = readFileSync(planPath, 'utf8');
  return [...text.matchAll(/```yaml goal\n([\s\S]*?)```/g)].map((b) => ({
    id: /^id:\s*(\S+)\s*$/m.exec(b[1])?.[1],
    statement: /^statement:\s*(.+?)\s*$/m.exec(b[1])?.[1],
  }));
}

function goalIdsOf(planPath) {
  const text = readFileSync(planPath, 'utf8');
  const ids = [];
  for (const block of text.matchAll(/```yaml goal\n([\s\S]*?)```/g)) {
    const id = /^id:\s*(\S+)\s*$/m.exec(block[1])?.[1];
    if (id) ids.push(id.replace(/^['"]|['"]$/g, ''));
  }
  return ids;
}

export async function runUiChecks({ updateDocs = false, keep = false, devPath = repoRoot, only } = {}) {
  const screenshotDir = join(resultsDir, 'screenshots');
  mkdirSync(screenshotDir, { recursive: true });
  const settingKey = todaySettingKey();
  const today = settingKey ? E2E_TODAY : localToday();
  const dirs = makeRunDirs('ui', { trust: false, settings: settingKey ? { [settingKey]: today } : {} });
  const clinic = prepareClinic(dirs.dir);
  const expected = expectedFromCli(clinic, today);
  log(`ui: CLI expects ${JSON.stringify(expected.totals)} over ${Object.keys(expected.files).length} files (today ${today})`);

  const server = await startCodeServer({ dirs, env: { VSCODE_CLI: '1' }, logFile: join(resultsDir, 'e2e-ui-code-server.log') });
  const report = { ok: false, checks: {} };
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(workbenchUrl({ authority: server.authority, folder: clinic, devPath, openFile: join(clinic, SHOW_FILE) }));
    await waitForWorkbench(page);
    const run = async (name, fn) => {
      if (only && !only.some((o) => name.startsWith(o))) return;
      try {
        report.checks[name] = { ok: true, ...(await fn()) };
        log(`ui: ${name} ok`);
      } catch (e) {
        report.checks[name] = { ok: false, error: e.message };
        console.error(`[ui] ${name}: ${e.message}`);
        await page.screenshot({ path: join(screenshotDir, `failed-${name}.png`) }).catch(() => {});
      }
    };
    await run('problems-panel', () => checkProblemsPanel(page, { expected, showFile: SHOW_FILE, showLine: SHOW_LINE, screenshotDir }));
    await run('markdown-preview', () => checkMarkdownPreview(page, { plan: CLIENT_PLAN, goals: goalsOf(join(clinic, CLIENT_PLAN)), screenshotDir }));
    await run('progress-panel', () => checkProgressPanel(page, { client: CLIENT, goalIds: goalIdsOf(join(clinic, CLIENT_PLAN)), riskSessions: ['2026-11-09'], screenshotDir }));
    // SPEC 5.6: the panel's Print plan button, the copy pick, the save dialog, the page on disk.
    await run('print-plan', () => checkPrintPlan(page, { client: CLIENT, outDir: join(dirs.dir, 'printed'), screenshotDir }));
    // SPEC 5.5/5.6: the not-on-track example client's expected line and off-track marks.
    await run('progress-panel-not-on-track', () => checkExpectedMarks(page, { client: 'C-0704', goalId: 'G1', screenshotDir }));
    // SPEC 5.6: events and barriers on every timeline, readiness, SRS with its alliance cutoff.
    await run('timeline-marks', () => checkTimelineMarks(page, { client: 'C-0704', screenshotDir }));
    await run('alliance-pair', () => checkAlliancePair(page, { client: 'C-0735', screenshotDir }));
    // WCAG 2.2 A/AA inside the webviews, in a light and a dark theme (the panel re-renders with
    // the theme's colours; nothing is re-opened).
    await run('glance', () => checkGlance(page, { client: RISK_CLIENT, screenshotDir }));
    const themes = ['Light+', 'Dark Modern'];
    for (const theme of themes) {
      await run(`theme-${theme}`, async () => { await setColorTheme(page, theme); return { theme }; });
      await run(`a11y-progress-${theme}`, () => checkWebviewAccessibility(page, { label: `progress panel (${theme})` }));
    }
    // The clients whose panels carry the SPEC 5.6 timeline marks (events and barriers, readiness;
    // SRS below its cutoff beside ORS; goal revisions and the agreement line), in both themes.
    for (const theme of [...themes].reverse()) {
      await run(`theme-${theme}-timeline`, async () => { await setColorTheme(page, theme); return { theme }; });
      for (const c of ['C-0704', 'C-0735', 'C-0705']) {
        await run(`a11y-timeline-${c}-${theme}`, async () => { await openClient(page, c); return checkWebviewAccessibility(page, { label: `progress panel ${c} (${theme})` }); });
      }
    }
    await run('caseload-open', async () => {
      await runCommand(page, 'GoalPlan: Show caseload');
      await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('article.gp-caseload table').first().waitFor({ timeout: 30_000 });
      return {};
    });
    for (const theme of [...themes].reverse()) {
      await run(`theme-${theme}-caseload`, async () => { await setColorTheme(page, theme); return { theme }; });
      await run(`a11y-caseload-${theme}`, () => checkWebviewAccessibility(page, { label: `caseload (${theme})` }));
    }
    await run('walkthrough', () => checkWalkthrough(page, { userData: dirs.dir, screenshotDir }));
    await run('new-goal-plan', () => checkNewGoalPlanInput(page, { clinic, client: 'C-0999', screenshotDir }));
    report.ok = Object.values(report.checks).every((c) => c.ok);
  } catch (e) {
    report.error = e.message;
    console.error(`[ui] ${e.message}\n${server.tail().slice(-3000)}`);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (!keep) dirs.cleanup();
  }
  writeFileSync(join(resultsDir, 'e2e-ui.json'), JSON.stringify(report, null, 2));
  if (updateDocs && report.ok) {
    const docsImages = join(repoRoot, 'docs', 'images');
    mkdirSync(docsImages, { recursive: true });
    for (const c of Object.values(report.checks)) {
      if (c.screenshot) copyFileSync(c.screenshot, join(docsImages, basename(c.screenshot)));
    }
    log(`ui: screenshots copied to ${docsImages}`);
  }
  return report.ok;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dev-path');
  // --only a,b: only the checks whose names start with a or b (while working on one of them).
  const o = process.argv.indexOf('--only');
  const ok = await runUiChecks({
    only: o >= 0 ? (process.argv[o + 1] ?? '').split(',').filter(Boolean) : undefined,
    updateDocs: process.argv.includes('--update-docs'),
    keep: process.argv.includes('--keep'),
    devPath: i >= 0 ? resolve(process.argv[i + 1]) : repoRoot,
  });
  process.exit(ok ? 0 : 1);
}
