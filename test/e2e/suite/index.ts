// Entry point the extension host loads through extensionTestsPath (code-server payload or
// @vscode/test-electron): runs the mocha suite of the current profile and settles when done.
//   GOALPLAN_E2E_PROFILE  dev (default) | vsix | untrusted: which test files run
//   GOALPLAN_E2E_RESULTS  optional JSON file receiving { passed, failed, pending, durationMs }
//   GOALPLAN_E2E_GREP     optional mocha grep
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const ORDER = ['activation', 'diagnostics', 'language', 'edits', 'commands', 'discharge', 'printPlan', 'snippetFixes', 'conventions', 'crash'];

function testFiles(profile: string): string[] {
  const names = profile === 'untrusted' ? ['activation', 'untrusted'] : ORDER;
  return names.map((n) => path.join(__dirname, `${n}.test.js`));
}

export function run(): Promise<void> {
  const profile = process.env.GOALPLAN_E2E_PROFILE ?? 'dev';
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 180_000, grep: process.env.GOALPLAN_E2E_GREP });
  for (const f of testFiles(profile)) mocha.addFile(f);
  const started = Date.now();
  const results = { profile, passed: [] as string[], failed: [] as { title: string; error: string }[], pending: [] as string[], durationMs: 0 };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      results.durationMs = Date.now() - started;
      const out = process.env.GOALPLAN_E2E_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${results.passed.length + results.failed.length} e2e tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => results.failed.push({ title: t.fullTitle(), error: err?.message ?? String(err) }));
    runner.on('pending', (t) => results.pending.push(t.fullTitle()));
  });
}
