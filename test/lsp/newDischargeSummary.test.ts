// SPEC 5.6, 5.8 over stdio: goalplan/newDischargeSummary, the request behind *GoalPlan: New
// discharge summary*. It answers the draft of the core function `goalplan discharge` writes
// (the same text, byte for byte, for the same files) and where it goes (`discharge-DATE.md`
// beside the plan it belongs to); ids are written so that they read back as the same text, a
// client id with path syntax is refused, and the server itself never writes the file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/parse/document';
import { Methods, type ClientSummary, type NewDischargeSummaryResult } from '../../server/src/shared/lspProtocol';
import { runCli } from '../unit/cli-harness';
import { codes, LspSession, REPO } from './harness';

/** The example clinic's C-0705 (a closed plan and its sessions), without its discharge summary. */
function clientC0705(): Record<string, string> {
  const src = path.join(REPO, 'examples', 'clinic');
  const files: Record<string, string> = { '.goalplan.yaml': fs.readFileSync(path.join(src, '.goalplan.yaml'), 'utf8') };
  const dir = path.join(src, 'clients', 'C-0705');
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const abs = path.join(dir, rel);
    if (fs.statSync(abs).isFile() && !/^discharge-/.test(path.basename(rel))) files[`clients/C-0705/${rel.split(path.sep).join('/')}`] = fs.readFileSync(abs, 'utf8');
  }
  return files;
}

const plan = (client: string, goal: string) => [
  '---', 'kind: goal-plan', `client: ${client}`, 'clinician: RK', 'created: 2026-09-01', '---', '',
  '```yaml goal', `id: ${goal}`, 'statement: Client will walk daily for twenty minutes.', '```', '',
].join('\n');

describe('lsp: goalplan/newDischargeSummary (the New discharge summary command)', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({
      files: { ...clientC0705(), 'clients/q/plan.md': plan('"0142"', '"007"'), 'clients/t/plan.md': plan('"true"', "'true'"), 'clients/h/plan.md': plan('"0x1F"', '"0o17"') },
    });
    await s.waitForDiagnostics('clients/C-0705/plan.md', () => true, 'workspace indexed');
  });
  after(async () => s?.stop());

  const draft = (params: unknown) => s.request<NewDischargeSummaryResult>(Methods.newDischargeSummary, params);

  it('answers discharge-DATE.md beside the plan, with the very draft `goalplan discharge` writes from the same files', async () => {
    const r = await draft({ client: 'C-0705', date: '2026-10-26' });
    assert.equal(r.path, path.join(s.root, 'clients', 'C-0705', 'discharge-2026-10-26.md'));
    assert.equal(r.uri, s.uri('clients/C-0705/discharge-2026-10-26.md'));
    assert.equal(r.date, '2026-10-26');
    assert.equal(r.plan, path.join('clients', 'C-0705', 'plan.md'));
    assert.ok(!fs.existsSync(r.path), 'the server answers where and what; the editor writes the file');

    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gp-discharge-')), 'cli.md');
    try {
      const cli = runCli(['discharge', '--client', 'C-0705', '--date', '2026-10-26', '--today', '2026-11-26', '--out', out], { cwd: s.root });
      assert.equal(cli.code, 0, cli.stderr);
      assert.equal(r.text, fs.readFileSync(out, 'utf8'), 'one core, two front ends: the same draft');
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
    assert.match(r.text, /^ {2}G1:\n {4}outcome: met$/m);
    assert.match(r.text, /^ {2}G3:\n {4}outcome: met$/m);
    assert.match(r.text, /^ {2}GAD-7:\n {4}first: 15\n {4}last: 6$/m);
  });

  it('the draft as written lints clean except for what the clinician must write: Recommendations and the signature', async () => {
    const r = await draft({ client: 'C-0705', date: '2026-10-26' });
    const rel = 'clients/C-0705/discharge-2026-10-26.md';
    s.open(rel, r.text);
    const d = await s.currentDiagnostics(rel, 'the discharge draft');
    assert.deepEqual(codes(d).sort(), ['GP305', 'GP312'], d.map((x) => `${x.code} ${x.message}`).join(' | '));
    assert.match(String(d.find((x) => x.code === 'GP305')!.message), /Recommendations/);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri(rel) } });
  });

  it('without a date the discharge is dated the server\'s today (goalplan.today)', async () => {
    const r = await draft({ client: 'C-0705' });
    assert.equal(r.date, '2026-11-26');
    assert.equal(path.basename(r.path), 'discharge-2026-11-26.md');
    assert.match(r.text, /^date: 2026-11-26$/m);
  });

  for (const [client, goal] of [['0142', '007'], ['true', 'true'], ['0x1F', '0o17']]) {
    it(`client ${client} and goal ${goal} read back as that text, not as a number or a boolean`, async () => {
      const r = await draft({ client, date: '2026-11-20' });
      const doc = parseDocument(r.path, r.text);
      assert.equal(doc.kind, 'discharge-summary');
      assert.equal((doc.frontMatter!.raw as { client: unknown }).client, client);
      const keys = (doc.frontMatter!.doc!.get('goals', true) as { items: Array<{ key: { value: unknown } }> }).items.map((p) => p.key.value);
      assert.deepEqual(keys, [goal]);
    });
  }

  for (const id of ['../evil', 'a/b', 'a\\b', '..', 'C\u00001', 'two words', '']) {
    it(`refuses the client id ${JSON.stringify(id)}: it could name a path`, async () => {
      await assert.rejects(draft({ client: id }), /not a client id/);
    });
  }

  it('goalplan/clients gives a closed plan\'s closed date (the date the command suggests for the discharge)', async () => {
    const list = await s.request<ClientSummary[]>(Methods.clients, {});
    assert.equal(list.find((c) => c.client === 'C-0705')?.closed, '2026-10-26');
    assert.equal(list.find((c) => c.client === '0142')?.closed, undefined, 'an open plan has none');
  });

  it('a client without a goal plan, or a date that is not one, is a clear error', async () => {
    await assert.rejects(draft({ client: 'C-9999' }), /no goal plan/);
    await assert.rejects(draft({ client: 'C-0705', date: '2026-02-30' }), /not a date/);
  });
});
