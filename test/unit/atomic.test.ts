// Atomic writes (issue 7, no data lost): temp file + fsync + rename in the same folder, mode
// kept, refused when the file changed since it was read, and a crash before the rename leaves
// the original byte for byte with no temp file behind.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileChangedError, writeFileAtomic } from '../../server/src/node/atomicWrite';
import { dominantEol, editsWithEol, withEol } from '../../server/src/node/eol';
import { decode, readFileSafe } from '../../server/src/node/readFile';

describe('atomic write', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-atomic-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = () => path.join(dir, 'plan.md');

  it('replaces the content and keeps the mode', () => {
    fs.writeFileSync(file(), 'old\n');
    fs.chmodSync(file(), 0o640);
    const snap = readFileSafe(file(), 1e6);
    writeFileAtomic(file(), 'new ✓\n', { expected: snap });
    assert.equal(fs.readFileSync(file(), 'utf8'), 'new ✓\n');
    assert.equal(fs.statSync(file()).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['plan.md']);
  });

  it('refuses when the file changed since it was read (even with the same size)', () => {
    fs.writeFileSync(file(), 'abc\n');
    const snap = readFileSafe(file(), 1e6);
    fs.writeFileSync(file(), 'xyz\n');
    assert.throws(() => writeFileAtomic(file(), 'fixed\n', { expected: snap }), FileChangedError);
    assert.equal(fs.readFileSync(file(), 'utf8'), 'xyz\n');
    assert.deepEqual(fs.readdirSync(dir), ['plan.md']);
  });

  it('refuses when the file was deleted since it was read', () => {
    fs.writeFileSync(file(), 'abc\n');
    const snap = readFileSafe(file(), 1e6);
    fs.rmSync(file());
    assert.throws(() => writeFileAtomic(file(), 'fixed\n', { expected: snap }), FileChangedError);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('a crash before the rename leaves the original intact and no temp file', () => {
    const original = Buffer.from('---\r\nkind: goal-plan\r\n---\r\nbody ü\r\n');
    fs.writeFileSync(file(), original);
    const snap = readFileSafe(file(), 1e6);
    let tmpSeen = '';
    const crash = { rename: (from: string) => { tmpSeen = from; throw Object.assign(new Error('simulated crash'), { code: 'EIO' }); } };
    assert.throws(() => writeFileAtomic(file(), 'half', { expected: snap, ops: crash }), /simulated crash/);
    assert.ok(tmpSeen.startsWith(dir + path.sep) && tmpSeen !== file(), 'the temp file is in the same folder');
    assert.deepEqual(fs.readFileSync(file()), original);
    assert.deepEqual(fs.readdirSync(dir), ['plan.md']);
  });
});

describe('line endings and decoding', () => {
  it('finds the dominant line ending and converts inserted text to it', () => {
    assert.equal(dominantEol('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(dominantEol('a\nb\r\nc\n'), '\n');
    assert.equal(dominantEol('no break'), '\n');
    assert.equal(withEol('## Plan\n\n', '\r\n'), '## Plan\r\n\r\n');
    assert.equal(withEol('## Plan\r\n', '\r\n'), '## Plan\r\n');
    assert.equal(withEol('a\r\nb\n', '\n'), 'a\nb\n');
    assert.deepEqual(editsWithEol([{ span: { start: 1, end: 2 }, newText: 'x\ny' }], '\r\n'), [{ span: { start: 1, end: 2 }, newText: 'x\r\ny' }]);
  });

  it('decodes invalid UTF-8 with replacement and says it is not lossless; keeps a BOM', () => {
    const bad = decode(Buffer.from([0x61, 0xff, 0x62]));
    assert.equal(bad.text, 'a\ufffdb');
    assert.equal(bad.lossless, false);
    const bom = decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]));
    assert.equal(bom.text, '\ufeffa');
    assert.equal(bom.lossless, true);
  });

  it('reads only the head of a file over the size limit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-read-'));
    try {
      const p = path.join(dir, 'big.md');
      fs.writeFileSync(p, Buffer.alloc(300 * 1024, 0x61));
      const r = readFileSafe(p, 100 * 1024);
      assert.equal(r.truncated, true);
      assert.equal(r.size, 300 * 1024);
      assert.equal(r.text.length, 64 * 1024);
      assert.equal(r.lossless, false, 'a truncated read must never be written back');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
