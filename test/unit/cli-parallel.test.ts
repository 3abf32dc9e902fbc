// Worker threads and --cache (issue 6) must not change a single byte of the output: the same
// corpus is linted plainly, with workers, and through a cold and a warm cache, after edits to a
// session, a plan, the config and today, and the outputs are compared byte for byte.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLINIC, ensureBuilt, runCli, tmpWorkspace } from './cli-harness';

/** The demo clinic's clients copied `copies` times under new ids (6 copies: about 230 files, above the worker threshold). */
function corpus(copies: number): string {
  const dir = tmpWorkspace();
  fs.copyFileSync(path.join(CLINIC, '.goalplan.yaml'), path.join(dir, '.goalplan.yaml'));
  const clients = fs.readdirSync(path.join(CLINIC, 'clients'));
  for (let k = 0; k < copies; k++) {
    for (const c of clients) {
      const from = path.join(CLINIC, 'clients', c);
      const to = path.join(dir, 'clients', `${c}-${k}`);
      fs.cpSync(from, to, { recursive: true });
      for (const f of walk(to)) {
        let text = fs.readFileSync(f, 'utf8').replaceAll(`client: ${c}`, `client: ${c}-${k}`);
        // Every third copy writes the plan's client with a YAML tag, which the cheap shard
        // guess cannot read: its files may land in two workers, and the CLI must notice.
        if (k % 3 === 0 && f.endsWith('plan.md')) text = text.replace(`client: ${c}-${k}`, `client: !!str ${c}-${k}`);
        fs.writeFileSync(f, text);
      }
    }
  }
  return dir;
}

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
}

describe('workers and --cache give byte-identical output', function () {
  this.timeout(300_000);
  before(ensureBuilt);

  it('workers: the same stylish, json and sarif output as a single thread', () => {
    const dir = corpus(6);
    for (const format of ['stylish', 'json', 'sarif']) {
      const plain = runCli(['lint', '--workers', '0', '--format', format, '--today', '2026-11-26'], { cwd: dir });
      const par = runCli(['lint', '--workers', '3', '--format', format, '--today', '2026-11-26'], { cwd: dir });
      const auto = format === 'stylish' ? runCli(['lint', '--format', format, '--today', '2026-11-26'], { cwd: dir }) : par;
      assert.equal(plain.code, 1);
      assert.ok(plain.stdout.length > 5_000);
      assert.equal(par.stdout, plain.stdout, `${format}: --workers 3`);
      assert.equal(auto.stdout, plain.stdout, `${format}: default workers`);
      assert.equal(par.code, plain.code);
      assert.equal(par.stderr, plain.stderr);
    }
  });

  it('cache: cold, warm and after edits, identical to a plain run; unchanged clients are reused', () => {
    const dir = corpus(6);
    const today = ['--today', '2026-11-26'];
    const plain = (...extra: string[]) => runCli(['lint', '--format', 'json', ...today, ...extra], { cwd: dir });
    const cached = (...extra: string[]) => runCli(['lint', '--cache', '--format', 'json', ...today, ...extra], { cwd: dir });
    const same = (what: string, ...extra: string[]) => {
      const p = plain(...extra);
      const c = cached(...extra);
      assert.equal(c.stdout, p.stdout, what);
      assert.equal(c.code, p.code, what);
      return p;
    };
    same('cold cache');
    assert.ok(fs.existsSync(path.join(dir, '.goalplan-cache')));
    assert.equal(fs.statSync(path.join(dir, '.goalplan-cache')).mode & 0o777, 0o600, 'the cache holds messages: owner-only');
    same('warm cache');

    // A session now names an unknown goal: that client is re-checked.
    const s = path.join(dir, 'clients/C-0142-1/sessions/2026-09-07.md');
    fs.writeFileSync(s, fs.readFileSync(s, 'utf8').replace(/^( {2})G1:/m, '$1G77:'));
    // A plan edit changes its sessions' results (GP301 on every session naming the goal).
    const plan = path.join(dir, 'clients/C-0142-2/plan.md');
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace(/^id: G1$/m, 'id: G1x'));
    const afterEdits = same('after a session and a plan edit');
    assert.ok(afterEdits.stdout.includes('G77'));
    // A new copy of a session, its client written so the cheap guess cannot read it: the
    // unchanged original must now get GP309 (copied note), so its client is re-checked.
    const orig = path.join(dir, 'clients/C-0217-1/sessions/2026-09-14.md');
    fs.writeFileSync(path.join(dir, 'clients/C-0217-1/sessions/copy.md'), fs.readFileSync(orig, 'utf8').replace('client: C-0217-1', 'client: !!str C-0217-1'));
    fs.rmSync(path.join(dir, 'clients/C-0217-3/plan.md'));
    fs.writeFileSync(path.join(dir, 'clients/C-0451-4/sessions/new.md'), fs.readFileSync(path.join(dir, 'clients/C-0451-4/sessions/2026-08-24.md')));
    same('after a plan was deleted and a session added');
    fs.appendFileSync(path.join(dir, '.goalplan.yaml'), '  late-signature: error\n');
    same('after a config change');
    same('with another today', '--today', '2027-03-01');

    // Proof of reuse: doctor a stored result of an unchanged client; a warm run prints it.
    same('back to the first today');
    const cacheFile = path.join(dir, '.goalplan-cache');
    const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    const g = data.groups['c:C-0388-5'];
    const withDiag = Object.values(g.diagnostics as Record<string, { message: string }[]>)[0];
    withDiag[0].message = 'served from the cache';
    fs.writeFileSync(cacheFile, JSON.stringify(data));
    assert.ok(cached().stdout.includes('served from the cache'), 'an unchanged client is not re-linted');
    const edited = path.join(dir, 'clients/C-0388-5/plan.md');
    fs.appendFileSync(edited, '\n');
    assert.ok(!cached().stdout.includes('served from the cache'), 'a changed client is re-linted');
  });

  it('--cache-location puts the cache elsewhere; a corrupt cache is ignored', () => {
    const dir = corpus(1);
    const loc = path.join(dir, 'sub', 'my-cache');
    fs.mkdirSync(path.dirname(loc));
    const p = runCli(['lint', '--format', 'json', '--today', '2026-11-26'], { cwd: dir });
    const c = runCli(['lint', '--cache', '--cache-location', 'sub/my-cache', '--format', 'json', '--today', '2026-11-26'], { cwd: dir });
    assert.equal(c.stdout, p.stdout);
    assert.ok(fs.existsSync(loc));
    assert.ok(!fs.existsSync(path.join(dir, '.goalplan-cache')));
    fs.writeFileSync(loc, '{not json');
    const again = runCli(['lint', '--cache', '--cache-location', 'sub/my-cache', '--format', 'json', '--today', '2026-11-26'], { cwd: dir });
    assert.equal(again.stdout, p.stdout);
  });
});
