import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearBlobFactsCache, readHistory } from '../../server/src/history/reader';
import { readCommittedVersions } from '../../server/src/history/versions';
import { findGit } from '../../server/src/history/git';
import { parseDocument } from '../../server/src/core/parse/document';
import { Workspace } from '../../server/src/core/model/workspace';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { buildProgress } from '../../server/src/core/progress';

const SYSTEM_GIT = findGit('/nonexistent-workspace');

/** A scratch repository; every setup command runs with hooks and fsmonitor off so only our reader is under test. */
class TempRepo {
  readonly dir: string;
  constructor(prefix = 'gp-hist-') {
    this.dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.git(['init', '-q', '-b', 'main']);
  }

  git(args: string[], date?: string): string {
    const env: NodeJS.ProcessEnv = {
      ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: this.dir, GIT_AUTHOR_NAME: 'R K', GIT_AUTHOR_EMAIL: 'rk@example.invalid',
      GIT_COMMITTER_NAME: 'R K', GIT_COMMITTER_EMAIL: 'rk@example.invalid',
    };
    if (date) {
      env.GIT_AUTHOR_DATE = date;
      env.GIT_COMMITTER_DATE = date;
    }
    return execFileSync(SYSTEM_GIT!, ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', ...args], { cwd: this.dir, env, encoding: 'utf8' });
  }

  write(rel: string, text: string): void {
    const p = path.join(this.dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }

  commit(message: string, date: string, files: Record<string, string> = {}): void {
    for (const [rel, text] of Object.entries(files)) this.write(rel, text);
    this.git(['add', '-A']);
    this.git(['commit', '-q', '--no-verify', '-m', message], date);
  }

  abs(rel: string): string {
    return path.join(this.dir, rel);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const plan = (g1target: number, extra = '', g2 = true) => `---
kind: goal-plan
client: C-9
clinician: rk
created: 2026-09-01
review:
  next: 2026-12-01
---
\`\`\`yaml goal
id: G1
statement: Client will reduce PHQ-9 from 18 to ${g1target} within 12 weeks.
measure:
  instrument: PHQ-9
  baseline: 18
  target: ${g1target}
due: 2026-12-20
${extra}\`\`\`
${g2 ? `
\`\`\`yaml goal
id: G2
statement: Client will attend 4 of 4 group sessions each month.
due: 2026-11-30
\`\`\`
` : ''}`;

const note = (date: string, signed: string | undefined, body = 'Reported sleeping better.') => `---
kind: session-log
client: C-9
date: ${date}
goals:
  G1: {progress: 0}
measures:
  PHQ-9: 14
${signed ? `signed: {by: rk, date: ${signed}}\n` : ''}---
## Subjective
${body}
`;

// Names that break naive shells and parsers.
const PLAN_PATH = 'clients/C-9 "x"/-plan é.md';
const NOTE_LATE = 'clients/C-9 "x"/sessions/2026-09-08 late.md';
const NOTE_EDITED = 'clients/C-9 "x"/sessions/-2026-09-15.md';
const NOTE_NEWLINE = 'clients/C-9 "x"/sessions/odd\nname.md';

(SYSTEM_GIT ? describe : describe.skip)('git history reader', function () {
  let repo: TempRepo;

  before(() => {
    repo = new TempRepo();
    repo.commit('plan', '2026-09-01T09:00:00+02:00', { [PLAN_PATH]: plan(9), 'README.md': '# readme\n' });
    repo.commit('note of 09-08 (late)', '2026-09-20T18:00:00+02:00', { [NOTE_LATE]: note('2026-09-08', '2026-09-08') });
    repo.commit('note of 09-15', '2026-09-15T17:00:00+02:00', { [NOTE_EDITED]: note('2026-09-15', '2026-09-15') });
    repo.commit('retarget G1, G2 met', '2026-10-01T10:00:00+02:00', {
      [PLAN_PATH]: plan(7, 'status: active\n').replace('due: 2026-11-30', 'due: 2026-11-30\nstatus: met\nclosed: 2026-09-30'),
    });
    repo.commit('amend note after signing', '2026-10-02T10:00:00+02:00', { [NOTE_EDITED]: note('2026-09-15', '2026-09-15', 'Reported sleeping much better.') });
    repo.commit('drop G2, add G3', '2026-10-10T10:00:00+02:00', {
      [PLAN_PATH]: plan(7, 'status: active\n', false) + '\n```yaml goal\nid: G3\nstatement: Client will walk 3 times per week for 20 minutes.\ndue: 2027-01-15\n```\n',
    });
    repo.commit('odd name', '2026-10-11T10:00:00+00:00', { [NOTE_NEWLINE]: note('2026-10-11', '2026-10-11') });
    // working copy: one modified note, one untracked note
    repo.write(NOTE_LATE, note('2026-09-08', '2026-09-08', 'Changed later.'));
    repo.write('clients/C-9 "x"/sessions/2026-11-01 new.md', note('2026-11-01', undefined));
  });

  after(() => repo.remove());

  it('lists every commit that changed the plan, with goal field changes old -> new, author and date', async () => {
    const h = await readHistory({ root: repo.dir, trusted: true });
    assert.equal(h.available, true);
    assert.match(h.head ?? '', /^[0-9a-f]{40}$/);
    const revs = h.plans[repo.abs(PLAN_PATH)];
    assert.ok(revs, `plan key missing: ${Object.keys(h.plans).join(', ')}`);
    assert.deepEqual(revs.map((r) => [r.commit.day, r.commit.subject, r.initial]), [
      ['2026-09-01', 'plan', true], ['2026-10-01', 'retarget G1, G2 met', false], ['2026-10-10', 'drop G2, add G3', false],
    ]);
    assert.equal(revs[0].commit.author, 'R K');
    assert.equal(revs[0].path, PLAN_PATH);
    assert.deepEqual(revs[0].goals.map((g) => [g.goalId, g.kind]), [['G1', 'added'], ['G2', 'added']]);

    const [g1, g2] = revs[1].goals;
    assert.equal(g1.goalId, 'G1');
    assert.equal(g1.kind, 'changed');
    assert.equal(g1.retargeted, true);
    assert.deepEqual(g1.changes, [
      { field: 'statement', old: 'Client will reduce PHQ-9 from 18 to 9 within 12 weeks.', new: 'Client will reduce PHQ-9 from 18 to 7 within 12 weeks.' },
      { field: 'measure.target', old: 9, new: 7 },
      { field: 'status', new: 'active' },
    ]);
    assert.deepEqual(g2, {
      goalId: 'G2', kind: 'changed', retargeted: false,
      changes: [{ field: 'status', new: 'met' }, { field: 'closed', new: '2026-09-30' }],
    });
    assert.deepEqual(revs[2].goals.map((g) => [g.goalId, g.kind]), [['G3', 'added'], ['G2', 'removed']]);
    assert.deepEqual(revs[2].planChanges, []);
  });

  it('records each note version: first commit, edits and the signature date of each version', async () => {
    const h = await readHistory({ root: repo.dir, trusted: true });
    const late = h.notes[repo.abs(NOTE_LATE)];
    assert.deepEqual(late.versions.map((v) => [v.status, v.commit.day, v.signedDate]), [['added', '2026-09-20', '2026-09-08']]);
    const edited = h.notes[repo.abs(NOTE_EDITED)];
    assert.deepEqual(edited.versions.map((v) => [v.status, v.commit.day]), [['added', '2026-09-15'], ['modified', '2026-10-02']]);
    assert.ok(h.notes[repo.abs(NOTE_NEWLINE)], 'a file name with a newline is read');
    assert.equal(Object.keys(h.notes).some((k) => k.endsWith('README.md')), false, 'non-goal files carry no facts');
  });

  it('reports uncommitted edits and untracked goal files as working copy', async () => {
    const h = await readHistory({ root: repo.dir, trusted: true });
    assert.equal(h.workingCopy[repo.abs(NOTE_LATE)], 'modified');
    assert.equal(h.workingCopy[repo.abs('clients/C-9 "x"/sessions/2026-11-01 new.md')], 'untracked');
    assert.equal(h.workingCopy[repo.abs(PLAN_PATH)], undefined);
  });

  it('keys facts with the caller\'s keyOf and reports only files under a sub-folder root', async () => {
    const sub = repo.abs('clients/C-9 "x"/sessions');
    const h = await readHistory({ root: sub, trusted: true, keyOf: (p) => `file://${path.relative(sub, p)}` });
    assert.deepEqual(Object.keys(h.plans), []);
    assert.deepEqual(Object.keys(h.notes).sort(), ['file://-2026-09-15.md', 'file://2026-09-08 late.md', 'file://odd\nname.md']);
    assert.equal(h.workingCopy['file://2026-09-08 late.md'], 'modified');
  });

  it('feeds buildProgress: plan revisions, late note, edit after signature, working copy', async () => {
    const h = await readHistory({ root: repo.dir, trusted: true });
    const ws = new Workspace();
    for (const rel of [PLAN_PATH, NOTE_LATE, NOTE_EDITED]) {
      const text = execFileSync('cat', [repo.abs(rel)], { encoding: 'utf8' });
      ws.set(parseDocument(repo.abs(rel), text));
    }
    const p = buildProgress(ws, 'C-9', { today: '2026-11-26', config: defaultConfig(), history: h });
    assert.equal(p.plans[0].revisions.length, 3);
    const g1 = p.goals.find((g) => g.goalId === 'G1')!;
    assert.deepEqual(g1.revisions.map((r) => [r.date, r.kind, r.retargeted]), [['2026-09-01', 'added', false], ['2026-10-01', 'changed', true]]);
    const s = Object.fromEntries(p.sessions.map((x) => [x.date, x]));
    assert.equal(s['2026-09-08'].late, true);
    assert.equal(s['2026-09-08'].lateByDays, 12);
    assert.equal(s['2026-09-08'].workingCopy, 'modified');
    assert.equal(s['2026-09-08'].workingCopyAfterSignature, true);
    assert.equal(s['2026-09-15'].late, false);
    assert.deepEqual(s['2026-09-15'].editedAfterSignature.map((e) => [e.day, e.signedDate]), [['2026-10-02', '2026-09-15']]);
    assert.ok(p.alerts.some((a) => a.kind === 'late-note'));
    for (const a of p.alerts) assert.ok(!a.message.includes('sleeping'), 'no note text in alerts');
  });

  it('readCommittedVersions gives every distinct committed version of every goal file (for lint --history)', async () => {
    const v = await readCommittedVersions({ root: repo.dir, trusted: true });
    assert.equal(v.available, true);
    const byPath = (p: string) => v.versions.filter((x) => x.path === p).map((x) => x.commit.subject);
    assert.deepEqual(byPath(PLAN_PATH), ['plan', 'retarget G1, G2 met', 'drop G2, add G3']);
    assert.deepEqual(byPath(NOTE_EDITED), ['note of 09-15', 'amend note after signing']);
    assert.ok(v.versions.every((x) => x.path !== 'README.md'), 'only goal files');
    const first = v.versions.find((x) => x.path === NOTE_EDITED)!;
    assert.ok(first.text.includes('Reported sleeping better.'));
    assert.equal(first.kind, 'session-log');
    assert.equal(first.key, repo.abs(NOTE_EDITED));
    assert.equal(new Set(v.versions.map((x) => x.blob)).size, v.versions.length);
    const untrusted = await readCommittedVersions({ root: repo.dir, trusted: false });
    assert.deepEqual(untrusted, { available: false, reason: 'untrusted', versions: [], skippedTooLarge: 0 });
  });

  it('follows a renamed note so its first commit stays the original one', async () => {
    const r = new TempRepo();
    try {
      r.commit('note', '2026-09-02T10:00:00+00:00', { 'a.md': note('2026-09-01', '2026-09-01') });
      mkdirSync(r.abs('sessions'));
      renameSync(r.abs('a.md'), r.abs('sessions/2026-09-01.md'));
      r.commit('move', '2026-10-30T10:00:00+00:00');
      const h = await readHistory({ root: r.dir, trusted: true });
      const v = h.notes[r.abs('sessions/2026-09-01.md')].versions;
      assert.deepEqual(v.map((x) => [x.status, x.commit.day]), [['added', '2026-09-02']]);
    } finally {
      r.remove();
    }
  });

  it('a plan version that does not parse is marked unparsable and the next one is diffed against the last good one', async () => {
    const r = new TempRepo();
    try {
      r.commit('good', '2026-09-01T10:00:00+00:00', { 'plan.md': plan(9) });
      r.commit('broken', '2026-09-02T10:00:00+00:00', { 'plan.md': plan(9).replace('clinician: rk', 'clinician: [rk') });
      r.commit('fixed', '2026-09-03T10:00:00+00:00', { 'plan.md': plan(8) });
      const h = await readHistory({ root: r.dir, trusted: true });
      const revs = h.plans[r.abs('plan.md')];
      assert.deepEqual(revs.map((x) => [x.commit.subject, x.unparsable, x.goals.length]), [['good', false, 2], ['broken', true, 0], ['fixed', false, 1]]);
      assert.deepEqual(revs[2].goals[0].changes.find((c) => c.field === 'measure.target'), { field: 'measure.target', old: 9, new: 8 });
      assert.deepEqual(revs[2].planChanges, []);
    } finally {
      r.remove();
    }
  });

  it('uses a fixed, small number of git processes however many commits there are', async () => {
    const r = new TempRepo();
    const bin = mkdtempSync(path.join(os.tmpdir(), 'gp-gitwrap-'));
    try {
      for (let i = 1; i <= 8; i++) {
        r.commit(`c${i}`, `2026-09-${String(i).padStart(2, '0')}T10:00:00+00:00`, {
          'plan.md': plan(9 - (i % 3)), [`s/${i}.md`]: note(`2026-09-${String(i).padStart(2, '0')}`, undefined),
        });
      }
      const log = path.join(bin, 'calls.log');
      const wrapper = path.join(bin, 'git');
      writeFileSync(wrapper, `#!/bin/sh\necho call >> '${log}'\nexec '${SYSTEM_GIT}' "$@"\n`);
      chmodSync(wrapper, 0o755);
      clearBlobFactsCache();
      const spawned: string[] = [];
      const h = await readHistory({ root: r.dir, trusted: true, git: wrapper, onSpawn: (c) => spawned.push(c) });
      // cat-file twice: --batch-check (sizes, so no over-size blob is read) and --batch.
      assert.deepEqual(spawned.sort(), ['cat-file', 'cat-file', 'config', 'log', 'rev-parse', 'status']);
      // A second read finds every blob's facts cached: no cat-file at all, same result.
      const again: string[] = [];
      const h2 = await readHistory({ root: r.dir, trusted: true, onSpawn: (c) => again.push(c) });
      assert.deepEqual(again.sort(), ['config', 'log', 'rev-parse', 'status']);
      assert.deepStrictEqual(h2, h);
      assert.equal(h.plans[r.abs('plan.md')].length, 8);
      assert.equal(Object.keys(h.notes).length, 8);
      const calls = execFileSync('cat', [log], { encoding: 'utf8' }).trim().split('\n').length;
      assert.equal(calls, 6, 'rev-parse, log, cat-file --batch-check, cat-file --batch, config, status');
    } finally {
      r.remove();
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('outside a repository: no history, no crash', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-norepo-'));
    try {
      const h = await readHistory({ root: dir, trusted: true });
      assert.deepEqual(h, { available: false, reason: 'not-a-repository', plans: {}, notes: {}, workingCopy: {} });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an empty repository (no commits) has history but no revisions; untracked files still show', async () => {
    const r = new TempRepo();
    try {
      r.write('plan.md', plan(9));
      const h = await readHistory({ root: r.dir, trusted: true });
      assert.equal(h.available, true);
      assert.equal(h.head, undefined);
      assert.deepEqual(h.plans, {});
      assert.equal(h.workingCopy[r.abs('plan.md')], 'untracked');
    } finally {
      r.remove();
    }
  });

  it('without git: no history, no crash', async () => {
    const h = await readHistory({ root: repo.dir, trusted: true, git: path.join(os.tmpdir(), 'no-such-dir', 'git') });
    assert.equal(h.available, false);
    assert.equal(h.reason, 'no-git');
  });
});

(SYSTEM_GIT ? describe : describe.skip)('hostile repositories and untrusted workspaces', function () {
  let repo: TempRepo;
  let markers: string;

  const script = (name: string, extra = '') => {
    const p = path.join(markers, `${name}.sh`);
    writeFileSync(p, `#!/bin/sh\ntouch '${path.join(markers, `${name}.ran`)}'\n${extra}`);
    chmodSync(p, 0o755);
    return p;
  };
  const ran = (name: string) => existsSync(path.join(markers, `${name}.ran`));
  const clear = (name: string) => rmSync(path.join(markers, `${name}.ran`), { force: true });

  beforeEach(() => {
    repo = new TempRepo('gp-hostile-');
    markers = mkdtempSync(path.join(os.tmpdir(), 'gp-markers-'));
    repo.commit('plan', '2026-09-01T10:00:00+00:00', { 'plan.md': plan(9), 'n.md': note('2026-09-02', '2026-09-02') });
  });
  afterEach(() => {
    repo.remove();
    rmSync(markers, { recursive: true, force: true });
  });

  it('never runs a configured core.fsmonitor, hooks or filter driver (each proven live by plain git first)', async () => {
    const fsm = script('fsmonitor');
    const hook = script('hook');
    const filter = script('filter', 'cat\n');
    mkdirSync(repo.abs('.git/hooks'), { recursive: true });
    for (const h of ['post-checkout', 'pre-commit', 'post-index-change', 'reference-transaction']) {
      writeFileSync(repo.abs(`.git/hooks/${h}`), `#!/bin/sh\nexec '${hook}'\n`);
      chmodSync(repo.abs(`.git/hooks/${h}`), 0o755);
    }
    repo.git(['config', 'core.fsmonitor', fsm]);
    repo.git(['config', 'filter.evil.clean', filter]);
    repo.git(['config', 'filter.evil.required', 'true']);
    writeFileSync(repo.abs('.git/info/attributes'), '*.md filter=evil\n');
    // stat-dirty goal files, so status must re-read them (through the filter)
    repo.write('n.md', note('2026-09-02', '2026-09-02', 'edited'));
    execFileSync('touch', ['-d', '2020-01-01', repo.abs('plan.md')]);

    // Control: plain git does run them, so the test can fail.
    execFileSync(SYSTEM_GIT!, ['status', '--porcelain'], { cwd: repo.dir, env: { ...process.env, HOME: repo.dir }, stdio: 'pipe' });
    assert.ok(ran('fsmonitor'), 'control: git status runs core.fsmonitor');
    assert.ok(ran('filter'), 'control: git status runs the clean filter');
    execFileSync(SYSTEM_GIT!, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '--allow-empty', '-m', 'x'], { cwd: repo.dir, env: { ...process.env, HOME: repo.dir }, stdio: 'pipe' });
    assert.ok(ran('hook'), 'control: git commit runs hooks');
    clear('fsmonitor');
    clear('filter');
    clear('hook');
    execFileSync('touch', ['-d', '2020-01-02', repo.abs('plan.md')]);

    const h = await readHistory({ root: repo.dir, trusted: true });
    assert.equal(h.available, true);
    assert.equal(h.workingCopy[repo.abs('n.md')], 'modified');
    assert.ok(h.plans[repo.abs('plan.md')]);
    assert.equal(ran('fsmonitor'), false, 'core.fsmonitor ran');
    assert.equal(ran('filter'), false, 'filter driver ran');
    assert.equal(ran('hook'), false, 'a hook ran');
  });

  it('never runs gpg.program for log.showSignature, nor diff.external / textconv', async () => {
    const gpg = script('gpg');
    const ext = script('external');
    const textconv = script('textconv', 'cat "$1"\n');
    // A commit carrying a (fake) signature, so log.showSignature has something to verify.
    const tree = repo.git(['rev-parse', 'HEAD^{tree}']).trim();
    const parent = repo.git(['rev-parse', 'HEAD']).trim();
    const sig = '-----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----';
    const body = `tree ${tree}\nparent ${parent}\nauthor R K <rk@example.invalid> 1790000000 +0000\ncommitter R K <rk@example.invalid> 1790000000 +0000\ngpgsig ${sig}\n\nsigned\n`;
    writeFileSync(path.join(markers, 'commit.txt'), body);
    const signed = repo.git(['hash-object', '-t', 'commit', '-w', path.join(markers, 'commit.txt')]).trim();
    repo.git(['update-ref', 'HEAD', signed]);
    repo.commit('edit', '2026-09-05T10:00:00+00:00', { 'plan.md': plan(8) });
    repo.git(['config', 'log.showSignature', 'true']);
    repo.git(['config', 'gpg.program', gpg]);
    repo.git(['config', 'diff.external', ext]);
    repo.git(['config', 'diff.evil.textconv', textconv]);
    writeFileSync(repo.abs('.gitattributes'), '*.md diff=evil\n');

    execFileSync(SYSTEM_GIT!, ['log', '-1', 'HEAD~1'], { cwd: repo.dir, env: { ...process.env, HOME: repo.dir }, stdio: 'pipe' });
    assert.ok(ran('gpg'), 'control: git log runs gpg.program');
    execFileSync(SYSTEM_GIT!, ['diff', 'HEAD~1', 'HEAD'], { cwd: repo.dir, env: { ...process.env, HOME: repo.dir }, stdio: 'pipe' });
    assert.ok(ran('external'), 'control: git diff runs diff.external');
    execFileSync(SYSTEM_GIT!, ['log', '-p', '-1'], { cwd: repo.dir, env: { ...process.env, HOME: repo.dir }, stdio: 'pipe' });
    assert.ok(ran('textconv'), 'control: git log -p runs the textconv driver');
    clear('gpg');
    clear('external');
    clear('textconv');

    const h = await readHistory({ root: repo.dir, trusted: true });
    assert.equal(h.plans[repo.abs('plan.md')].length, 2);
    assert.equal(ran('gpg'), false, 'gpg.program ran');
    assert.equal(ran('external'), false, 'diff.external ran');
    assert.equal(ran('textconv'), false, 'textconv ran');
  });

  it('an untrusted workspace starts no git process at all', async () => {
    const fake = script('git-spawned');
    const h = await readHistory({ root: repo.dir, trusted: false, git: fake });
    assert.deepEqual(h, { available: false, reason: 'untrusted', plans: {}, notes: {}, workingCopy: {} });
    assert.equal(ran('git-spawned'), false);
    // Control: trusted, the same binary is started (and, not being git, yields no history).
    const t = await readHistory({ root: repo.dir, trusted: true, git: fake });
    assert.ok(ran('git-spawned'));
    assert.equal(t.available, false);
  });

  it('a repository whose config moves the work tree elsewhere (core.worktree) is not read', async () => {
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'gp-elsewhere-'));
    try {
      writeFileSync(path.join(elsewhere, 'stolen.md'), note('2026-09-02', undefined));
      repo.git(['config', 'core.worktree', elsewhere]);
      const h = await readHistory({ root: repo.dir, trusted: true });
      assert.equal(h.available, false);
      assert.deepEqual(h.workingCopy, {});
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a symlinked goal file is never read through the link', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gp-outside-'));
    try {
      writeFileSync(path.join(outside, 'secret.md'), plan(5));
      execFileSync('ln', ['-s', path.join(outside, 'secret.md'), repo.abs('link.md')]);
      repo.commit('link', '2026-09-06T10:00:00+00:00');
      const h = await readHistory({ root: repo.dir, trusted: true });
      assert.equal(h.plans[repo.abs('link.md')], undefined);
      assert.equal(h.notes[repo.abs('link.md')], undefined);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
