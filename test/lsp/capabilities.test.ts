// A client gets only what it announced. A plain client (Emacs eglot without markdown-mode, a
// minimal Neovim setup): plain-text hovers, no codeDescription links, and none of GoalPlan's
// own notifications unless it opts in (the VS Code client does: initializationOptions).
import * as assert from 'node:assert/strict';
import type { ClientCapabilities, Hover } from 'vscode-languageserver-protocol/node';
import { Methods } from '../../server/src/shared/lspProtocol';
import { at, codes, LspSession } from './harness';
import { clinic } from './fixtures';

const SESSION_B = 'clients/C-0100/sessions/2026-11-10.md';
const PLAIN_CAPABILITIES: ClientCapabilities = { workspace: { workspaceFolders: true }, textDocument: { hover: { contentFormat: ['plaintext'] } } };

describe('lsp: a plain client gets only what it announced', function () {
  let s: LspSession;
  const custom: string[] = [];
  before(async function () {
    this.timeout(120_000); // the first suite to start a server also waits for the build (test/helpers/build.ts)
    s = await LspSession.start({ files: clinic(), capabilities: PLAIN_CAPABILITIES });
    s.conn.onNotification(Methods.didChangeProgress, () => void custom.push(Methods.didChangeProgress));
    await s.waitForDiagnostics(SESSION_B, (d) => codes(d).includes('GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  it('hover in plain text, without Markdown markup', async () => {
    const uri = s.open(SESSION_B);
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(s.text(SESSION_B), '  G1:', 3) });
    assert.ok(typeof h.contents === 'object' && 'kind' in h.contents, 'MarkupContent');
    assert.equal(h.contents.kind, 'plaintext');
    assert.match(h.contents.value, /^G1 · long-term\n\nClient will reduce PHQ-9 score/);
    assert.doesNotMatch(h.contents.value, /\*\*|`/);
  });

  it('diagnostics without codeDescription links', () => {
    const d = s.diagnostics.get(s.uri(SESSION_B)) ?? [];
    assert.ok(d.length > 0);
    assert.ok(d.every((x) => x.codeDescription === undefined), 'no codeDescription');
  });

  it('no goalplan/didChangeProgress to a client that did not opt in (after indexing and after an edit)', async () => {
    if (!s.texts.has(s.uri(SESSION_B))) s.open(SESSION_B);
    s.change(SESSION_B, [{ range: { start: at(s.text(SESSION_B), 'Subjective'), end: at(s.text(SESSION_B), 'Subjective') }, text: 'x' }]);
    await s.currentDiagnostics(SESSION_B, 'the edit re-checked');
    // A round trip after the edit: a notification scheduled by the edit would have come before its answer.
    await s.request(Methods.state, {});
    assert.deepEqual(custom, []);
  });
});
