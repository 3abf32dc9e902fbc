// Hangs and crashes (issue 15, items 17-20): input sized or shaped to make a matcher, a parser
// or the history reader take quadratic or exponential time, or all the memory, gets bounded work
// and a located message instead. Work is asserted as step counts or as "finishes at all" (the
// mocha timeout); speed targets live in `npm run bench`.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { discover } from '../../server/src/node/discover';
import { compileGlob, expandBraces, MAX_ALTERNATIVES } from '../../server/src/node/glob';
import { tmpWorkspace } from '../unit/cli-harness';

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
});
