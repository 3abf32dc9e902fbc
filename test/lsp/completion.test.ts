// textDocument/completion over stdio: the protocol round trip. What is offered where is tested
// on the feature itself (test/unit/lsp/completion.test.ts).
import * as assert from 'node:assert/strict';
import type { CompletionList, TextEdit } from 'vscode-languageserver-protocol/node';
import { applyTextEdits, cursor, LspSession } from './harness';
import { clinic, SESSION_100_A } from './fixtures';

const SESSION = 'clients/C-0100/sessions/2026-10-13.md';

describe('lsp: completion', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: clinic() });
    await s.waitForDiagnostics('clients/C-0100/sessions/2026-11-10.md', (d) => d.some((x) => x.code === 'GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  it("answers with a CompletionList whose items carry textEdits (goal ids in a session's goals)", async () => {
    const { text, position } = cursor(SESSION_100_A.replace('goals:\n', 'goals:\n  |\n'));
    const uri = s.open(SESSION, text);
    const list = await s.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    assert.equal(list.isIncomplete, false);
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['G2'], 'G1 is listed already');
    const g2 = list.items.find((i) => i.label === 'G2')!;
    assert.ok(g2.textEdit && 'range' in g2.textEdit);
    assert.match(applyTextEdits(text, [g2.textEdit]), /^goals:\n {2}G2:\n {2}G1:/m);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('after a typed prefix (one and two characters): filtered, with the range of what was typed', async () => {
    for (const [typed, labels, line] of [['G', ['G2'], 11], ['G2', ['G2'], 11]] as const) {
      const { text, position } = cursor(SESSION_100_A.replace('    progress: 0\n', `    progress: 0\n  ${typed}|\n`));
      const uri = s.open(SESSION, text);
      const list = await s.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
      assert.deepEqual(list.items.map((i) => i.label).sort(), [...labels], `after "${typed}"`);
      for (const i of list.items) {
        assert.deepEqual((i.textEdit as { range: unknown }).range, { start: { line, character: 2 }, end: { line, character: 2 + typed.length } }, `${i.label} replaces "${typed}"`);
      }
      assert.match(applyTextEdits(text, [list.items.find((i) => i.label === 'G2')!.textEdit as TextEdit]), /^ {4}progress: 0\n {2}G2:\nmeasures:/m);
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });
});
