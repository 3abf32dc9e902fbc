// SPEC 5.8 over stdio: GP209 (no client agreement) and GP210 (unsigned plan) never write a
// consent or a signature. Their code action inserts the keys for the clinician to complete: as a
// snippet with empty tab stops (LSP 3.18 SnippetTextEdit) only for a client that announces
// workspace.workspaceEdit.snippetEditSupport (with documentChanges, where a snippet edit must
// stand). Every other client gets no such action (docs/format.md): as plain text it would hold a
// literal `$1`, or empty keys that GP002 reports while GP209/GP210 stay, so it would fix nothing.
// Neither is preferred or part of fix-all.
import * as assert from 'node:assert/strict';
import type { ClientCapabilities, CodeAction, Diagnostic, SnippetTextEdit, TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { codes, FULL_CAPABILITIES, LspSession } from './harness';

const PLAN = `---
kind: goal-plan
client: C-1
clinician: rk
created: 2026-09-01
review:
  every: 90d
  next: 2026-12-30
---

# Plan
`;
const REL = 'clients/C-1/plan.md';

const SNIPPET_CLIENT: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
};

async function start(capabilities: ClientCapabilities): Promise<LspSession> {
  const s = await LspSession.start({ files: { [REL]: PLAN }, capabilities });
  s.open(REL);
  await s.currentDiagnostics(REL, 'the plan linted');
  return s;
}

async function quickFixes(s: LspSession, rule: string): Promise<{ d: Diagnostic; actions: CodeAction[] }> {
  const d = (await s.currentDiagnostics(REL, 'the plan')).find((x) => x.code === rule);
  assert.ok(d, `${rule} is reported`);
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.uri(REL) }, range: d.range, context: { diagnostics: [d] } });
  return { d, actions: actions.filter((a) => !/^Suppress /.test(a.title)) };
}

/** The snippet edits of an action (documentChanges), and nothing else. */
function snippetEdits(a: CodeAction): SnippetTextEdit[] {
  assert.equal(a.edit?.changes, undefined, 'no plain `changes` beside the snippet');
  const docs = (a.edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.equal(docs.length, 1);
  return docs[0].edits as SnippetTextEdit[];
}

const EXPECTED = {
  GP209: { title: /agreement/, snippet: 'agreement:\n  by: $1\n  date: $2\n  method: $3\n' },
  GP210: { title: /signature/, snippet: 'signed:\n  by: $1\n  date: $2\n' },
} as const;

describe('lsp: GP209 and GP210 code actions follow workspace.workspaceEdit.snippetEditSupport', function () {
  describe('a client that announces snippetEditSupport (VS Code with vscode-languageclient 10+)', () => {
    let s: LspSession;
    before(async () => (s = await start(SNIPPET_CLIENT)));
    after(async () => s?.stop());

    for (const rule of ['GP209', 'GP210'] as const) {
      it(`${rule}: one quick fix, a snippet with empty tab stops at the end of the front matter, for this version of the file`, async () => {
        const { actions } = await quickFixes(s, rule);
        assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
        const [a] = actions;
        assert.match(a.title, EXPECTED[rule].title);
        assert.equal(a.kind, 'quickfix');
        assert.notEqual(a.isPreferred, true, 'never the fix to apply without asking');
        const doc = (a.edit!.documentChanges as TextDocumentEdit[])[0].textDocument;
        assert.deepEqual(doc, { uri: s.uri(REL), version: 1 });
        const [edit] = snippetEdits(a);
        assert.deepEqual(edit.snippet, { kind: 'snippet', value: EXPECTED[rule].snippet });
        assert.deepEqual(edit.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, 'before the closing ---');
      });
    }

    it('filled in by the clinician, the agreement clears GP209; nothing was filled in for them', async () => {
      const { actions } = await quickFixes(s, 'GP209');
      const [edit] = snippetEdits(actions[0]);
      // What the editor leaves after the clinician types into the three tab stops.
      const typed = edit.snippet.value.replace('$1', 'client').replace('$2', '2026-11-20').replace('$3', 'verbal');
      s.applyToOpen(s.uri(REL), [{ range: edit.range, newText: typed }]);
      const after = await s.currentDiagnostics(REL, 'the plan with the agreement');
      assert.ok(!codes(after).includes('GP209'), codes(after).join(' '));
      assert.ok(!codes(after).includes('GP001') && !codes(after).includes('GP002'), codes(after).join(' '));
    });

    it('fix-all (source.fixAll.goalplan) applies neither', async () => {
      const d = await s.currentDiagnostics(REL, 'the plan');
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: s.uri(REL) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: d, only: ['source.fixAll.goalplan'] },
      });
      assert.deepEqual(actions, []);
    });
  });

  for (const [who, capabilities] of [
    ['a client without snippetEditSupport (documentChanges only)', FULL_CAPABILITIES],
    ['a client with snippetEditSupport but without documentChanges (a snippet edit needs a TextDocumentEdit)',
      { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { snippetEditSupport: true } } }],
    ['a client that announces nothing', {}],
  ] as Array<[string, ClientCapabilities]>) {
    describe(who, () => {
      let s: LspSession;
      before(async () => (s = await start(capabilities)));
      after(async () => s?.stop());

      for (const rule of ['GP209', 'GP210'] as const) {
        it(`${rule}: no action inserts the keys (only the suppression comment is offered)`, async () => {
          const { d, actions } = await quickFixes(s, rule);
          assert.deepEqual(actions.map((a) => a.title), [], 'no fill-in action');
          const all = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.uri(REL) }, range: d.range, context: { diagnostics: [d] } });
          assert.ok(all.length > 0 && all.every((a) => /^Suppress /.test(a.title)), all.map((a) => a.title).join(' | '));
          assert.ok(!JSON.stringify(all).includes('$1'), 'no literal tab stop anywhere');
        });
      }
    });
  }
});
