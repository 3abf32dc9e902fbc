// Builds the extension-host suite (test/e2e/suite/*.ts) into CommonJS the host can require:
// out/e2e/suite/index.js (extensionTestsPath) and one bundle per *.test.ts beside it.
// `vscode` comes from the host; mocha is loaded from the repo's node_modules at run time.
// Usage: node test/e2e/build.mjs
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteDir = join(root, 'test', 'e2e', 'suite');
export const outDir = join(root, 'out', 'e2e', 'suite');

export async function buildSuite() {
  const entryPoints = readdirSync(suiteDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => join(suiteDir, f));
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints, outdir: outDir, platform: 'node', target: 'node20', format: 'cjs', bundle: true,
    sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  await esbuild.stop(); // its service process would otherwise outlive the build, idle
  return join(outDir, 'index.js');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const index = await buildSuite();
  console.log(`built e2e suite: ${index}`);
}
