// Fail loud (issue 15, items 9-10): a rule that throws is a bug, never a passing run. The CLI
// exits 2 with a located "internal error" naming the rule and the file (no note text); the
// language server shows it once and keeps a located error on the file; the rules test helper
// fails the test; the test harnesses never build into dist/ and fail when the build fails.
// Rules are made to throw with GOALPLAN_TEST_RULE_FAULT (server/src/node/faults.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defineRule } from '../../server/src/core/rules/types';
import { buildCopy, REPO } from '../helpers/build';
import { lintFiles, RuleCrashed } from '../helpers/lint';
import { LspSession } from '../lsp/harness';
import { ensureBuilt, PLAN, runCli, session, tmpWorkspace } from '../unit/cli-harness';

const FAULT = 'GOALPLAN_TEST_RULE_FAULT';
/** Note text that must never appear in an error line. */
const SECRET = 'Attended one meeting and stayed to the end';

function clinic(): string {
  return tmpWorkspace({
    'clients/C-1/plan.md': PLAN,
    'clients/C-1/sessions/2026-10-01.md': session('2026-10-01'),
    'clients/C-2/plan.md': PLAN.replace('client: C-1', 'client: C-2'),
  });
}

describe('security: fail loud', function () {
  this.timeout(120_000);

  describe('the CLI (a crashed rule is exit 2, never a pass)', () => {
    before(ensureBuilt);

    it('a rule that throws: exit 2 and one located internal-error line per file, no note text', () => {
      const dir = clinic();
      const clean = runCli(['lint', '.', '--today', '2026-11-26'], { cwd: dir });
      assert.equal(clean.code, 0, `control: the clinic is clean\n${clean.stdout}${clean.stderr}`);
      const r = runCli(['lint', '.', '--today', '2026-11-26'], { cwd: dir, env: { [FAULT]: 'GP305' } });
      assert.equal(r.code, 2, r.stderr);
      const lines = r.stderr.trim().split('\n').filter((l) => /internal error/.test(l));
      assert.deepEqual(lines.map((l) => /rule GP305 failed on (\S+)/.exec(l)?.[1]), ['clients/C-1/sessions/2026-10-01.md'], r.stderr);
      assert.ok(!(r.stdout + r.stderr).includes(SECRET));
    });

    it('… also with worker threads and with --cache (whose cache never stores a crashed run)', () => {
      const dir = clinic();
      const env = { [FAULT]: 'GP201' };
      const workers = runCli(['lint', '.', '--today', '2026-11-26', '--workers', '2'], { cwd: dir, env });
      assert.equal(workers.code, 2, workers.stderr);
      assert.match(workers.stderr, /internal error: rule GP201 failed on clients\/C-1\/plan\.md/);
      assert.match(workers.stderr, /internal error: rule GP201 failed on clients\/C-2\/plan\.md/);
      for (let i = 0; i < 2; i++) {
        const cached = runCli(['lint', '.', '--today', '2026-11-26', '--cache'], { cwd: dir, env });
        assert.equal(cached.code, 2, `run ${i + 1}: ${cached.stderr}`);
      }
    });
  });

  describe('the language server', () => {
    let s: LspSession | undefined;
    afterEach(async () => s?.stop());

    it('shows a throwing rule once, located on the file, and keeps it there while editing', async () => {
      s = await LspSession.start({ files: { 'clients/C-1/plan.md': PLAN }, env: { [FAULT]: 'GP201' } });
      const d = await s.waitForDiagnostics('clients/C-1/plan.md', (x) => x.some((y) => y.code === 'internal-error'), 'the internal-error diagnostic');
      const e = d.find((y) => y.code === 'internal-error')!;
      assert.equal(e.severity, 1);
      assert.deepEqual(e.range.start, { line: 0, character: 0 });
      assert.match(String(e.message), /rule GP201 failed on this file/);
      s.open('clients/C-1/plan.md');
      for (let i = 0; i < 3; i++) {
        s.change('clients/C-1/plan.md', [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: 'x' }]);
        const now = await s.currentDiagnostics('clients/C-1/plan.md', `edit ${i + 1}`).catch((e) => { throw new Error(`${e.message} ${s!.stderr} ${JSON.stringify([...s!.publishedVersions])}`); });
        assert.ok(now.some((y) => y.code === 'internal-error'), 'still shown after an edit');
      }
      await s.request('goalplan/state', {});
      assert.equal(s.shown.filter((m) => /GP201/.test(m)).length, 1, `shown once, not per keystroke: ${JSON.stringify(s.shown)}`);
      assert.match(s.shown[0], /clients\/C-1\/plan\.md/);
      assert.equal(s.logs.filter((m) => /internal error/.test(m)).length, 1, 'logged once');
      assert.ok(![...s.shown, ...s.logs].some((m) => m.includes('Attend team meetings')));
    });
  });

  describe('test helpers', () => {
    it('lintFiles fails the test when a rule throws (a crash is not "no findings")', () => {
      const boom = defineRule({
        id: 'GP999', alias: 'test-throws', description: 'throws', defaultSeverity: 'error', appliesTo: 'any', fixable: false,
        check: () => { throw new TypeError('boom'); },
      });
      assert.throws(() => lintFiles({ 'clients/C-1/plan.md': PLAN }, { rules: [boom] }), (e: unknown) => e instanceof RuleCrashed && /GP999/.test(e.message));
    });

    /** A tiny repository for scripts/build.mjs: the real build scripts and one CLI command. */
    function fakeRepo(command: string): string {
      const repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-fakerepo-')));
      fs.mkdirSync(path.join(repo, 'scripts'));
      for (const f of ['build.mjs', 'cliBundles.mjs']) fs.copyFileSync(path.join(REPO, 'scripts', f), path.join(repo, 'scripts', f));
      fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(repo, 'node_modules'));
      fs.mkdirSync(path.join(repo, 'server', 'src', 'cli', 'commands'), { recursive: true });
      fs.writeFileSync(path.join(repo, 'server', 'src', 'cli', 'commands', 'hello.ts'), command);
      return repo;
    }

    it('the harness build goes to a temporary folder, never into the repository\'s dist/', () => {
      const repo = fakeRepo('export const hello = 1;\n');
      try {
        const out = buildCopy(repo);
        assert.ok(fs.existsSync(path.join(out, 'dist', 'cli', 'hello.js')), 'built');
        assert.ok(!out.startsWith(repo), 'outside the repository');
        assert.ok(!fs.existsSync(path.join(repo, 'dist')), 'no dist/ written in the repository');
      } finally {
        fs.rmSync(repo, { recursive: true, force: true });
      }
    });

    it('a failing build fails the harness with the build\'s message (no partial fallback)', () => {
      const repo = fakeRepo('export const hello = ;\n');
      try {
        assert.throws(() => buildCopy(repo), /the build failed[\s\S]*hello\.ts/);
        assert.ok(!fs.existsSync(path.join(repo, 'dist')));
      } finally {
        fs.rmSync(repo, { recursive: true, force: true });
      }
    });
  });
});
