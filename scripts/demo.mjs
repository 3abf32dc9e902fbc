// `npm run demo`: the whole product in a browser in a minute. Builds the extension, makes sure
// code-server is installed (scripts/setup-test-env.sh), generates the example clinic's git
// history (scripts/make-clinic-git.mjs; falls back to the plain examples/clinic), starts
// code-server on 127.0.0.1 with the development build loaded, prints the URL and runs until
// Ctrl+C. Nothing listens beyond loopback; nothing is sent anywhere.
//   GOALPLAN_DEMO_PORT=8737  port to use (default: 8737, or a free one when that is taken)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { E2E_TODAY, freePort, makeRunDirs, repoRoot, startCodeServer, workbenchUrl } from '../test/e2e/lib/codeServer.mjs';

function step(what, cmd, args) {
  console.log(`[demo] ${what}`);
  execFileSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

step('building the extension', process.execPath, ['scripts/build.mjs']);
step('checking code-server', 'bash', ['scripts/setup-test-env.sh']);

let folder = join(repoRoot, 'examples', 'clinic');
if (existsSync(join(repoRoot, 'scripts', 'make-clinic-git.mjs'))) {
  try {
    step('generating the example clinic with its git history', process.execPath, ['scripts/make-clinic-git.mjs']);
    folder = join(repoRoot, 'examples', 'clinic-git');
  } catch {
    console.warn('[demo] could not generate the git history; opening examples/clinic without it');
  }
}

const wanted = Number(process.env.GOALPLAN_DEMO_PORT ?? 8737);
const port = (await portIsFree(wanted)) ? wanted : await freePort();
// The demo clinic's dates are written around the README's today (2026-11-26): pin it, so the
// demo shows what the README describes whatever the calendar says. Auto-save off: a visitor's
// typing never rewrites the example files behind their back.
const DEMO_SETTINGS = { 'goalplan.today': E2E_TODAY, 'files.autoSave': 'off' };
const dirs = makeRunDirs('demo', { trust: false, settings: DEMO_SETTINGS });
const server = await startCodeServer({ dirs, port, logFile: join(dirs.dir, 'code-server.log') });
const url = workbenchUrl({ authority: server.authority, folder, devPath: repoRoot });

console.log('\nGoalPlan demo is running. Open this URL in a browser on this machine:\n');
console.log(`  ${url}\n`);
console.log(`Folder: ${folder}`);
console.log(`Today is pinned to ${E2E_TODAY} (setting goalplan.today); auto-save is off.`);
console.log('Try: open clients/C-0142/plan.md, look at the Problems panel (Ctrl+Shift+M),');
console.log('run "GoalPlan: Show progress" and "GoalPlan: New session note" from the command palette.');
console.log(`Remote machine? Forward the port first: ssh -L ${port}:127.0.0.1:${port} HOST`);
console.log('Press Ctrl+C to stop.\n');

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\n[demo] stopping code-server');
  await server.stop();
  dirs.cleanup();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
server.child.on('exit', (code) => {
  if (stopping) return;
  console.error(`[demo] code-server exited (${code}); log tail:\n${server.tail().slice(-3000)}`);
  dirs.cleanup();
  process.exit(1);
});
