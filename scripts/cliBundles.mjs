// The CLI's bundles. `goalplan` itself (dist/cli/goalplan.js) is only the dispatcher; each
// subcommand is its own bundle next to it, required when that command runs. A pre-commit
// `goalplan lint` then never compiles the report's chart and DOM libraries (about half of
// what one bundle held), and `--version` loads almost nothing. The worker bundle
// is found by the lint command next to itself (dist/cli/lintWorker.js).
import { readdirSync } from 'node:fs';

const COMMANDS_DIR = 'server/src/cli/commands';

/** main.ts loads `./commands/<name>`: in the bundle that becomes require('./<name>.js'). */
const commandsAsSiblingBundles = {
  name: 'goalplan-commands-external',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[a-z-]+$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('server/src/cli/main.ts')
        ? { path: `./${args.path.slice('./commands/'.length)}.js`, external: true }
        : undefined);
  },
};

/** esbuild options of every CLI bundle, over the shared node options `base`, written under `out`. */
export function cliBundles(base, out = 'dist') {
  const commands = readdirSync(COMMANDS_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  return [
    // import() of a sibling bundle becomes require(): no ESM loader for CommonJS files.
    { ...base, entryPoints: ['server/src/cli/main.ts'], outfile: `${out}/cli/goalplan.js`, plugins: [commandsAsSiblingBundles], supported: { 'dynamic-import': false } },
    ...commands.map((c) => ({ ...base, entryPoints: [`${COMMANDS_DIR}/${c}.ts`], outfile: `${out}/cli/${c}.js` })),
    { ...base, entryPoints: ['server/src/cli/lintWorker.ts'], outfile: `${out}/cli/lintWorker.js` },
  ];
}
