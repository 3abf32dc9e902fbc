// Extension activation without an editor: loads the bundled dist/client/extension.js with the
// `vscode` module replaced by a permissive stub, and times require() (what the extension host
// pays to load the bundle) plus the activate() call. The e2e harness does not record activation
// time yet; this is the stand-in, and PERFORMANCE.md says so.
// Usage: node activation-stub.mjs EXTENSION_JS RUNS   -> prints JSON {loadMs, activateMs, cpuMs, loadCpuMs}[]
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 1);

/** Any property is another stub, calls return stubs, `then` is absent (not a promise), iterables are empty. */
function stub(name) {
  const fn = function () {};
  const assigned = new Map();
  return new Proxy(fn, {
    set(_t, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_t, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => `[${name}]`;
      if (key === 'toString') return () => `[${name}]`;
      if (key === 'length') return 0;
      return stub(`${name}.${String(key)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

// The bundle copies the module's own property names (esbuild's CommonJS interop), so the stub
// names every export the real API has, read from @types/vscode.
const vscode = {};
const require = createRequire(import.meta.url);
const dts = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
for (const m of dts.matchAll(/^\s+export (?:namespace|class|enum|const|function|let) (\w+)/gm)) vscode[m[1]] = stub(`vscode.${m[1]}`);
vscode.version = '1.91.0';
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return originalLoad.call(this, request, parent, isMain);
};

const results = [];
for (let i = 0; i < runs; i++) {
  delete require.cache[require.resolve(file)];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ext = require(file);
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const context = { subscriptions: [], asAbsolutePath: (p) => `/nonexistent/${p}`, extensionPath: '/nonexistent', globalState: stub('globalState'), workspaceState: stub('workspaceState'), extensionUri: stub('extensionUri') };
  let error;
  try {
    await Promise.resolve(ext.activate(context));
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : "error";
  }
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  const cpu = (c) => (c.user + c.system) / 1000;
  results.push({ loadMs: t1 - t0, activateMs: t2 - t1, cpuMs: cpu(c2), loadCpuMs: cpu(c1), error });
}
process.stdout.write(JSON.stringify(results) + '\n');
process.exit(0);
