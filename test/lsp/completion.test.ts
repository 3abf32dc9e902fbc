// textDocument/completion over stdio: the protocol round trip. What is offered where is tested
// on the feature itself (test/unit/lsp/completion.test.ts).
import * as assert from 'node:assert/strict';
import type { CompletionList } from 'vscode-languageserver-protocol/node';
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
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['G1', 'G2']);
    const g2 = list.items.find((i) => i.label === 'G2')!;
    assert.ok(g2.textEdit && 'range' in g2.textEdit);
    assert.match(applyTextEdits(text, [g2.textEdit]), /^goals:\n {2}G2:\n {2}G1:/m);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });
});
