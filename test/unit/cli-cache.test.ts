// --cache trusts a file's stat (size, mtime, ctime, inode) and reads it only when the stat
// changed, like eslint's metadata strategy: these tests count the reads of note files during
// in-process runs and check that nothing is re-linted or rewritten that did not change.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { lintWithCache } from '../../server/src/cli/cache';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { lintPaths, type LintRun } from '../../server/src/node/lintFiles';
import { copyClinic } from './cli-harness';

const TODAY = '2026-11-26';
// The module object itself (an ESM namespace is read-only): the cache reads through it.
const nodeFs = createRequire(__filename)('node:fs') as typeof fs;

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
}

describe('--cache trusts unchanged stats', function () {
  this.timeout(60_000);
  let dir: string;
  let files: string[];
  let reads: string[];
  let linted: string[][];
  const realReadFileSync = fs.readFileSync;
  const realOpenSync = fs.openSync;

  beforeEach(() => {
    dir = copyClinic();
    files = walk(dir).filter((f) => f.endsWith('.md')).sort();
    reads = [];
    linted = [];
    // Note every note file opened (readFileSync and openSync are what reading uses; one read may
    // go through both, so the tests compare the distinct paths).
    (nodeFs as { readFileSync: unknown }).readFileSync = (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof p === 'string' && p.endsWith('.md')) reads.push(p);
      return (realReadFileSync as (...a: unknown[]) => unknown)(p, ...rest);
    };
    (nodeFs as { openSync: unknown }).openSync = (p: fs.PathLike, ...rest: unknown[]) => {
      if (typeof p === 'string' && p.endsWith('.md')) reads.push(p);
      return (realOpenSync as (...a: unknown[]) => unknown)(p, ...rest);
    };
  });
  afterEach(() => {
    (nodeFs as { readFileSync: unknown }).readFileSync = realReadFileSync;
    (nodeFs as { openSync: unknown }).openSync = realOpenSync;
  });

  const opened = () => [...new Set(reads)];
  const location = () => path.join(dir, '.goalplan-cache');
  const run = (now?: number): Promise<LintRun> => {
    const resolver = new ConfigResolver(dir);
    return lintWithCache(files, {
      location: location(), resolver, today: TODAY, now,
      lint: async (some) => { linted.push(some); return lintPaths(some, resolver, TODAY); },
    });
  };
  const plain = () => lintPaths(files, new ConfigResolver(dir), TODAY).results.map((r) => [r.path, r.diagnostics]);
  const shown = (r: LintRun) => r.results.map((x) => [x.path, x.diagnostics]);
  // Files written by this test are seconds old: judge them as of a minute later, so their stats count as settled.
  const later = () => Date.now() + 60_000;

  it('an unchanged repo is neither read, re-linted nor rewritten; a touched file is hashed once', async () => {
    assert.ok(files.length > 10);
    const cold = await run(later());
    assert.equal(linted.flat().length, files.length);
    assert.deepEqual(shown(cold), plain());
    const written = fs.statSync(location());

    reads = []; linted = [];
    const warm = await run(later());
    assert.deepEqual(opened(), [], 'no note file is read when its stat is unchanged');
    assert.deepEqual(linted, []);
    assert.deepEqual(shown(warm), shown(cold));
    const after = fs.statSync(location());
    assert.equal(after.mtimeMs, written.mtimeMs, 'an unchanged run does not rewrite the cache');
    assert.equal(after.ino, written.ino);

    // A touch changes the stat, not the content: the file is hashed, nothing is re-linted, and
    // its new stat is stored so the next run reads nothing again.
    const touched = files[3];
    const t = new Date(Date.now() - 3_600_000);
    fs.utimesSync(touched, t, t);
    reads = []; linted = [];
    assert.deepEqual(shown(await run(later())), shown(cold));
    assert.deepEqual(opened(), [touched]);
    assert.deepEqual(linted, []);
    assert.notEqual(fs.statSync(location()).mtimeMs, written.mtimeMs, 'the new stat is stored');
    reads = [];
    await run(later());
    assert.deepEqual(opened(), []);
  });

  it('a same-size edit with its mtime put back is still seen (ctime), and the output matches a plain run', async () => {
    const plan = files.find((f) => f.endsWith('plan.md'))!;
    // A whole second, so that putting the mtime back below is exact.
    const t = Math.floor(Date.now() / 1000) - 86_400;
    fs.utimesSync(plan, t, t);
    await run(later());
    const st = fs.statSync(plan);
    const text = realReadFileSync(plan, 'utf8');
    const edited = text.replace(/^id: G1$/m, 'id: G9');
    assert.notEqual(edited, text);
    fs.writeFileSync(plan, edited);
    fs.utimesSync(plan, t, t);
    assert.equal(fs.statSync(plan).size, st.size);
    assert.equal(fs.statSync(plan).mtimeMs, st.mtimeMs);
    linted = [];
    const r = await run(later());
    assert.ok(linted.flat().includes(plan), 'the edited plan is re-linted');
    assert.deepEqual(shown(r), plain());
  });

  it('a file changed moments ago is not trusted by its stat next time (racily clean)', async () => {
    await run(); // the files were just written: their stats are too fresh to store
    reads = [];
    await run();
    assert.equal(opened().length, files.length, 'every fresh file is hashed again');
    await run(later()); // settled now: stats stored
    reads = [];
    await run(later());
    assert.deepEqual(opened(), []);
  });
});
