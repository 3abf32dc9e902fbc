// Issue 15 item 6: `goalplan report --out` never replaces a file it did not create unless told
// to (--force), and never a goal file (plan or note), --force or not; an earlier report is
// replaced; a symlink or folder at the name is refused.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { command as report } from '../../../server/src/cli/commands/report';
import type { CliIO } from '../../../server/src/cli/io';
import { writeOutFile } from '../../../server/src/node/outFile';
import { PLAN, session } from '../cli-harness';

const TODAY = '2026-11-26';

function captureIO(cwd: string): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('issue 15.6: report --out never overwrites what it did not create', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gp-out-'));
    fs.mkdirSync(path.join(dir, 'clients/C-1/sessions'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'clients/C-1/plan.md'), PLAN);
    fs.writeFileSync(path.join(dir, 'clients/C-1/sessions/2026-10-01.md'), session('2026-10-01'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    const io = captureIO(dir);
    const code = await report.run(['--client', 'C-1', '--today', TODAY, '--no-history', ...args], io);
    return { code, err: io.err };
  };

  it('refuses to replace the plan with HTML, even with --force (exit 2, plan unchanged)', async () => {
    for (const force of [[], ['--force']]) {
      const r = await run('--out', 'clients/C-1/plan.md', ...force);
      assert.equal(r.code, 2);
      assert.match(r.err, /not writing clients\/C-1\/plan\.md: it is a goal file \(a plan or session note\), which goalplan never overwrites/);
      assert.equal(fs.readFileSync(path.join(dir, 'clients/C-1/plan.md'), 'utf8'), PLAN);
    }
  });

  it('refuses any other existing file without --force, replaces it with --force', async () => {
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const r = await run('--out', 'notes.txt');
    assert.equal(r.code, 2);
    assert.match(r.err, /it exists and was not written by goalplan; use --force to replace it/);
    assert.equal(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8'), 'mine\n');
    const f = await run('--out', 'notes.txt', '--force');
    assert.equal(f.code, 0, f.err);
    assert.match(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8'), /^<!DOCTYPE html>/);
  });

  it('creates a new file, and replaces its own earlier report without --force', async () => {
    assert.equal((await run('--out', 'r.html')).code, 0);
    fs.appendFileSync(path.join(dir, 'r.html'), '<!-- old -->');
    const again = await run('--out', 'r.html');
    assert.equal(again.code, 0, again.err);
    assert.doesNotMatch(fs.readFileSync(path.join(dir, 'r.html'), 'utf8'), /<!-- old -->/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['clients', 'r.html'], 'no temp file left');
  });

  it('refuses a symlink or a folder at the name, --force or not', async () => {
    fs.writeFileSync(path.join(dir, 'target.txt'), 'keep\n');
    fs.symlinkSync('target.txt', path.join(dir, 'link.html'));
    fs.mkdirSync(path.join(dir, 'folder.html'));
    for (const name of ['link.html', 'folder.html']) {
      const r = await run('--out', name, '--force');
      assert.equal(r.code, 2);
      assert.match(r.err, /it exists and is not a regular file/);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8'), 'keep\n');
  });

  it('a name that appears between the check and the write is not clobbered (no-clobber link)', () => {
    const file = path.join(dir, 'race.html');
    // Someone creates the file after the check, just before the new report takes the name.
    const rival = () => fs.writeFileSync(file, 'theirs\n');
    assert.throws(() => writeOutFile(file, '<html>', { force: false, beforePlace: rival }), /created by someone else/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'theirs\n');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['clients', 'race.html']);
  });
});
