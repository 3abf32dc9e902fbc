// Builds the bundles once per test process (every suite that spawns the CLI or server needs them).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
let built = false;

export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
  built = true;
}
