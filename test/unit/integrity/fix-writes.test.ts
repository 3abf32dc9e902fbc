// Issue 15 item 5: `goalplan lint --fix` writes through a symlink (the target is fixed, the link
// stays), refuses to split hard links or rewrite a read-only file (saying why, exit 2), and keeps
// the owner and group (as root the temp file is chowned before the rename).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, PLAN, runCli, session, tmpWorkspace } from '../cli-harness';

const TODAY = '2026-11-26';
/** An unsigned DAP note lacking its Plan section: GP305's fix appends the heading. */
const NOTE = session('2026-10-01').replace(/\n## Plan\n\nContinue graded exposure\.\n$/, '\n').replace(/signed:\n {2}by: AL\n {2}date: 2026-10-01\n/, '');
const FIXED = /\n## Plan\n$/;

describe('issue 15.5: --fix keeps links, permissions and owners', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('a symlinked note: the target is fixed and the link stays a link', () => {
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'shared/real.md': NOTE });
    fs.symlinkSync(path.join('..', 'shared', 'real.md'), path.join(dir, 'c/s.md'));
    const r = runCli(['lint', '--fix', '--today', TODAY, 'c'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.ok(fs.lstatSync(path.join(dir, 'c/s.md')).isSymbolicLink(), 'still a link');
    assert.match(fs.readFileSync(path.join(dir, 'shared/real.md'), 'utf8'), FIXED, 'the target is fixed');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'shared')), ['real.md'], 'no temp file left');
  });

  it('a note and a link to it in the same run are fixed once, without a "changed on disk" failure', () => {
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/notes/real.md': NOTE });
    fs.symlinkSync(path.join('notes', 'real.md'), path.join(dir, 'c/s.md'));
    const r = runCli(['lint', '--fix', '--today', TODAY], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.match(fs.readFileSync(path.join(dir, 'c/notes/real.md'), 'utf8'), FIXED);
    assert.doesNotMatch(fs.readFileSync(path.join(dir, 'c/notes/real.md'), 'utf8'), /## Plan\n\n## Plan/);
  });

  it('a note with two hard links is refused with a message, both names unchanged and still one file', () => {
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s.md': NOTE });
    fs.mkdirSync(path.join(dir, 'backup'));
    fs.linkSync(path.join(dir, 'c/s.md'), path.join(dir, 'backup/s.md'));
    const r = runCli(['lint', '--fix', '--today', TODAY, 'c'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not fixing c\/s\.md: it has 2 hard links, which a rewrite would split; left as it was/);
    assert.equal(fs.readFileSync(path.join(dir, 'c/s.md'), 'utf8'), NOTE);
    assert.equal(fs.statSync(path.join(dir, 'c/s.md')).ino, fs.statSync(path.join(dir, 'backup/s.md')).ino);
  });

  it('a read-only note (0444) is refused with a message and left as it was', () => {
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s.md': NOTE });
    fs.chmodSync(path.join(dir, 'c/s.md'), 0o444);
    const r = runCli(['lint', '--fix', '--today', TODAY], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not fixing c\/s\.md: it is read-only; left as it was/);
    assert.equal(fs.readFileSync(path.join(dir, 'c/s.md'), 'utf8'), NOTE);
    assert.equal(fs.statSync(path.join(dir, 'c/s.md')).mode & 0o777, 0o444);
  });

  it('keeps the owner and group of a note (as root: the temp file is chowned before the rename)', function () {
    if (process.getuid?.() !== 0) this.skip(); // only root can give a file to another user
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s.md': NOTE });
    fs.chownSync(path.join(dir, 'c/s.md'), 4321, 4322);
    fs.chmodSync(path.join(dir, 'c/s.md'), 0o640);
    const r = runCli(['lint', '--fix', '--today', TODAY], { cwd: dir });
    assert.equal(r.stderr, '');
    const st = fs.statSync(path.join(dir, 'c/s.md'));
    assert.match(fs.readFileSync(path.join(dir, 'c/s.md'), 'utf8'), FIXED);
    assert.deepEqual([st.uid, st.gid, st.mode & 0o777], [4321, 4322, 0o640]);
  });
});
