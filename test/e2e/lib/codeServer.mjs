// Start, drive and stop code-server (VS Code 1.100 server + web workbench) for the e2e runs,
// the UI checks and `npm run demo`. Every run gets fresh user-data and extensions dirs, listens
// on loopback only (webviews need a secure context; 127.0.0.1 is one) and is killed as a
// process group so no extension host or language server outlives it.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const resultsDir = join(repoRoot, 'test-results');
export const CODE_SERVER_VERSION = '4.100.3';
/**
 * The "today" of every e2e run (setting goalplan.today): the fixture's dates are chosen around
 * it, so results do not drift with the calendar (a goal due next spring stays active).
 */
export const E2E_TODAY = '2026-11-26';

export function codeServerDir() {
  return process.env.GOALPLAN_CODE_SERVER_DIR ?? join(repoRoot, '.code-server');
}

export function codeServerEntry() {
  const entry = join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`code-server is not installed at ${codeServerDir()}: run npm run setup:e2e`);
  return entry;
}

const t0 = Date.now();
export function log(...args) {
  console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** User settings of every run: no telemetry, no update checks, no tips or welcome pages. */
export function baseSettings({ trust }) {
  return {
    'security.workspace.trust.enabled': trust,
    // With trust on, keep the folder untrusted without a modal prompt blocking the workbench.
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    // VS Code's own git extension would spawn git constantly; only GoalPlan's use of git is of interest.
    'git.enabled': false,
    'git.autoRepositoryDetection': false,
    'chat.disableAIFeatures': true,
    'window.commandCenter': false,
  };
}

/** Fresh per-run directories: user data (with settings), extensions, the workspace copy, a git log. */
export function makeRunDirs(name, { trust = false, settings = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `goalplan-e2e-${name}-`));
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...baseSettings({ trust }), ...settings }, null, 2));
  return { dir, userData, extensions, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a folder of notes into `dest` and makes it a git repository with one commit. */
export function copyWorkspace(src, dest, { git = true } = {}) {
  cpSync(src, dest, { recursive: true });
  if (git) {
    const env = { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@localhost', GIT_COMMITTER_NAME: 'e2e',
      GIT_COMMITTER_EMAIL: 'e2e@localhost', GIT_CONFIG_NOSYSTEM: '1', HOME: dest };
    const git = (...args) => execFileSync('git', args, { cwd: dest, env, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'fixture');
  }
  return dest;
}

/**
 * A `git` wrapper placed first on PATH: appends each invocation (cwd and arguments, never file
 * contents) to `logFile`, then runs the real git. Together with GIT_TRACE it tells whether any
 * process under code-server ran git.
 */
export function gitRecorder(dir) {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = join(dir, 'git-recorder');
  const logFile = join(dir, 'git-calls.log');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\t%s\\n' "$PWD" "$*" >> '${logFile}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const traceFile = join(dir, 'git-trace.log');
  return {
    logFile,
    traceFile,
    env: { PATH: `${bin}:${process.env.PATH}`, GIT_TRACE: traceFile },
    calls() {
      const read = (f) => (existsSync(f) ? readFileSync(f, 'utf8').trim() : '');
      return [read(logFile), read(traceFile)].filter(Boolean).join('\n');
    },
  };
}

/**
 * A `git` planted inside the workspace (`.bin/git`) and put first on PATH: a repository must
 * never get its own executables run (trusted or not). It only records that it was started.
 */
export function workspaceCanary(workspace, dir) {
  const bin = join(workspace, '.bin');
  const logFile = join(dir, 'workspace-code-ran.log');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${logFile}'\nexit 1\n`);
  chmodSync(join(bin, 'git'), 0o755);
  return {
    pathEntry: bin,
    ran: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim() : ''),
  };
}

/** `code-server --install-extension file.vsix` into the run's extensions dir. */
export function installVsix(vsix, dirs) {
  execFileSync(process.execPath, [codeServerEntry(), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--install-extension', vsix, '--force'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

async function waitHealthy(url, ms, child) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

/**
 * Starts code-server on 127.0.0.1. `env` reaches the extension host (and so the suite and the
 * language server). Resolves once /healthz answers. stop() kills the whole process group.
 */
export async function startCodeServer({ dirs, trust = false, env = {}, port, logFile, folder, host = '127.0.0.1' }) {
  port = port ?? await freePort();
  const args = [codeServerEntry(), '--auth', 'none', '--bind-addr', `${host}:${port}`, '--disable-telemetry',
    '--disable-update-check', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  if (!trust) args.push('--disable-workspace-trust');
  if (folder) args.push(folder);
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let tail = '';
  const sink = logFile ? (mkdirSync(dirname(logFile), { recursive: true }), createWriteStream(logFile)) : undefined;
  const onData = (d) => { tail = (tail + d).slice(-20_000); sink?.write(d); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const authority = `${host}:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exited;
      clearTimeout(timer);
    }
    sink?.end();
  };
  try {
    await waitHealthy(`http://${authority}/healthz`, 60_000, child);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- code-server output (tail) ---\n${tail}`);
  }
  return { port, authority, child, stop, tail: () => tail };
}

/** vscode-remote URI of a server-side path: what the web workbench needs in its payload. */
export function remoteUri(authority, path) {
  return `vscode-remote://${authority}${resolve(path)}`;
}

/**
 * Workbench URL opening `folder`, optionally with a development extension, a test entry point and
 * a file to show (`openFile`, absolute path: opened at load, no Quick Open search needed).
 */
export function workbenchUrl({ authority, folder, devPath, testsPath, openFile }) {
  const payload = [['skipWelcome', 'true']];
  if (openFile) payload.push(['openFile', remoteUri(authority, openFile)]);
  if (devPath) payload.push(['extensionDevelopmentPath', remoteUri(authority, devPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remoteUri(authority, testsPath)]);
  return `http://${authority}/?folder=${encodeURIComponent(resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.GOALPLAN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: run npm run setup:e2e`);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
