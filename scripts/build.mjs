// One root build (lsp-sample layout): esbuild bundles the extension client, the language
// server, the CLI and the webview script. Bundling turns the ESM-only unified/remark packages
// into CommonJS, keeps activation fast and lets the .vsix ship without node_modules.
// Usage: node scripts/build.mjs [--watch] [--minify] [--outdir DIR]
// --outdir (default dist): the test harnesses build into a temporary folder with it, so a test
// run never replaces the bundles a developer built (or is watching) in dist/.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { cliBundles } from './cliBundles.mjs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const outIndex = process.argv.indexOf('--outdir');
const out = outIndex >= 0 ? process.argv[outIndex + 1] : 'dist';
if (!out) {
  console.error('--outdir needs a folder');
  process.exit(2);
}

const node = { platform: 'node', target: 'node20', format: 'cjs', bundle: true, sourcemap: true, minify, logLevel: 'warning' };
const entries = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: `${out}/client/extension.js`, external: ['vscode'] },
  { ...node, entryPoints: ['client/src/lspClientLibrary.ts'], outfile: `${out}/client/lspClientLibrary.js`, external: ['vscode'] },
  { ...node, entryPoints: ['client/src/markdownPreview/index.ts'], outfile: `${out}/client/markdownPreview.js` },
  { ...node, entryPoints: ['server/src/lsp/server.ts'], outfile: `${out}/server/server.js` },
  ...cliBundles(node, out),
  // The webview's scripts are minified in every build, as the .vsix ships them: the panel fetches
  // main.js through code-server's webview service worker on every opening (315 KB instead of
  // 615 KB), and the e2e checks and the bench then run what clinicians run. Source maps stay.
  ...['main', 'boot'].map((name) => ({ platform: 'browser', target: 'es2022', format: 'iife', bundle: true, sourcemap: true, minify: true, logLevel: 'warning',
    entryPoints: [`client/webview/${name}.ts`], outfile: `${out}/webview/${name}.js` })),
].filter((e) => existsSync(e.entryPoints[0]));

mkdirSync(out, { recursive: true });
if (watch) {
  for (const e of entries) await (await esbuild.context(e)).watch();
  console.log(`watching ${entries.length} bundles`);
} else {
  await Promise.all(entries.map((e) => esbuild.build(e)));
  console.log(`built ${entries.map((e) => e.outfile).join(', ')}`);
}
