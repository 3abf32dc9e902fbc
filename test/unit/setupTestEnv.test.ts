// scripts/setup-test-env.sh, the `pretest` step that makes `npm test` work on a fresh machine.
// The machine's real packages are never touched: `dpkg`, `id` and `apt-get` are stand-ins placed
// first on PATH, which pretend packages are missing, pretend to be root or not, and record what
// apt-get was asked to do.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(REPO, 'scripts', 'setup-test-env.sh');

interface Machine {
  /** Debian packages dpkg reports as not installed. */
  missing: string[];
  /** Debian packages removed with their configuration files left (dpkg -s succeeds for them). */
  removed?: string[];
  uid: number;
  /** apt-get exits with this code. */
  aptStatus?: number;
  /** No apt-get at all (not Debian). */
  noApt?: boolean;
}

function which(tool: string): string {
  const found = spawnSync('/bin/sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
  assert.ok(found, `${tool} not found`);
  return found;
}

function run(machine: Machine, args: string[] = ['--system-only']) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalplan-setup-'));
  try {
    const aptLog = path.join(dir, 'apt.log');
    const tool = (name: string, body: string) => {
      writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
      chmodSync(path.join(dir, name), 0o755);
    };
    tool('dpkg', [
      `case " ${machine.missing.join(' ')} " in *" $2 "*) exit 1;; esac`,
      `case " ${(machine.removed ?? []).join(' ')} " in *" $2 "*) echo "Package: $2"; echo "Status: deinstall ok config-files"; exit 0;; esac`,
      'echo "Package: $2"; echo "Status: install ok installed"; exit 0',
    ].join('\n'));
    tool('id', `echo ${machine.uid}`);
    if (!machine.noApt) tool('apt-get', `echo "$*" >> '${aptLog}'\nexit ${machine.aptStatus ?? 0}`);
    // PATH holds only the stand-ins and links to the few real tools the scripts use: no real
    // apt-get or dpkg can be reached.
    for (const real of ['bash', 'sh', 'dirname']) symlinkSync(which(real), path.join(dir, real));
    const env = { PATH: dir, GOALPLAN_CODE_SERVER_DIR: path.join(dir, 'cs') };
    const r = spawnSync('/bin/bash', [SCRIPT, ...args], { env, encoding: 'utf8', timeout: 30_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, apt: existsSync(aptLog) ? readFileSync(aptLog, 'utf8').trim().split('\n') : [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('setup-test-env.sh (npm test\'s pretest)', () => {
  it('does nothing and succeeds when every package is present', () => {
    const r = run({ missing: [], uid: 1000 });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.apt, []);
  });

  it('as root, installs exactly the missing packages with apt-get', () => {
    const r = run({ missing: ['chromium', 'ripgrep'], uid: 0 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.apt[0], 'update -qq');
    assert.match(r.apt[1], /^install -y -qq --no-install-recommends chromium ripgrep$/);
  });

  it('a package removed with its configuration files left counts as missing', () => {
    const r = run({ missing: ['ripgrep'], removed: ['chromium'], uid: 0 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.apt[1], /^install -y -qq --no-install-recommends chromium ripgrep$/);
  });

  it('not root: one line naming the packages and the command to run, exit 1, no apt-get', () => {
    const r = run({ missing: ['chromium'], uid: 1000 });
    assert.equal(r.status, 1);
    assert.deepEqual(r.apt, []);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /missing Debian packages: chromium; run as root: sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium'/);
  });

  it('without apt-get: one line asking to install them with the package manager', () => {
    const r = run({ missing: ['git'], uid: 0, noApt: true });
    assert.equal(r.status, 1);
    assert.match(r.stderr.trim(), /^\[setup-test-env\] missing git and no apt-get here: install them with your package manager/);
  });

  it('when apt-get fails: exit 1 and the command to retry by hand', () => {
    const r = run({ missing: ['ripgrep'], uid: 0, aptStatus: 100 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /apt-get could not install ripgrep; try by hand: apt-get update && apt-get install -y --no-install-recommends ripgrep/);
  });

  it('--check installs nothing and exits 1 when something is missing', () => {
    const r = run({ missing: ['libx11-dev'], uid: 0 }, ['--check', '--system-only']);
    assert.equal(r.status, 1);
    assert.deepEqual(r.apt, []);
    assert.match(r.stdout, /missing Debian packages: libx11-dev/);
  });

  it('--check reports code-server missing in an empty GOALPLAN_CODE_SERVER_DIR', () => {
    const r = run({ missing: [], uid: 0 }, ['--check']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /code-server missing in .*\/cs/);
  });

  it('the package list names everything the tests and code-server\'s native build use', () => {
    const list = readFileSync(path.join(REPO, 'scripts', 'test-env-packages.sh'), 'utf8');
    for (const pkg of ['chromium', 'ripgrep', 'git', 'python3', 'make', 'g++', 'pkg-config', 'libkrb5-dev', 'libsecret-1-dev', 'libx11-dev', 'libxkbfile-dev']) {
      assert.match(list, new RegExp(`[ (]${pkg.replace(/\+/g, '\\+')}[ )\\n]`), pkg);
    }
  });

  it('npm test runs it first, and CI installs nothing of its own', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.equal(pkg.scripts.pretest, 'bash scripts/setup-test-env.sh');
    const ci = readFileSync(path.join(REPO, '.ci', 'run'), 'utf8');
    assert.doesNotMatch(ci, /apt-get/);
    // The README's test command, as written, under the job's own time limit.
    assert.match(ci, /^timeout --kill-after=30 "\$limit" npm test \|\| rc=\$\?$/m);
    assert.match(readFileSync(path.join(REPO, 'README.md'), 'utf8'), /^npm test +#/m);
  });
});
