// File discovery for the CLI (issue 7, hostile repositories): symlinks leading outside the
// workspace are not followed, odd file names work end to end, .git and node_modules are
// skipped, include/exclude globs apply, and the order is the same on every run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discover } from '../../server/src/node/discover';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { ensureBuilt, PLAN, runCli, tmpWorkspace } from './cli-harness';

const ODD = ['with space.md', "it's \"quoted\".md", 'new\nline.md', '-leading-dash.md', 'ünïcødé ✓.md', '#hash%20.md'];

describe('discovery', function () {
  this.timeout(120_000);

  it('walks folders, skips .git and node_modules, returns sorted paths and the config files met', () => {
    const dir = tmpWorkspace({ 'b/x.md': '', 'a/y.MD': '', 'a/z.txt': '', '.git/h.md': '', 'node_modules/p/r.md': '', 'a/.goalplan.yaml': '', '.hidden/k.md': '' });
    const found = discover([dir], { boundary: dir });
    assert.deepEqual(found.files.map((f) => path.relative(dir, f)), ['.hidden/k.md', 'a/y.MD', 'b/x.md']);
    assert.deepEqual(found.configFiles.map((f) => path.relative(dir, f)), ['a/.goalplan.yaml']);
  });

  it('does not follow symlinks that lead outside the workspace, but follows those inside (once)', () => {
    const outside = tmpWorkspace({ 'secret.md': PLAN, 'dir/also.md': PLAN });
    const dir = tmpWorkspace({ 'in/real.md': '' });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'in', 'link-out.md'));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(dir, 'in', 'dir-out'));
    fs.symlinkSync(path.join(dir, 'in', 'real.md'), path.join(dir, 'in', 'link-in.md'));
    fs.symlinkSync(dir, path.join(dir, 'in', 'loop'));
    const found = discover([dir], { boundary: dir });
    assert.deepEqual(found.files.map((f) => path.relative(dir, f)), ['in/link-in.md'], 'the inside link and its target are one file, named by the smaller path');
    assert.ok(found.files.every((f) => !f.includes('secret') && !f.includes('also')));
    assert.deepEqual(found.skipped.map((s) => [path.relative(dir, s.path), s.reason]).sort(), [['in/dir-out', 'outside-workspace'], ['in/link-out.md', 'outside-workspace']]);
  });

  it('applies include and exclude globs from the config, relative to the folder of the config that set them', () => {
    const dir = tmpWorkspace({
      '.goalplan.yaml': 'include: ["clients/**"]\nexclude: ["**/drafts/**", "*.tmp.md"]\n',
      'clients/a/plan.md': '', 'clients/a/drafts/x.md': '', 'clients/a/s.tmp.md': '', 'other/y.md': '',
      'clients/b/.goalplan.yaml': 'exclude: ["old/**"]\n', 'clients/b/old/z.md': '', 'clients/b/new/z.md': '', 'clients/b/drafts/w.md': '',
    });
    const resolver = new ConfigResolver(dir);
    const found = discover([dir], { boundary: dir, configFor: (f) => resolver.configFor(f), globBases: (f) => resolver.globBasesFor(f) });
    // clients/b's exclude replaces the inherited one (key by key) and is relative to clients/b.
    assert.deepEqual(found.files.map((f) => path.relative(dir, f)), ['clients/a/plan.md', 'clients/b/drafts/w.md', 'clients/b/new/z.md']);
  });

  describe('through the CLI', () => {
    before(ensureBuilt);

    it('lints files with spaces, quotes, newlines, leading dashes and non-ASCII in their names', () => {
      const files: Record<string, string> = {};
      ODD.forEach((n, i) => (files[`c/${n}`] = PLAN.replace('C-1', `C-${i}`).replace('due: 2027-02-01\n', '')));
      const dir = tmpWorkspace(files);
      const r = runCli(['lint', '--format', 'json', '--today', '2026-11-26', '--', 'c'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const rows = JSON.parse(r.stdout) as { file: string; rule: string }[];
      assert.deepEqual([...new Set(rows.filter((d) => d.rule === 'GP108').map((d) => d.file))], ODD.map((n) => `c/${n}`).sort());
      // A name with a leading dash given after `--` is a path, not an option.
      const one = runCli(['lint', '--format', 'json', '--today', '2026-11-26', '--', 'c/-leading-dash.md'], { cwd: dir });
      assert.deepEqual([...new Set((JSON.parse(one.stdout) as { file: string }[]).map((d) => d.file))], ['c/-leading-dash.md']);
      // Stylish keeps one line per row even for a name with a line break.
      const s = runCli(['lint', '--today', '2026-11-26', 'c'], { cwd: dir });
      assert.ok(s.stdout.split('\n').includes('c/new\\nline.md'));
    });

    it('does not read a file through a symlink leading outside the workspace', () => {
      const marker = 'OUTSIDE-MARKER-4412';
      const outside = tmpWorkspace({ 'x.md': PLAN.replace('Panic attacks at work', marker).replace('due: 2027-02-01\n', '') });
      const dir = tmpWorkspace({ 'c/plan.md': PLAN.replace('C-1', 'C-9') });
      fs.symlinkSync(path.join(outside, 'x.md'), path.join(dir, 'c', 'evil.md'));
      const r = runCli(['lint', '--format', 'json', '--today', '2026-11-26'], { cwd: dir });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(JSON.parse(r.stdout), []);
      assert.match(r.stderr, /not following c\/evil\.md: it links outside/);
      assert.ok(!r.stderr.includes(marker));
    });
  });
});
