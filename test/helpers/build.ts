// The bundles every process-spawning suite runs: built once per mocha process by
// scripts/build.mjs (the same entry points and options as `npm run build`) into a temporary
// folder, never into dist/, so a test run cannot replace what a developer built or is watching.
// A failed build fails the suite that needed it, with esbuild's messages: no fallback to a
// partial build (a CLI test must never pass against bundles the real build cannot produce).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');

let root: string | undefined;
let failure: Error | undefined;

/**
 * Builds (first call only) and returns the package root of the built copy: `<root>/dist/...`
 * with `<root>/bin` (the real launchers, which find dist/ next to themselves) and `<root>/docs`
 * (a link to the repository's docs, where diagnostics' rule links point).
 */
export function ensureBuilt(): string {
  if (root) return root;
  if (failure) throw failure;
  try {
    root = buildCopy(REPO);
  } catch (error) {
    failure = error as Error;
    throw failure;
  }
  return root;
}

/**
 * Runs `repo`'s scripts/build.mjs with --outdir into a new temporary folder (removed when the
 * process exits) and returns that folder; throws with the build's messages when it fails.
 */
export function buildCopy(repo: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-build-')));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', path.join(dir, 'dist')], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the build failed (node scripts/build.mjs, exit ${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`);
  if (fs.existsSync(path.join(repo, 'bin'))) fs.cpSync(path.join(repo, 'bin'), path.join(dir, 'bin'), { recursive: true });
  if (fs.existsSync(path.join(repo, 'docs'))) fs.symlinkSync(path.join(repo, 'docs'), path.join(dir, 'docs'));
  return dir;
}

/** The built language server (`node <this> --stdio`). */
export function serverBundle(): string {
  return path.join(ensureBuilt(), 'dist', 'server', 'server.js');
}

/** The built `goalplan` launcher (bin/goalplan.js of the built copy). */
export function cliBin(): string {
  return path.join(ensureBuilt(), 'bin', 'goalplan.js');
}

/** A file of the built copy, e.g. distFile('webview', 'main.js'). */
export function distFile(...parts: string[]): string {
  return path.join(ensureBuilt(), 'dist', ...parts);
}
