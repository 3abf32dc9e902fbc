import { strict as assert } from 'node:assert';
import { CatFileBatchParser, parseLog, parseStatusV2 } from '../../server/src/history/parseGit';
import { gitEnv, findGit, HARDENING_CONFIG } from '../../server/src/history/git';
import { mkdtempSync, writeFileSync, chmodSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { blobFacts } from '../../server/src/history/reader';
import { parseDocument } from '../../server/src/core/parse/document';
import { isIsoDate } from '../../server/src/core/dates';
import os from 'node:os';
import path from 'node:path';

const A = 'a'.repeat(40), B = 'b'.repeat(40), Z = '0'.repeat(40);

describe('git output parsers', () => {
  it('parseLog reads headers and raw changes, with paths verbatim (newline, quotes, dash, non-ASCII)', () => {
    const out = [
      `\x01${A}`, 'Ann "Q" Lee', 'ann@example.invalid', '2026-09-01T09:00:00+02:00', '2026-09-01T10:00:00+02:00', 'first: subject', '',
    ].join('\0').slice(0, -1)
      + `\0\n:000000 100644 ${Z} ${A} A\0-x "q"\nline é.md\0`
      + `\x01${B}\0B\0b@x\0t1\0t2\0second\0\n:100644 100644 ${A} ${B} R087\0old name.md\0new name.md\0:100644 000000 ${B} ${Z} D\0gone.md\0`;
    const commits = parseLog(out);
    assert.equal(commits.length, 2);
    assert.equal(commits[0].id, A);
    assert.equal(commits[0].author, 'Ann "Q" Lee');
    assert.equal(commits[0].committedAt, '2026-09-01T10:00:00+02:00');
    assert.equal(commits[0].subject, 'first: subject');
    assert.deepEqual(commits[0].changes, [{ status: 'A', srcMode: '000000', dstMode: '100644', srcBlob: Z, dstBlob: A, srcPath: '-x "q"\nline é.md', path: '-x "q"\nline é.md' }]);
    assert.deepEqual(commits[1].changes.map((c) => [c.status, c.srcPath, c.path]), [['R', 'old name.md', 'new name.md'], ['D', 'gone.md', 'gone.md']]);
  });

  it('parseLog handles a commit without changes (merge) and empty output', () => {
    assert.deepEqual(parseLog(''), []);
    const out = `\x01${A}\0a\0a@x\0t\0t\0merge\0\x01${B}\0b\0b@x\0t\0t\0next\0\n:000000 100644 ${Z} ${A} A\0x.md\0`;
    const c = parseLog(out);
    assert.deepEqual(c.map((x) => x.changes.length), [0, 1]);
  });

  it('parseStatusV2 maps entries to working-copy states', () => {
    const out = [
      `1 .M N... 100644 100644 100644 ${A} ${A} sessions/with space.md`,
      `1 A. N... 000000 100644 100644 ${Z} ${A} new.md`,
      `1 .D N... 100644 100644 000000 ${A} ${A} del.md`,
      `2 R. N... 100644 100644 100644 ${A} ${A} R100 to.md`, 'from.md',
      `u UU N... 100644 100644 100644 100644 ${A} ${A} ${A} conflict.md`,
      '? untracked "q" é.md',
      '! ignored.md',
      '',
    ].join('\0');
    assert.deepEqual(parseStatusV2(out), [
      { path: 'sessions/with space.md', state: 'modified' },
      { path: 'new.md', state: 'added' },
      { path: 'del.md', state: 'deleted' },
      { path: 'to.md', state: 'renamed' },
      { path: 'conflict.md', state: 'conflicted' },
      { path: 'untracked "q" é.md', state: 'untracked' },
    ]);
  });

  it('CatFileBatchParser reassembles objects split across any chunk boundaries', () => {
    const body1 = Buffer.from('---\nkind: goal-plan\n---\nnewline\n\nend', 'utf8');
    const body2 = Buffer.from('é\0binary\n', 'utf8');
    const stream = Buffer.concat([
      Buffer.from(`${A} blob ${body1.length}\n`), body1, Buffer.from('\n'),
      Buffer.from(`${Z} missing\n`),
      Buffer.from(`${B} blob ${body2.length}\n`), body2, Buffer.from('\n'),
    ]);
    for (const size of [1, 2, 3, 7, 64, stream.length]) {
      const got: Array<[string, string | undefined]> = [];
      const p = new CatFileBatchParser((oid, c) => got.push([oid, c?.toString('utf8')]));
      for (let i = 0; i < stream.length; i += size) p.push(stream.subarray(i, i + size));
      assert.deepEqual(got, [[A, body1.toString('utf8')], [Z, undefined], [B, body2.toString('utf8')]], `chunk size ${size}`);
    }
  });
});

describe('git spawn hardening', () => {
  it('the environment drops inherited GIT_* variables and sets the safe ones', () => {
    const env = gitEnv({ PATH: '/usr/bin', GIT_DIR: '/elsewhere', GIT_EXTERNAL_DIFF: 'evil', GIT_SSH_COMMAND: 'evil', HOME: '/h' });
    assert.equal(env.GIT_DIR, undefined);
    assert.equal(env.GIT_EXTERNAL_DIFF, undefined);
    assert.equal(env.GIT_SSH_COMMAND, undefined);
    assert.equal(env.GIT_CONFIG_NOSYSTEM, '1');
    assert.equal(env.GIT_TERMINAL_PROMPT, '0');
    assert.equal(env.GIT_OPTIONAL_LOCKS, '0');
    assert.equal(env.PATH, '/usr/bin');
  });

  it('command-line config switches off fsmonitor, hooks, pager, external diff and signature checks', () => {
    for (const c of ['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'core.pager=cat', 'diff.external=', 'log.showSignature=false', 'protocol.allow=never']) {
      assert.ok(HARDENING_CONFIG.includes(c), c);
    }
  });

  it('findGit never picks a git inside the workspace or from a relative PATH entry', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'gp-findgit-'));
    mkdirSync(path.join(ws, 'bin'));
    const fake = path.join(ws, 'bin', 'git');
    writeFileSync(fake, '#!/bin/sh\nexit 0\n');
    chmodSync(fake, 0o755);
    assert.equal(findGit(ws, [path.join(ws, 'bin'), 'bin', '.'].join(path.delimiter)), undefined);
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gp-gitbin-'));
    const real = path.join(outside, 'git');
    writeFileSync(real, '#!/bin/sh\nexit 0\n');
    chmodSync(real, 0o755);
    assert.equal(findGit(ws, [path.join(ws, 'bin'), outside].join(path.delimiter)), real);
  });
});

describe('blob facts (front-matter-only parse of notes)', () => {
  // The reader parses a note without its body; this must give exactly what a full parse gives.

  function* mdFiles(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) yield* mdFiles(p);
      else if (name.endsWith('.md')) yield p;
    }
  }

  it('agrees with a full parse on kind and signature date, with BOM, CRLF and odd fences', () => {
    const texts: string[] = [];
    const clinic = path.join(__dirname, '..', '..', 'examples', 'clinic');
    try {
      for (const f of mdFiles(clinic)) texts.push(readFileSync(f, 'utf8'));
    } catch {
      // the demo clinic is optional here; the synthetic cases below always run
    }
    const note = '---\nkind: session-log\nclient: C-1\ndate: 2026-09-01\nsigned: {by: rk, date: 2026-09-02}\n---\n## Subjective\n---\ntext\n';
    texts.push(note, '\uFEFF' + note, note.replace(/\n/g, '\r\n'), note.replace('---\n## Subj', '---   \n## Subj'),
      '---\nkind: session-log\nsigned: {by: rk, date: 2026-02-30}\n---\n', '---\nkind: session-log\nclient: [\n---\n',
      '---\nkind: session-log\nclient: C-1\n', '---\n---\n', '# no front matter\n', '---\nkind: goal-plan\nclient: C-1\n---\n```yaml goal\nid: G1\n```\n');
    assert.ok(texts.length >= 10);
    for (const text of texts) {
      const full = parseDocument('x', text);
      const facts = blobFacts(text, Buffer.byteLength(text), 5 * 1024 * 1024);
      assert.equal(facts.kind, full.kind, text.slice(0, 60));
      const signed = full.session?.signed?.date;
      assert.equal(facts.signedDate, isIsoDate(signed) ? signed : undefined);
      assert.equal(facts.plan !== undefined, full.kind === 'goal-plan' && !full.broken);
    }
  });
});
