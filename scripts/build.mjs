// One root build (lsp-sample layout): esbuild bundles the extension client, the language
// server, the CLI and the webview script. Bundling turns the ESM-only unified/remark packages
// into CommonJS, keeps activation fast and lets the .vsix ship without node_modules.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { cliBundles } from './cliBundles.mjs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const node = { platform: 'node', target: 'node20', format: 'cjs', bundle: true, sourcemap: true, minify, logLevel: 'warning' };
const entries = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['client/src/lspClientLibrary.ts'], outfile: 'dist/client/lspClientLibrary.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server/server.js' },
  ...cliBundles(node),
  { platform: 'browser', target: 'es2022', format: 'iife', bundle: true, sourcemap: true, minify, logLevel: 'warning',
    entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview/main.js' },
].filter((e) => existsSync(e.entryPoints[0]));

mkdirSync('dist', { recursive: true });
if (watch) {
  for (const e of entries) await (await esbuild.context(e)).watch();
  console.log(`watching ${entries.length} bundles`);
} else {
  await Promise.all(entries.map((e) => esbuild.build(e)));
  console.log(`built ${entries.map((e) => e.outfile).join(', ')}`);
}
