// `npm run test:e2e`: every end-to-end check of the extension in a real editor (code-server +
// Debian Chromium), in order, continuing past failures so one run shows the whole picture:
//   1. setup      scripts/setup-test-env.sh: Debian packages + code-server (idempotent: about a second when present)
//   2. build      development bundles (scripts/build.mjs) and the suite (test/e2e/build.mjs)
//   3. suite      the extension-host mocha suite against the development folder
//   4. ui         Problems panel and progress panel through the workbench UI, screenshots
//   5. untrusted  Workspace Trust on, folder untrusted: restricted behaviour
//   6. package    npm run package -> <name>-<version>.vsix
//   7. vsix       the suite again against the installed .vsix
// Exit code 0 only when every step passed. Summary: test-results/e2e-summary.json.
// Each step has a deadline (DEADLINES, or GOALPLAN_E2E_STEP_TIMEOUT_S for all): a step past it
// fails as "timed out", every process the run started is killed (found by the run's marker in
// their environment, lib/processes.mjs), and the next step starts. So a hung editor or browser is
// a located failure in minutes, never a CI job that waits for its own time limit.
// Options: --only suite,ui,...  (steps 1-2 always run)  --update-docs (copy screenshots to docs/images/)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSuite } from './build.mjs';
import { log, repoRoot, resultsDir } from './lib/codeServer.mjs';
import { killMarked, markRun } from './lib/processes.mjs';
import { runSuite } from './runInCodeServer.mjs';
import { runUiChecks } from './ui/run.mjs';

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const only = option('--only')?.split(',');
const wanted = (step) => !only || only.includes(step);

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => { console.error(e.message); resolve(1); });
  });
}

const marker = markRun('GOALPLAN_E2E_RUN');
// Seconds; several times what each step takes on a loaded 2-core machine (setup includes the
// first install of Chromium and code-server).
const DEADLINES = { setup: 900, build: 300, suite: 600, ui: 720, untrusted: 480, package: 360, vsix: 600 };
const override = Number(process.env.GOALPLAN_E2E_STEP_TIMEOUT_S);

function killLeftovers(why) {
  const killed = killMarked(marker);
  if (killed.length) {
    console.error(`[e2e] ${why}: killed ${killed.length} process(es) the run had started:`);
    for (const p of killed) console.error(`  ${p.pid} ${p.cmd}`);
  }
}

const steps = [];
async function step(name, fn) {
  const started = Date.now();
  const seconds = override > 0 ? override : DEADLINES[name];
  log(`=== ${name} (deadline ${seconds} s)`);
  let ok = false;
  let detail = '';
  let timer;
  try {
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${seconds} s`)), seconds * 1000);
    });
    const r = await Promise.race([fn(), deadline]);
    ok = r === true || r === 0 || r?.code === 0;
    if (r?.results) detail = `${r.results.passed?.length ?? 0} passed, ${r.results.failed?.length ?? 0} failed`;
  } catch (e) {
    detail = e.message;
    console.error(`[e2e] ${name}: ${e.stack ?? e}`);
    if (/^timed out after/.test(e.message)) killLeftovers(`${name} ${e.message}`);
  } finally {
    clearTimeout(timer);
  }
  const took = (Date.now() - started) / 1000;
  steps.push({ step: name, ok, seconds: Number(took.toFixed(1)), detail });
  log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${took.toFixed(1)} s)${detail ? ` ${detail}` : ''}`);
  return ok;
}

const t0 = Date.now();
mkdirSync(resultsDir, { recursive: true });
const prepared = await step('setup', async () => (await run('bash', ['scripts/setup-test-env.sh'])) === 0)
  && await step('build', async () => (await run(process.execPath, ['scripts/build.mjs'])) === 0 && Boolean(await buildSuite()));

if (prepared) {
  if (wanted('suite')) await step('suite', () => runSuite({ profile: 'dev', build: false }));
  if (wanted('ui')) await step('ui', () => runUiChecks({ updateDocs: process.argv.includes('--update-docs') }));
  if (wanted('untrusted')) await step('untrusted', () => runSuite({ profile: 'untrusted', build: false }));
  if (wanted('vsix')) {
    const packaged = await step('package', async () => (await run('npm', ['run', '--silent', 'package'])) === 0);
    if (packaged) await step('vsix', () => runSuite({ profile: 'vsix', build: false }));
    else steps.push({ step: 'vsix', ok: false, seconds: 0, detail: 'skipped: packaging failed' });
  }
}

killLeftovers('after the last step');
const ok = steps.every((s) => s.ok);
const summary = { ok, seconds: Number(((Date.now() - t0) / 1000).toFixed(1)), steps };
writeFileSync(join(resultsDir, 'e2e-summary.json'), JSON.stringify(summary, null, 2));
console.log('\nend-to-end summary');
for (const s of steps) console.log(`  ${s.ok ? 'ok    ' : 'FAILED'} ${s.step.padEnd(10)} ${String(s.seconds).padStart(6)} s  ${s.detail}`);
console.log(`  total ${summary.seconds} s -> ${ok ? 'PASS' : 'FAIL'}`);
process.exit(ok ? 0 : 1);
