// Runs the extension-host mocha suite inside code-server's real (Node) extension host.
// code-server has no --extensionTestsPath flag: the web workbench takes extensionDevelopmentPath
// and extensionTestsPath from the URL payload (as vscode-remote:// URIs) and calls
// window.codeAutomationExit(code) when the suite's run() settles.
//
// Usage: node test/e2e/runInCodeServer.mjs [--profile dev|untrusted|vsix] [--vsix FILE] [--dev-path DIR] [--no-build] [--keep]
//   dev        the development folder (repo root) with Workspace Trust off
//   untrusted  the development folder, Workspace Trust on and the fixture folder untrusted
//   vsix       the packaged extension installed with --install-extension (default FILE: <name>-<version>.vsix)
// Exit code: 0 when every test passed. Results: test-results/e2e-<profile>.json, code-server log beside it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { buildSuite } from './build.mjs';
import {
  E2E_TODAY, copyWorkspace, gitRecorder, workspaceCanary, installVsix, launchChromium, log, makeRunDirs, repoRoot, resultsDir, startCodeServer, workbenchUrl,
} from './lib/codeServer.mjs';

// Workbench chatter that says nothing about GoalPlan (the gallery lookups fail offline by design).
const NOISE = /open-vsx\.org|Creation of workbench contribution|connection token|Creating a socket|Service Worker|builtin extensions cache|ChatSessionStore/;
const VERBOSE = Boolean(process.env.GOALPLAN_E2E_VERBOSE);
const SUITE_TIMEOUT_MS = Number(process.env.GOALPLAN_E2E_SUITE_TIMEOUT_MS ?? 300_000);

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export function defaultVsixPath() {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
}

/** Runs one profile; resolves with { code, results } and never throws for a test failure. */
export async function runSuite({ profile = 'dev', vsix, build = true, keep = false, devPath: devFolder = repoRoot } = {}) {
  if (!['dev', 'untrusted', 'vsix'].includes(profile)) throw new Error(`unknown profile ${profile}`);
  const started = Date.now();
  const testsPath = build ? await buildSuite() : join(repoRoot, 'out', 'e2e', 'suite', 'index.js');
  if (profile !== 'vsix' && !existsSync(join(devFolder, 'dist', 'client', 'extension.js'))) {
    console.warn('[e2e] dist/client/extension.js is missing (npm run build): the extension cannot load');
  }
  const trust = profile === 'untrusted';
  const dirs = makeRunDirs(profile, { trust, settings: { 'goalplan.today': E2E_TODAY } });
  try {
    const workspace = copyWorkspace(join(repoRoot, 'test', 'e2e', 'fixture'), join(dirs.dir, 'workspace'));
    const git = gitRecorder(dirs.dir);
    const canary = workspaceCanary(workspace, dirs.dir);
    mkdirSync(resultsDir, { recursive: true });
    const resultsFile = join(resultsDir, `e2e-${profile}.json`);
    writeFileSync(resultsFile, '{}');
    return await runInDirs({ profile, devFolder, dirs, workspace, git, canary, resultsFile, testsPath, vsix, started });
  } finally {
    if (keep) log('kept run dir', dirs.dir); else dirs.cleanup();
  }
}

async function runInDirs({ profile, devFolder, dirs, workspace, git, canary, resultsFile, testsPath, vsix, started }) {
  const trust = profile === 'untrusted';
  let devPath = devFolder;
  if (profile === 'vsix') {
    const file = resolve(vsix ?? defaultVsixPath());
    if (!existsSync(file)) throw new Error(`${file} not found: run npm run package first`);
    installVsix(file, dirs);
    log('installed', file);
    // The web workbench only runs extensionTestsPath for a development session, so it gets a
    // development folder holding nothing but a manifest without code: GoalPlan itself comes from the .vsix.
    devPath = join(repoRoot, 'test', 'e2e', 'vsix-host');
  }

  const env = {
    ...git.env,
    PATH: `${canary.pathEntry}:${git.env.PATH}`,
    // Without this the VS Code server replaces PATH (and more) with a login shell's environment
    // for the extension host, which would bypass the git recorder and let the machine's shell
    // profile leak into the run.
    VSCODE_CLI: '1',
    GOALPLAN_E2E_PROFILE: profile,
    GOALPLAN_E2E_RESULTS: resultsFile,
    GOALPLAN_E2E_DEV_PATH: devFolder,
    GOALPLAN_E2E_EXTENSIONS_DIR: dirs.extensions,
    GOALPLAN_E2E_GIT_LOG: git.logFile,
  };
  const server = await startCodeServer({ dirs, trust, env, logFile: join(resultsDir, `e2e-${profile}-code-server.log`) });
  log(`code-server up on ${server.authority} (profile ${profile})`);
  let browser;
  let code = 1;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Both hooks must exist before the workbench loads: it looks them up once at start.
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (VERBOSE || !NOISE.test(line)) console.log(`  [host ${type}]`, line);
    });
    await page.exposeFunction('codeAutomationExit', (exitCode) => resolveExit(exitCode));
    const crashed = new Promise((_, reject) => page.on('crash', () => reject(new Error('the workbench page crashed'))));
    crashed.catch(() => {}); // a crash after the suite settled is not this run's failure
    let timer;
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no codeAutomationExit within ${SUITE_TIMEOUT_MS} ms`)), SUITE_TIMEOUT_MS);
    });
    await page.goto(workbenchUrl({ authority: server.authority, folder: workspace, devPath, testsPath }));
    log('workbench loading');
    try {
      code = await Promise.race([exited, crashed, timedOut]);
    } finally {
      clearTimeout(timer);
    }
    log(`suite settled (codeAutomationExit ${code})`);
  } catch (e) {
    console.error(`[e2e] ${profile}: ${e.message}`);
    console.error(server.tail().slice(-4000));
    code = 1;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    log('code-server stopped');
  }

  let results = {};
  try { results = JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { /* suite never wrote it */ }
  if (code === 0 && !(results.passed?.length > 0)) {
    console.error(`[e2e] ${profile}: exit code 0 but no test results were written`);
    code = 1;
  }
  const gitCalls = git.calls();
  if (profile === 'untrusted' && gitCalls) {
    console.error(`[e2e] untrusted: git ran in the untrusted workspace:\n${gitCalls}`);
    code = code || 1;
  }
  const workspaceCode = canary.ran();
  if (workspaceCode) {
    console.error(`[e2e] ${profile}: an executable shipped inside the workspace was run (.bin/git ${workspaceCode})`);
    code = code || 1;
  }
  results.workspaceCodeRan = Boolean(workspaceCode);
  results.gitCalls = gitCalls ? gitCalls.split('\n').length : 0;
  if (profile === 'dev' && !results.gitCalls && !process.env.GOALPLAN_E2E_GREP) {
    console.warn('[e2e] dev: the git recorder saw no git process in the trusted run, so the untrusted run\'s "no git" check is unproven');
  }
  results.wallMs = Date.now() - started;
  writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  log(`${profile}: exit ${code}; ${results.passed?.length ?? 0} passed, ${results.failed?.length ?? 0} failed, ${(results.wallMs / 1000).toFixed(1)} s`);
  return { code, results };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { code } = await runSuite({
    profile: option('--profile', 'dev'),
    vsix: option('--vsix'),
    build: !process.argv.includes('--no-build'),
    keep: process.argv.includes('--keep'),
    devPath: resolve(option('--dev-path', repoRoot)),
  });
  process.exit(code);
}
