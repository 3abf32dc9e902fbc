// A discharge summary's `goals` (SPEC 5.2, 5.4): completions of goal ids and outcomes, go to
// definition, find references and rename of a goal id, as plain functions over the clinic.
import * as assert from 'node:assert/strict';
import type { CompletionItem, WorkspaceEdit } from 'vscode-languageserver';
import { doComplete } from '../../../server/src/lsp/services/completion';
import { doRename, findDefinition, findReferences } from '../../../server/src/lsp/services/navigation';
import { applyTextEdits, at, editsByUri } from '../../lsp/harness';
import { clinic } from '../../lsp/fixtures';
import { marked, testContext, uriOf, type TestContext } from './context';

const PLAN = 'clients/C-0100/plan.md';
const DISCHARGE = 'clients/C-0100/discharge-2026-11-20.md';
const SUMMARY = `---
kind: discharge-summary
client: C-0100
date: 2026-11-20
reason: goals-met
goals:
  G1:
    outcome: partly-met
---

## Summary

Ended by agreement.
`;

describe('lsp services: discharge summary goals', () => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = testContext({ ...clinic(), [DISCHARGE]: SUMMARY });
  });
  const labels = (items: CompletionItem[]) => items.map((i) => i.label).sort();
  const complete = (textWithMarker: string) => {
    const { doc, position } = marked(ctx, DISCHARGE, textWithMarker);
    return doComplete(ctx, doc, position).items;
  };

  it('completes the plan\'s goal ids as keys of `goals`', () => {
    assert.deepEqual(labels(complete(SUMMARY.replace('goals:\n', 'goals:\n  |\n'))), ['G1', 'G2']);
  });

  it('completes the outcomes', () => {
    assert.deepEqual(labels(complete(SUMMARY.replace('outcome: partly-met', 'outcome: |'))), ['met', 'not-met', 'partly-met']);
  });

  it('completes discharge-summary as a kind', () => {
    const { doc, position } = marked(ctx, 'clients/C-0100/new.md', '---\nkind: |\n---\n');
    assert.ok(labels(doComplete(ctx, doc, position).items).includes('discharge-summary'));
  });

  it('go to definition from a goal id to its block in the plan', () => {
    const doc = ctx.doc(DISCHARGE);
    const loc = findDefinition(ctx, doc, at(doc.text, '  G1:', 2));
    assert.equal(loc?.uri, uriOf(PLAN));
    assert.deepEqual(loc?.range.start, at(ctx.doc(PLAN).text, 'id: G1', 4));
  });

  it('find references from the plan includes the summary', () => {
    const plan = ctx.doc(PLAN);
    const refs = findReferences(ctx, plan, at(plan.text, 'id: G1', 4), false) ?? [];
    assert.ok(refs.some((r) => r.uri === uriOf(DISCHARGE) && r.range.start.line === at(SUMMARY, '  G1:').line), refs.map((r) => r.uri).join(', '));
  });

  it('rename of a goal id updates the summary too', () => {
    const plan = ctx.doc(PLAN);
    const edit = doRename(ctx, plan, at(plan.text, 'id: G1', 4), 'G10') as WorkspaceEdit;
    const byUri = editsByUri(edit);
    assert.ok(byUri.has(uriOf(DISCHARGE)));
    assert.match(applyTextEdits(SUMMARY, byUri.get(uriOf(DISCHARGE))!), /^ {2}G10:\n {4}outcome: partly-met$/m);
  });
});
