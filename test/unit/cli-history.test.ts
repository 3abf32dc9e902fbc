// `goalplan lint --history`: an identifier committed once stays in git history, so GP401 runs
// over every committed version and names the commit and path.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, runCli, tmpWorkspace } from './cli-harness';

const NOTE = (extra: string) => `---
kind: session-log
client: C-1
date: 2026-06-10
signed:
  by: rk
  date: 2026-06-10
---
## Data

Client attended.${extra}
`;

function git(dir: string, args: string[], date: string) {
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', '-c', 'user.name=T', '-c', 'user.email=t@clinic.invalid', ...args], {
    cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
  });
}

describe('goalplan lint --history', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('finds an identifier that is only in an earlier commit, with its commit and path', () => {
    const dir = tmpWorkspace({ 'clients/C-1/sessions/2026-06-10.md': NOTE(' Call back on 555-201-3344.') });
    git(dir, ['init', '-q'], '2026-06-10');
    git(dir, ['add', '.'], '2026-06-10');
    git(dir, ['commit', '-q', '-m', 'note'], '2026-06-10');
    writeFileSync(join(dir, 'clients/C-1/sessions/2026-06-10.md'), NOTE(''));
    git(dir, ['commit', '-q', '-am', 'remove phone'], '2026-06-11');
    const first = execFileSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();

    const plain = runCli(['lint', '.', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
    assert.ok(!plain.stdout.includes('GP401'), 'the working tree is clean');

    const r = runCli(['lint', '.', '--history', '--today', '2026-11-26', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { file: string; rule: string; message: string; line: number }[];
    const hits = out.filter((d) => d.rule === 'GP401');
    assert.equal(hits.length, 1, r.stdout);
    assert.equal(hits[0].file, `clients/C-1/sessions/2026-06-10.md@${first.slice(0, 12)}`);
    assert.match(hits[0].message, new RegExp(`in commit ${first.slice(0, 12)} \\(2026-06-10\\)`));
    assert.equal(hits[0].line, 11);
    assert.ok(!r.stdout.includes('555-201-3344'), 'the identifier itself is not repeated');
  });

  it('outside a repository it says history is not available (exit 2)', () => {
    const dir = tmpWorkspace({ 'a.md': NOTE('') });
    const r = runCli(['lint', '.', '--history', '--today', '2026-11-26'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /history is not available/);
  });
});
