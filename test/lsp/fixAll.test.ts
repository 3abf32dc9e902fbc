// "Fix all <rule> in this file" combines the first safe fix of every diagnostic of one rule and
// skips a fix that overlaps one already taken. No shipped rule has a safe fix that can occur
// twice in one file yet, so this drives the code-action builder directly with such diagnostics.
import * as assert from 'node:assert/strict';
import type { CodeActionParams } from 'vscode-languageserver-protocol/node';
import { codeActions } from '../../server/src/lsp/codeActions';
import type { ServerContext } from '../../server/src/lsp/context';
import { parseDocument } from '../../server/src/core/parse/document';
import type { Diagnostic } from '../../server/src/core/types';
import { applyTextEdits } from './harness';

describe('lsp: fix all of one rule', () => {
  const text = '---\nkind: session-log\nclient: C-1\ndate: 2026-11-02\n---\n\n## Subjective\n\nfeel better and feel good\n';
  const doc = parseDocument('file:///w/s.md', text);
  const word = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const diag = (w: string, newText: string): Diagnostic => ({
    uri: doc.uri, span: word(w), rule: 'GP101', alias: 'vague-wording', severity: 'warning', message: `vague: ${w}`,
    fixes: [{ title: `Replace ${w}`, edits: [{ span: word(w), newText }], safe: true }],
  });
  const current = [diag('feel better', 'record'), diag('feel good', 'attend'), diag('better and', 'clash')];
  const ctx = { get: () => undefined } as unknown as ServerContext;
  const params = (d: Diagnostic): CodeActionParams => ({
    textDocument: { uri: doc.uri }, range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } },
    context: { diagnostics: [{ range: { start: { line: 8, character: d.span.start - doc.lineStarts[8] }, end: { line: 8, character: d.span.end - doc.lineStarts[8] } }, message: d.message, code: d.rule, source: 'goalplan' }] },
  });
  const toLsp = (d: Diagnostic) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: d.message, code: d.rule, source: 'goalplan' });

  it('one action applies every non-overlapping safe fix of the rule', () => {
    const actions = codeActions(ctx, doc, current, params(current[0]), toLsp);
    const all = actions.find((a) => a.title === 'Fix all GP101 (vague-wording) in this file');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const out = applyTextEdits(text, all!.edit!.changes![doc.uri]);
    assert.match(out, /^record and attend$/m);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1, 'the diagnostic\'s own safe fix is preferred');
  });
});
