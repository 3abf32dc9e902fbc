// `goalplan lint --fix`: safe fixes applied until stable, written atomically, line endings and
// every untouched byte kept; a file changed on disk meanwhile, or a crash mid-write, loses nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixFiles } from '../../server/src/cli/fix';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { ensureBuilt, PLAN, runCli, session, tmpWorkspace } from './cli-harness';

const TODAY = '2026-11-26';
/** An unsigned DAP note without its Plan section (GP305 has a safe fix: append the heading; none on a signed note). */
const NO_PLAN = session('2026-10-01').replace(/\n## Plan\n\nContinue graded exposure\.\n$/, '\n').replace(/signed:\n  by: AL\n  date: 2026-10-01\n/, '');

function crlf(s: string): string {
  return s.replace(/\n/g, '\r\n');
}

describe('goalplan lint --fix', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('applies safe fixes, keeps untouched bytes and CRLF, then reports what is left', () => {
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/lf.md': NO_PLAN, 'c/crlf.md': crlf(NO_PLAN.replace('2026-10-01', '2026-10-08').replace('2026-10-01', '2026-10-08')) });
    const before = runCli(['lint', '--format', 'json', '--today', TODAY], { cwd: dir });
    // (GP312: the notes are unsigned, since a signed note gets no GP305 fix.)
    const notUnsigned = (d: { rule: string }) => d.rule !== 'GP312';
    assert.deepEqual(JSON.parse(before.stdout).filter(notUnsigned).map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`), ['c/crlf.md GP305', 'c/lf.md GP305']);
    const lf0 = fs.readFileSync(path.join(dir, 'c/lf.md'));
    const crlf0 = fs.readFileSync(path.join(dir, 'c/crlf.md'));
    fs.chmodSync(path.join(dir, 'c/lf.md'), 0o600);

    const r = runCli(['lint', '--fix', '--format', 'json', '--today', TODAY], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    // What is left: the added headings are empty, which the clinician must fill in.
    assert.deepEqual(JSON.parse(r.stdout).filter(notUnsigned).map((d: { file: string; message: string }) => `${d.file} ${d.message}`),
      ['c/crlf.md The Plan section of this DAP note is empty.', 'c/lf.md The Plan section of this DAP note is empty.']);

    const lf1 = fs.readFileSync(path.join(dir, 'c/lf.md'));
    const crlf1 = fs.readFileSync(path.join(dir, 'c/crlf.md'));
    assert.deepEqual(lf1.subarray(0, lf0.length), lf0, 'every original byte unchanged (the fix only appends)');
    assert.deepEqual(crlf1.subarray(0, crlf0.length), crlf0);
    assert.match(lf1.subarray(lf0.length).toString(), /^\n?## Plan\n$/);
    const added = crlf1.subarray(crlf0.length).toString();
    assert.match(added, /## Plan\r\n$/);
    assert.doesNotMatch(added.replace(/\r\n/g, ''), /\n/, 'no bare LF in a CRLF file');
    assert.equal(fs.statSync(path.join(dir, 'c/lf.md')).mode & 0o777, 0o600, 'mode kept');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'c')).sort(), ['crlf.md', 'lf.md', 'plan.md'], 'no temp files left');

    const again = runCli(['lint', '--fix', '--today', TODAY], { cwd: dir });
    assert.equal(again.code, 0);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'c/lf.md')), lf1, 'a second --fix changes nothing');
  });

  it('never rewrites a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(NO_PLAN.replace('Progress as planned.', 'Progress')), Buffer.from([0xff, 0x0a])]);
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s.md': bytes });
    const r = runCli(['lint', '--fix', '--format', 'json', '--today', TODAY], { cwd: dir });
    assert.deepEqual(fs.readFileSync(path.join(dir, 'c/s.md')), bytes);
    assert.ok(JSON.parse(r.stdout).some((d: { rule: string }) => d.rule === 'GP305'), 'still reported');
  });

  it('refuses to write a file changed on disk since it was read', () => {
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s.md': NO_PLAN });
    const p = path.join(dir, 'c/s.md');
    const concurrent = NO_PLAN.replace('Progress as planned.', 'Typed meanwhile in the editor.');
    const out = fixFiles([path.join(dir, 'c/plan.md'), p], new ConfigResolver(dir), TODAY, { beforeWrite: () => fs.writeFileSync(p, concurrent) });
    assert.deepEqual(out.written, []);
    assert.deepEqual(out.failed, [{ path: p, code: 'ECHANGED' }]);
    assert.equal(fs.readFileSync(p, 'utf8'), concurrent);
  });

  it('a crash mid-write leaves the original intact', () => {
    const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s.md': NO_PLAN });
    const p = path.join(dir, 'c/s.md');
    const ops = { rename: () => { throw Object.assign(new Error('power loss'), { code: 'EIO' }); } };
    const out = fixFiles([path.join(dir, 'c/plan.md'), p], new ConfigResolver(dir), TODAY, { ops });
    assert.deepEqual(out.failed, [{ path: p, code: 'EIO' }]);
    assert.equal(fs.readFileSync(p, 'utf8'), NO_PLAN);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'c')).sort(), ['plan.md', 's.md']);
  });

  it('fills in review.next on a plan without one (GP201 safe fix), touching nothing else', () => {
    const plan = PLAN.replace('  next: 2026-12-25\n', '');
    const dir = tmpWorkspace({ 'c/plan.md': plan });
    const r = runCli(['lint', '--fix', '--format', 'json', '--today', TODAY], { cwd: dir });
    const after = fs.readFileSync(path.join(dir, 'c/plan.md'), 'utf8');
    assert.ok(!JSON.parse(r.stdout).some((d: { rule: string }) => d.rule === 'GP201'), r.stdout);
    assert.match(after, /\n {2}next: 2026-12-30\n/);
    assert.equal(after.replace(/ {2}next: 2026-12-30\n/, ''), plan);
  });
});
