// `goalplan discharge` (SPEC 5.6, 5.8) on the example clinic: the draft lints clean except for
// what the clinician must write (Recommendations, and the signature), and a second run never
// overwrites.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyClinic, ensureBuilt, runCli } from './cli-harness';

describe('goalplan discharge', function () {
  this.timeout(60000);
  before(() => ensureBuilt());

  it('writes a draft beside the plan that lints clean except for the sections the clinician writes', () => {
    const dir = copyClinic();
    const done = path.join(dir, 'clinic/clients/C-0705/discharge-2026-10-26.md');
    fs.rmSync(done);
    const r = runCli(['discharge', '--client', 'C-0705', '--date', '2026-10-26', '--today', '2026-11-26', 'clinic'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const text = fs.readFileSync(done, 'utf8');
    assert.match(text, /^reason: other$/m);
    assert.match(text, /^# Choose the reason: goals-met \| client-choice \| referral \| moved \| no-contact \| other$/m);
    assert.match(text, /^ {2}G1:\n {4}outcome: met$/m);
    assert.match(text, /^ {2}GAD-7:\n {4}first: 15\n {4}last: 6$/m);
    assert.doesNotMatch(text, /^ {2}G2:/m, 'G2 was revised before the plan closed: not active at discharge');
    const lint = runCli(['lint', 'clinic/clients/C-0705', '--format', 'json', '--today', '2026-11-26'], { cwd: dir });
    const found = (JSON.parse(lint.stdout) as Array<{ file: string; rule: string; message: string }>).map((d) => `${d.file.split('/').pop()} ${d.rule} ${d.message}`);
    assert.deepEqual(found, [
      'discharge-2026-10-26.md GP312 This discharge summary is not signed: add `signed` with `by` and `date` once it is final.',
      'discharge-2026-10-26.md GP305 The Recommendations section of this discharge summary is empty.',
    ]);
  });

  it('never overwrites: a second run fails and leaves the file as it was', () => {
    const dir = copyClinic();
    const file = path.join(dir, 'clinic/clients/C-0705/discharge-2026-10-26.md');
    const before = fs.readFileSync(file, 'utf8');
    const r = runCli(['discharge', '--client', 'C-0705', '--date', '2026-10-26', '--today', '2026-11-26', 'clinic'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /already exists; not overwritten/);
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    const other = path.join(dir, 'draft.md');
    assert.equal(runCli(['discharge', '--client', 'C-0705', '--date', '2026-10-26', '--today', '2026-11-26', '--out', 'draft.md', 'clinic'], { cwd: dir }).code, 0);
    const first = fs.readFileSync(other, 'utf8');
    assert.equal(runCli(['discharge', '--client', 'C-0705', '--date', '2026-10-26', '--today', '2026-11-26', '--out', 'draft.md', 'clinic'], { cwd: dir }).code, 2);
    assert.equal(fs.readFileSync(other, 'utf8'), first);
  });

  it('a client without a plan is a clear failure, and --client is required', () => {
    const dir = copyClinic();
    const r = runCli(['discharge', '--client', 'C-9999', 'clinic'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /has no goal plan/);
    assert.equal(runCli(['discharge', 'clinic'], { cwd: dir }).code, 2);
  });
});
