// Every completion kind, at a `|` cursor marker in an open document.
import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol/node';
import { applyTextEdits, cursor, LspSession } from './harness';
import { clinic, PLAN_100, SESSION_100_A } from './fixtures';

const PLAN = 'clients/C-0100/plan.md';
const SESSION = 'clients/C-0100/sessions/2026-10-13.md';

describe('lsp: completion', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: clinic() });
    await s.waitForDiagnostics('clients/C-0100/sessions/2026-11-10.md', (d) => d.some((x) => x.code === 'GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  /** Opens `rel` with the marked text and asks for completions at the marker. */
  async function complete(rel: string, marked: string): Promise<{ items: CompletionItem[]; text: string }> {
    const { text, position } = cursor(marked);
    const uri = s.open(rel, text);
    const list = await s.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return { items: list.items, text };
  }
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const item = (items: CompletionItem[], label: string) => {
    const found = items.find((i) => i.label === label);
    assert.ok(found, `no completion ${label}; got ${labels(items).join(', ')}`);
    return found;
  };
  /** The text after applying an item's textEdit. */
  const accept = (text: string, it: CompletionItem) => {
    assert.ok(it.textEdit && 'range' in it.textEdit, 'items carry a textEdit');
    return applyTextEdits(text, [it.textEdit]);
  };

  it("goal ids in a session's goals, with the statement as detail", async () => {
    const { items, text } = await complete(SESSION, SESSION_100_A.replace('goals:\n', 'goals:\n  |\n'));
    assert.deepEqual(labels(items).sort(), ['G1', 'G2']);
    assert.match(item(items, 'G2').detail ?? '', /phone or meet one friend/);
    assert.match(accept(text, item(items, 'G2')), /^goals:\n {2}G2:\n {2}G1:/m);
  });

  it('front-matter keys from the schema with descriptions, minus the ones present', async () => {
    const { items } = await complete(SESSION, SESSION_100_A.replace('format: SOAP\n', 'format: SOAP\nmo|\n'));
    const modality = item(items, 'modality');
    assert.ok(JSON.stringify(modality.documentation ?? '').length > 10, 'the key has its schema description');
    assert.ok(!labels(items).includes('format'), 'keys already written are not offered again');
    assert.ok(labels(items).includes('risk'));
  });

  it('enum values with their descriptions', async () => {
    const { items, text } = await complete(SESSION, SESSION_100_A.replace('type: therapy', 'type: |'));
    assert.deepEqual(labels(items), ['therapy', 'intake', 'no-show', 'cancelled', 'group', 'family', 'collateral']);
    assert.match(accept(text, item(items, 'intake')), /^type: intake$/m);
  });

  it("keys and values inside a session's goal entry (progress, decision)", async () => {
    const keys = await complete(SESSION, SESSION_100_A.replace('    progress: 0\n', '    progress: 0\n    |\n'));
    assert.deepEqual(labels(keys.items).sort(), ['decision', 'note', 'value']);
    const values = await complete(SESSION, SESSION_100_A.replace('    progress: 0\n', '    progress: 0\n    decision: |\n'));
    assert.deepEqual(labels(values.items), ['continue', 'revise', 'met', 'discontinued']);
  });

  it('enum values of a goal key (horizon)', async () => {
    const { items } = await complete(PLAN, PLAN_100.replace('horizon: short-term', 'horizon: sh|'));
    assert.deepEqual(labels(items), ['short-term', 'long-term']);
  });

  it('problem ids in a goal, with the problem text', async () => {
    const { items, text } = await complete(PLAN, PLAN_100.replace('problem: P2', 'problem: |'));
    assert.deepEqual(labels(items), ['P1', 'P2']);
    assert.equal(item(items, 'P2').detail, 'Withdrawn from friends');
    assert.match(accept(text, item(items, 'P1')), /^problem: P1$/m);
  });

  it('parent goal ids: only long-term goals, never the goal itself', async () => {
    const { items } = await complete(PLAN, PLAN_100.replace('parent: G1', 'parent: |'));
    assert.deepEqual(labels(items), ['G1']);
  });

  it('instrument names: built-in and configured', async () => {
    s.writeFile('.goalplan.yaml', 'instruments:\n  WSAS:\n    range: [0, 40]\n    better: lower\n');
    s.watched([{ rel: '.goalplan.yaml', type: 1 }]);
    const { items } = await complete(PLAN, PLAN_100.replace('instrument: PHQ-9', 'instrument: |'));
    for (const name of ['PHQ-9', 'GAD-7', 'ORS', 'PCL-5', 'GAS', 'SUDS', 'rating', 'count', 'WSAS']) assert.ok(labels(items).includes(name), name);
    assert.match(item(items, 'PHQ-9').detail ?? '', /0–27/);
    // And as keys under a session's measures.
    const m = await complete(SESSION, SESSION_100_A.replace('  PHQ-9: 13\n', '  PHQ-9: 13\n  |\n'));
    assert.ok(labels(m.items).includes('GAD-7'));
  });

  it('dates: today, and review.last + review.every for review.next', async () => {
    const { items } = await complete(PLAN, PLAN_100.replace('next: 2027-01-29', 'next: |'));
    assert.deepEqual(labels(items), ['2027-01-30', '2026-11-26']);
    assert.match(item(items, '2027-01-30').detail ?? '', /review\.last \+ review\.every/);
    const d = await complete(SESSION, SESSION_100_A.replace('date: 2026-10-13\ntype', 'date: |\ntype'));
    assert.deepEqual(labels(d.items), ['2026-11-26']);
  });

  it('snippet: a new yaml goal block with the next free id', async () => {
    const { items, text } = await complete(PLAN, `${PLAN_100}\n|`);
    const snip = item(items, 'yaml goal');
    assert.equal(snip.insertTextFormat, 2);
    const out = accept(text, snip);
    assert.match(out, /```yaml goal\nid: G3\nstatement: /);
    assert.match(out, /problem: \$\{5\|P1,P2\|\}/);
  });

  it('snippet: the missing section headings of the declared note format', async () => {
    const note = SESSION_100_A.replace(/## Objective\n\nCalm, on time.\n\n/, '').replace(/\n## Plan\n\nContinue activation.\n/, '\n|');
    const { items } = await complete(SESSION, note);
    assert.deepEqual(labels(items), ['## Objective', '## Plan', 'SOAP: all missing sections']);
  });

  it('no completions in plain prose', async () => {
    const { items } = await complete(SESSION, SESSION_100_A.replace('Calm, on time.', 'Calm, on |time.'));
    assert.deepEqual(items, []);
  });
});
