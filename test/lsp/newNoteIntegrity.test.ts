// Issue 15 item 7 over stdio: the new-session-note request writes ids as YAML scalars that read
// back as the same strings (`0142`, `true`, `[C1]`, `*C1`, a goal `"007"`), refuses a client id
// with path syntax (it would name a folder outside the workspace), and the client command
// creates the file exclusively (createExclusive: O_EXCL, the next free name when taken).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createExclusive } from '../../client/src/commands/createExclusive';
import { parseDocument } from '../../server/src/core/parse/document';
import { Methods, type NewSessionNoteResult } from '../../server/src/shared/lspProtocol';
import { LspSession } from './harness';

const plan = (client: string, goals: string[]) => [
  '---', 'kind: goal-plan', `client: ${client}`, 'clinician: RK', 'created: 2026-01-05', '---', '',
  ...goals.flatMap((g) => ['```yaml goal', `id: ${g}`, 'statement: Client will walk daily for twenty minutes.', '```', '']),
].join('\n');

describe('lsp: new session note keeps ids and stays in the workspace (issue 15.7)', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({
      files: {
        'clients/q/plan.md': plan('"0142"', ['"007"', "'true'", '"[G1]"', '"*G2"', 'G3']),
        'clients/b/plan.md': plan('"true"', ['G1']),
      },
    });
    await s.waitForDiagnostics('clients/q/plan.md', () => true, 'workspace indexed');
  });
  after(async () => s?.stop());

  const note = (client: string, date = '2026-11-26') => s.request<NewSessionNoteResult>(Methods.newSessionNote, { client, date });

  it('client 0142 stays the text "0142" and goal ids stay strings (`"007"`, `true`, `[G1]`, `*G2`)', async () => {
    const r = await note('0142');
    const doc = parseDocument(r.path, r.text);
    assert.equal(doc.broken, false, r.text);
    assert.equal(doc.session?.client, '0142');
    const keys = (doc.frontMatter!.doc!.get('goals', true) as { items: Array<{ key: { value: unknown } }> }).items.map((p) => p.key.value);
    assert.deepEqual(keys, ['007', 'true', '[G1]', '*G2', 'G3']);
    assert.deepEqual(r.goals, ['007', 'true', '[G1]', '*G2', 'G3']);
    // Written as is, the note belongs to its plan: no unknown goal, no missing plan.
    const rel = path.relative(s.root, r.path).split(path.sep).join('/');
    s.open(rel, r.text);
    const d = await s.currentDiagnostics(rel, 'the new note');
    for (const bad of ['GP001', 'GP002', 'GP301', 'GP307']) assert.ok(!d.some((x) => x.code === bad), `${bad}: ${d.map((x) => x.message).join(' | ')}`);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  for (const id of ['true', '[C1]', '*C1', '~', '1e3', '"007"', "it's", '-x', '?', '#c', 'a:b', '&x', '!t', '%d', '@c', '`b', '|', '>']) {
    it(`a new client ${id} is written so that it reads back as that text`, async () => {
      const r = await note(id);
      assert.equal(parseDocument(r.path, r.text).session?.client, id, r.text);
    });
  }

  for (const id of ['../evil', '../../etc/x', 'a/b', 'a\\b', '..', '.', '/etc', 'C\u00001', 'x\u202ey', 'two words', '']) {
    it(`refuses the client id ${JSON.stringify(id)}: it cannot name a folder in the workspace`, async () => {
      await assert.rejects(note(id), /not a client id: a client id/);
    });
  }

  it('every note path lies inside the workspace folder', async () => {
    for (const id of ['0142', 'true', 'new-client']) {
      const r = await note(id);
      assert.ok(r.path.startsWith(s.root + path.sep), r.path);
    }
  });
});

describe('client command: the note file is created exclusively', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gp-note-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('never replaces an existing file: the next free name is taken', async () => {
    const file = path.join(dir, 'sessions', '2026-11-26.md');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, 'theirs\n');
    fs.writeFileSync(path.join(dir, 'sessions', '2026-11-26-2.md'), 'also theirs\n');
    const written = await createExclusive(file, 'mine\n');
    assert.equal(written, path.join(dir, 'sessions', '2026-11-26-3.md'));
    assert.equal(fs.readFileSync(file, 'utf8'), 'theirs\n');
    assert.equal(fs.readFileSync(written, 'utf8'), 'mine\n');
  });

  it('does not write through a planted symlink at the name (O_EXCL fails on it)', async () => {
    const target = path.join(dir, 'outside.txt');
    fs.writeFileSync(target, 'keep\n');
    fs.symlinkSync(target, path.join(dir, 'n.md'));
    const written = await createExclusive(path.join(dir, 'n.md'), 'mine\n');
    assert.equal(written, path.join(dir, 'n-2.md'));
    assert.equal(fs.readFileSync(target, 'utf8'), 'keep\n');
  });

  it('two commands at once get two files, neither overwritten', async () => {
    const file = path.join(dir, '2026-11-26.md');
    const [a, b] = await Promise.all([createExclusive(file, 'a\n'), createExclusive(file, 'b\n')]);
    assert.notEqual(a, b);
    assert.deepEqual([fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8')].sort(), ['a\n', 'b\n']);
  });
});
