// Hangs and crashes (issue 15, items 17-20): input sized or shaped to make a matcher, a parser
// or the history reader take quadratic or exponential time, or all the memory, gets bounded work
// and a located message instead. Work is asserted as step counts or as "finishes at all" (the
// mocha timeout); speed targets live in `npm run bench`.
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openRepo, readBlobs } from '../../server/src/history/repo';
import { readCommittedVersions } from '../../server/src/history/versions';
import picomatch from 'picomatch';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { discover } from '../../server/src/node/discover';
import { compileGlob, expandBraces, MAX_ALTERNATIVES } from '../../server/src/node/glob';
import { lintFiles } from '../helpers/lint';
import { ensureBuilt, PLAN, runCli, session, tmpWorkspace } from '../unit/cli-harness';

describe('security: hangs and crashes', function () {
  this.timeout(60_000);

  describe('glob matching is linear (item 19)', () => {
    it('`*a*a*a*a*a*b` against a 200-character name: work grows linearly with the name', () => {
      const m = compileGlob('*a*a*a*a*a*b');
      const steps = (n: number) => {
        assert.equal(m('a'.repeat(n)), false);
        return m.lastSteps;
      };
      const s200 = steps(200);
      const s400 = steps(400);
      // (name length + 1) x (tokens + 1) per segment state set, twice (advance and star closure).
      assert.ok(s200 <= 2 * 201 * 12, `${s200} steps for 200 characters`);
      assert.ok(s400 / s200 < 2.1, `doubling the name doubles the work at most (${s200} -> ${s400})`);
      assert.equal(m(`${'a'.repeat(200)}b`), true);
    });

    it('an exclude glob of that shape in .goalplan.yaml does not stall discovery', () => {
      const long = `${'a'.repeat(196)}.md`;
      const dir = tmpWorkspace({ '.goalplan.yaml': 'exclude: ["*a*a*a*a*a*b.md", "**/*a*a*a*a*a*a*a*a*a*b/**"]\n', [`clients/${long}`]: '', 'clients/xaaaaaxb.md': '' });
      const resolver = new ConfigResolver(dir);
      const found = discover([dir], { boundary: dir, configFor: (f) => resolver.configFor(f), globBases: (f) => resolver.globBasesFor(f) });
      assert.deepEqual(found.files.map((f) => path.relative(dir, f)), [`clients/${long}`], 'the five-a name ending in b.md is excluded; the long name is kept');
    });

    it('brace alternatives are capped (a doubling pattern stays as written)', () => {
      assert.deepEqual(expandBraces('a/{b,c}/{d,e}.md'), ['a/b/d.md', 'a/b/e.md', 'a/c/d.md', 'a/c/e.md']);
      const bomb = '{a,b}'.repeat(20);
      assert.deepEqual(expandBraces(bomb), [bomb], `more than ${MAX_ALTERNATIVES} alternatives`);
    });

    it('gives the answers picomatch gives on ordinary patterns (dot files included, bare names at any depth)', () => {
      const patterns = ['clients/**', '**/drafts/**', '*.tmp.md', 'old/**', '*.md', 'a/*/c.md', '**/*.md', 'clients/C-1*/**', 'x/{a,b}/*.md', '{a,b}/**',
        '[abc].md', '?.md', '**', 'a/**/b/*.md', '.github/**', 'a\\*b.md', '*/x.md', 'clients/*', '**/sessions/2026-*.md', 'a/b', './a/*.md', '!*.md', '[a-c]?.md'];
      const paths = ['clients/a/b.md', 'drafts/w.md', 'x/drafts/y.md', 'a.tmp.md', 'b/c/a.tmp.md', 'old/z.md', 'a/b/c.md', 'a/x/b/c.md', 'a/b/c/d.md',
        'clients/C-12/p.md', 'x/a/q.md', 'x/c/q.md', 'a/q.md', 'a.md', 'b.md', 'd.md', 'ab.md', '.github/x.md', 'a*b.md', 'aXb.md', 'q/x.md',
        'clients/x.md', 'z/sessions/2026-01-01.md', 'a/b', 'a/b/b/x.md', '.hidden.md', 'a/.b/c.md'];
      for (const p of patterns) {
        const oracle = picomatch(p, { dot: true, matchBase: !p.includes('/') });
        const mine = compileGlob(p);
        for (const x of paths) assert.equal(mine(x), oracle(x), `${p} against ${x}`);
      }
    });

    it('a negated class means "any character but these" (POSIX, as .gitignore reads it)', () => {
      const m = compileGlob('[!a]*.md');
      assert.deepEqual(['a.md', 'b.md', 'ab.md', 'x/bc.md'].map((x) => m(x)), [false, true, false, true]);
    });
  });

  describe('the Markdown parse is bounded (items 17, 18)', () => {
    const note = (body: string) => `${session('2026-10-01').split('## Data')[0]}## Data\n\n${body}\n`;
    const deep = note(`${'>'.repeat(6000)} deep`);
    const emphasis = note('*a'.repeat(20_000));

    it('6,000 nested `>`: a located GP004 (too complex), no stack overflow, the other files still checked', () => {
      const ds = lintFiles({ 'clients/C-1/plan.md': PLAN, 'clients/C-1/s1.md': deep, 'clients/C-1/s2.md': session('2026-10-02').replace('G1:', 'G7:') });
      const gp004 = ds.filter((d) => d.uri === 'clients/C-1/s1.md');
      assert.deepEqual(gp004.map((d) => d.rule), ['GP004']);
      assert.match(gp004[0].message, /too complex to check: .*nests more than 100 levels/);
      assert.equal(gp004[0].span.start, deep.indexOf('>>>'), 'on the line that nests too deeply');
      assert.ok(ds.some((d) => d.uri === 'clients/C-1/s2.md' && d.rule === 'GP301'), 'the next note is still checked');
    });

    it('`*a` x 20,000 in one paragraph: a located GP004 instead of a quadratic parse', () => {
      const ds = lintFiles({ 'clients/C-1/plan.md': PLAN, 'clients/C-1/s1.md': emphasis });
      const mine = ds.filter((d) => d.uri === 'clients/C-1/s1.md');
      assert.deepEqual(mine.map((d) => d.rule), ['GP004']);
      assert.match(mine[0].message, /more than 2000 emphasis or link markers/);
    });

    it('the CLI reports the deep file and every other file (exit 1, not 2 with nothing printed)', () => {
      ensureBuilt();
      const dir = tmpWorkspace({ 'clients/C-1/plan.md': PLAN, 'clients/C-1/s1.md': deep, 'clients/C-1/s2.md': session('2026-10-02').replace('G1:', 'G7:') });
      const r = runCli(['lint', '.', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as { file: string; rule: string }[];
      assert.deepEqual([...new Set(out.map((d) => `${d.file} ${d.rule}`))].sort(), ['clients/C-1/s1.md GP004', 'clients/C-1/s2.md GP301']);
    });
  });

  describe('GP401 URL trimming is linear (item 18)', () => {
    it('a URL followed by 100 KB of `)` is found and trimmed at once (15 s for 40 KB before)', function () {
      this.timeout(20_000);
      const text = `${session('2026-10-01').split('## Data')[0]}## Data\n\nSee https://clinic.example/x${')'.repeat(100_000)} today.\n`;
      const ds = lintFiles({ 'clients/C-1/plan.md': PLAN, 'clients/C-1/s1.md': text }).filter((d) => d.rule === 'GP401');
      assert.equal(ds.length, 1);
      assert.equal(text.slice(ds[0].span.start, ds[0].span.end), 'https://clinic.example/x');
    });
  });

  describe('the history reader checks sizes before reading (item 20)', () => {
    it('several large versions of a note: never read, counted as too large; small ones read', async () => {
      const dir = tmpWorkspace({});
      const git = (...args: string[]) => cp.execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      const file = path.join(dir, 'clients', 'C-1', 's.md');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const big: string[] = [];
      for (let i = 0; i < 6; i++) {
        // Versions 0-4: 300 KB each (over the lowered 100 KB limit); version 5: small.
        fs.writeFileSync(file, i < 5 ? `${session('2026-10-01')}${String(i).repeat(300_000)}\n` : session('2026-10-01'));
        git('add', '.');
        git('commit', '-q', '-m', `v${i}`);
        if (i < 5) big.push(git('rev-parse', `HEAD:clients/C-1/s.md`).trim());
      }
      const small = git('rev-parse', 'HEAD:clients/C-1/s.md').trim();
      const repo = await openRepo({ root: dir, trusted: true });
      assert.ok(repo.available);
      const stats = { bytes: 0 };
      const oversize = new Set<string>();
      const spawned: string[] = [];
      const blobs = await readBlobs(repo, [...big, small], { maxSize: 100_000, oversize, stats, onSpawn: (sub) => spawned.push(sub) });
      assert.deepEqual([...blobs.keys()], [small]);
      assert.deepEqual([...oversize].sort(), [...big].sort());
      assert.ok(stats.bytes < 10_000, `read ${stats.bytes} bytes of blob content`);
      assert.deepEqual(spawned, ['cat-file', 'cat-file'], 'sizes first (--batch-check), then the small blobs');
      const versions = await readCommittedVersions({ root: dir, trusted: true, maxFileSize: 100_000 });
      assert.equal(versions.skippedTooLarge, 5);
      assert.equal(versions.versions.length, 1);
    });
  });
});
