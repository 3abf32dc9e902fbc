// Runs the same extension-host suite in desktop VS Code through @vscode/test-electron 2.x, for
// machines that can download VS Code (this one cannot: use runInCodeServer.mjs here).
// On a headless Linux CI wrap it in a display server: xvfb-run -a node test/e2e/runInElectron.mjs
//
// Usage: node test/e2e/runInElectron.mjs [--profile dev|untrusted|vsix] [--vsix FILE] [--no-build]
//   VSCODE_VERSION=1.91.0   VS Code to download (default: the engines.vscode floor of package.json)
//   VSCODE_EXECUTABLE=PATH  use an installed VS Code instead of downloading one
// Exit code: 0 when every test passed. Results: test-results/e2e-electron-<profile>.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { buildSuite } from './build.mjs';
import { E2E_TODAY, copyWorkspace, gitRecorder, log, workspaceCanary, makeRunDirs, repoRoot, resultsDir } from './lib/codeServer.mjs';
import { defaultVsixPath } from './runInCodeServer.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const profile = option('--profile', 'dev');
if (!['dev', 'untrusted', 'vsix'].includes(profile)) throw new Error(`unknown profile ${profile}`);
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const version = process.env.VSCODE_VERSION ?? pkg.engines.vscode.replace(/^[^\d]*/, '');

const testsPath = process.argv.includes('--no-build') ? join(repoRoot, 'out', 'e2e', 'suite', 'index.js') : await buildSuite();
const trust = profile === 'untrusted';
const dirs = makeRunDirs(`electron-${profile}`, { trust, settings: { 'goalplan.today': E2E_TODAY } });
const workspace = copyWorkspace(join(repoRoot, 'test', 'e2e', 'fixture'), join(dirs.dir, 'workspace'));
const git = gitRecorder(dirs.dir);
const canary = workspaceCanary(workspace, dirs.dir);
mkdirSync(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, `e2e-electron-${profile}.json`);
writeFileSync(resultsFile, '{}');

const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE ?? await downloadAndUnzipVSCode(version);
const profileArgs = [`--user-data-dir=${dirs.userData}`, `--extensions-dir=${dirs.extensions}`];

let extensionDevelopmentPath = repoRoot;
if (profile === 'vsix') {
  const vsix = resolve(option('--vsix', defaultVsixPath()));
  if (!existsSync(vsix)) throw new Error(`${vsix} not found: run npm run package first`);
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const installed = spawnSync(cli, [...cliArgs.filter((a) => !a.startsWith('--user-data-dir') && !a.startsWith('--extensions-dir')),
    ...profileArgs, '--install-extension', vsix, '--force'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (installed.status !== 0) throw new Error(`installing ${vsix} failed (${installed.status})`);
  extensionDevelopmentPath = join(repoRoot, 'test', 'e2e', 'vsix-host');
}

const launchArgs = [workspace, ...profileArgs, '--skip-welcome', '--skip-release-notes', '--disable-telemetry'];
// Other extensions stay out of the way; not for the vsix profile, where GoalPlan itself is an installed extension.
if (profile !== 'vsix') launchArgs.push('--disable-extensions');
if (!trust) launchArgs.push('--disable-workspace-trust');

let code;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath: testsPath,
    launchArgs,
    extensionTestsEnv: {
      ...git.env,
      PATH: `${canary.pathEntry}:${git.env.PATH}`,
      VSCODE_CLI: '1', // keep this PATH (git recorder): no login-shell environment resolution
      GOALPLAN_E2E_PROFILE: profile,
      GOALPLAN_E2E_RESULTS: resultsFile,
      GOALPLAN_E2E_DEV_PATH: repoRoot,
      GOALPLAN_E2E_EXTENSIONS_DIR: dirs.extensions,
      GOALPLAN_E2E_GIT_LOG: git.logFile,
    },
  });
} catch (e) {
  console.error(`[e2e electron] ${profile}: ${e.message ?? e}`);
  code = 1;
}
if (profile === 'untrusted' && git.calls()) {
  console.error(`[e2e electron] git ran in the untrusted workspace:\n${git.calls()}`);
  code = code || 1;
}
if (canary.ran()) {
  console.error(`[e2e electron] an executable shipped inside the workspace was run (.bin/git ${canary.ran()})`);
  code = code || 1;
}
log(`electron ${profile}: exit ${code}`);
dirs.cleanup();
process.exit(code);
