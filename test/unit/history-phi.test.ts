// Issue 15 item 11: `goalplan lint --history` scans every committed version for identifiers
// (GP401), also a version whose front matter or goal block does not parse: the identifier is in
// git either way. And GP401 looks values up where they are written, so an invalid list item
// never shifts the next one out of view.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFiles } from '../helpers/lint';
import { ensureBuilt, PLAN, runCli, tmpWorkspace } from './cli-harness';

const FILE = 'clients/C-1/plan.md';

function git(dir: string, args: string[], date: string) {
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', '-c', 'user.name=T', '-c', 'user.email=t@clinic.invalid', ...args], {
    cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
  });
}

interface Row { file: string; rule: string; message: string; line: number; column: number }

/**
 * Commits `committed` (which holds `secret`), then replaces it with the clean PLAN, and runs
 * `lint --history`: returns the GP401 rows and the committed text.
 */
function historyOf(committed: string, secret: string): { rows: Row[]; first: string; stdout: string } {
  assert.ok(committed.includes(secret), 'the committed version holds the identifier');
  const dir = tmpWorkspace({ [FILE]: committed });
  git(dir, ['init', '-q'], '2026-09-01');
  git(dir, ['add', '.'], '2026-09-01');
  git(dir, ['commit', '-q', '-m', 'plan'], '2026-09-01');
  writeFileSync(join(dir, FILE), PLAN);
  git(dir, ['commit', '-q', '-am', 'fixed'], '2026-09-02');
  const first = execFileSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim().slice(0, 12);
  const plain = runCli(['lint', '.', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
  assert.ok(!plain.stdout.includes('GP401'), 'the working tree is clean');
  const r = runCli(['lint', '.', '--history', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.ok(!r.stdout.includes(secret), 'the identifier itself is never printed');
  const rows = (JSON.parse(r.stdout) as Row[]).filter((d) => d.rule === 'GP401');
  return { rows, first, stdout: r.stdout };
}

/** 1-based line and column of `needle` in `text`. */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('lint --history over versions whose YAML does not parse (issue 15 item 11)', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('finds a phone number in a committed version whose front matter does not parse, at its place', () => {
    const secret = '555-201-3344';
    // A stray `[` breaks the front matter: the file was broken in that commit (GP001).
    const committed = PLAN.replace('text: Panic attacks at work\n', `text: Panic attacks at work, call ${secret}\nreview: [unclosed\n`);
    const { rows, first } = historyOf(committed, secret);
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0].file, `${FILE}@${first}`);
    assert.deepEqual({ line: rows[0].line, column: rows[0].column }, where(committed, secret));
    assert.match(rows[0].message, new RegExp(`^in commit ${first} \\(2026-09-01\\): This looks like a phone number in front matter that is not valid YAML`));
  });

  it('finds an email address in a committed goal block that does not parse, at its place', () => {
    const secret = 'someone@example.org';
    // `: ` inside the statement makes the goal block invalid YAML (a nested mapping).
    const committed = PLAN.replace('statement: Client will attend 3 of 4 weekly team meetings without leaving early.',
      `statement: Client will email ${secret} weekly: attendance at 3 of 4 team meetings.`);
    const { rows, first } = historyOf(committed, secret);
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.deepEqual({ line: rows[0].line, column: rows[0].column }, where(committed, secret));
    assert.match(rows[0].message, new RegExp(`^in commit ${first} .*an email address in a goal block that is not valid YAML`));
  });

  it('finds a phone number after a front matter that was never closed', () => {
    const secret = '555-201-3344';
    const committed = `---\nkind: session-log\nclient: C-1\ndate: 2026-10-01\nrisk: Crisis line given; client's mobile ${secret}\n\n## Data\n\nSeen.\n`;
    const dir = tmpWorkspace({ 'clients/C-1/s.md': committed, [FILE]: PLAN });
    git(dir, ['init', '-q'], '2026-10-01');
    git(dir, ['add', '.'], '2026-10-01');
    git(dir, ['commit', '-q', '-m', 'note'], '2026-10-01');
    writeFileSync(join(dir, 'clients/C-1/s.md'), committed.replace(`; client's mobile ${secret}`, '').replace('\n\n## Data', '\n---\n\n## Data'));
    git(dir, ['commit', '-q', '-am', 'fixed'], '2026-10-02');
    const r = runCli(['lint', '.', '--history', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
    const rows = (JSON.parse(r.stdout) as Row[]).filter((d) => d.rule === 'GP401');
    assert.equal(rows.length, 1, r.stdout);
    assert.deepEqual({ line: rows[0].line, column: rows[0].column }, where(committed, secret));
    assert.ok(!r.stdout.includes(secret));
  });

  it('a committed version GP401 is turned off for stays quiet (the configuration still applies)', () => {
    const secret = '555-201-3344';
    const committed = PLAN.replace('text: Panic attacks at work\n', `text: Panic attacks at work, call ${secret}\nreview: [unclosed\n`);
    const dir = tmpWorkspace({ [FILE]: committed, '.goalplan.yaml': 'rules:\n  phi-identifier: off\n' });
    git(dir, ['init', '-q'], '2026-09-01');
    git(dir, ['add', '.'], '2026-09-01');
    git(dir, ['commit', '-q', '-m', 'plan'], '2026-09-01');
    writeFileSync(join(dir, FILE), PLAN);
    git(dir, ['commit', '-q', '-am', 'fixed'], '2026-09-02');
    const r = runCli(['lint', '.', '--history', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
    assert.deepEqual((JSON.parse(r.stdout) as Row[]).filter((d) => d.rule === 'GP401'), []);
  });
});

describe('GP401 reads goal values where they are written (issue 15 item 11)', () => {
  it('an invalid first intervention does not hide a phone number in the second', () => {
    const plan = PLAN.replace('interventions:\n  - Graded exposure, weekly\n', 'interventions:\n  - {kind: exposure}\n  - Graded exposure, weekly; crisis line 555-201-3344\n');
    assert.notEqual(plan, PLAN);
    const ds = lintFiles({ [FILE]: plan }).filter((d) => d.rule === 'GP401');
    assert.equal(ds.length, 1);
    assert.equal(plan.slice(ds[0].span.start, ds[0].span.end), '555-201-3344');
  });

  it('the working copy of a plan with one broken goal block: the block is scanned as written, the file stays linted', () => {
    const plan = PLAN.replace('statement: Client will attend 3 of 4 weekly team meetings without leaving early.',
      'statement: Client will email someone@example.org weekly: attendance at 3 of 4 team meetings.');
    const ds = lintFiles({ [FILE]: plan });
    assert.deepEqual(ds.map((d) => d.rule).sort(), ['GP001', 'GP401']);
    const phi = ds.find((d) => d.rule === 'GP401')!;
    assert.equal(plan.slice(phi.span.start, phi.span.end), 'someone@example.org');
    assert.match(phi.message, /in a goal block that is not valid YAML/);
  });
});
