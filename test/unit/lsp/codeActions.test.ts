// Code actions as a plain function: the diagnostics the client sends back, matched to the core
// diagnostics that carry the fixes.
import * as assert from 'node:assert/strict';
import type { CodeActionContext } from 'vscode-languageserver';
import { lintDocument } from '../../../server/src/core/lint';
import type { Diagnostic } from '../../../server/src/core/types';
import { FIX_ALL_KIND, getCodeActions } from '../../../server/src/lsp/services/codeActions';
import { toLspDiagnostic } from '../../../server/src/lsp/services/diagnostics';
import { clinic } from '../../lsp/fixtures';
import { applyTextEdits } from '../../lsp/harness';
import { testContext } from './context';

// "Fix all <rule> in this file" combines the first safe fix of every diagnostic of one rule and
// skips a fix that overlaps one already taken. No shipped rule has a safe fix that can occur
// twice in one file yet, so this drives the code-action builder directly with such diagnostics.
describe('lsp services: fix all of one rule', () => {
  const text = '---\nkind: session-log\nclient: C-1\ndate: 2026-11-02\n---\n\n## Subjective\n\nfeel better and feel good\n';
  const ctx = testContext({});
  const doc = ctx.put('s.md', text);
  const word = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const diag = (w: string, newText: string): Diagnostic => ({
    uri: doc.uri, span: word(w), rule: 'GP101', alias: 'vague-wording', severity: 'warning', message: `vague: ${w}`,
    fixes: [{ title: `Replace ${w}`, edits: [{ span: word(w), newText }], safe: true }],
  });
  const current = [diag('feel better', 'record'), diag('feel good', 'attend'), diag('better and', 'clash')];
  const range = { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } };
  const context = (d: Diagnostic): CodeActionContext => ({
    diagnostics: [{ range: { start: { line: 8, character: d.span.start - doc.lineStarts[8] }, end: { line: 8, character: d.span.end - doc.lineStarts[8] } }, message: d.message, code: d.rule, source: 'goalplan' }],
  });

  it('one action applies every non-overlapping safe fix of the rule', () => {
    const actions = getCodeActions(ctx, doc, current, range, context(current[0]));
    const all = actions.find((a) => a.title === 'Fix all GP101 (vague-wording) in this file');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const out = applyTextEdits(text, all!.edit!.changes![doc.uri]);
    assert.match(out, /^record and attend$/m);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1, 'the diagnostic\'s own safe fix is preferred');
  });
});

describe('lsp services: code actions from the rules', () => {
  const PLAN = 'clients/C-0200/plan.md';
  const ctx = testContext(clinic());
  const plan = ctx.doc(PLAN);
  const current = lintDocument(plan, ctx.workspace, { today: ctx.today(), configFor: ctx.configFor });
  const gp201 = current.find((d) => d.rule === 'GP201')!;
  const asSent = toLspDiagnostic(ctx, plan, gp201);

  it('GP201: the preferred quick fix computes review.next = review.last + review.every', () => {
    const actions = getCodeActions(ctx, plan, current, asSent.range, { diagnostics: [asSent] });
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, actions.map((a) => a.title).join(' | '));
    assert.match(applyTextEdits(plan.text, preferred[0].edit!.changes![plan.uri]), /^ {2}next: 2027-01-30$/m);
    assert.deepEqual(preferred[0].diagnostics, [asSent]);
  });

  it('suppression: `# goalplan-disable-line GP201` at the end of the YAML line', () => {
    const actions = getCodeActions(ctx, plan, current, asSent.range, { diagnostics: [asSent] });
    const suppress = actions.find((a) => a.title.startsWith('Suppress GP201'))!;
    assert.match(applyTextEdits(plan.text, suppress.edit!.changes![plan.uri]), /# goalplan-disable-line GP201$/m);
  });

  it('source.fixAll.goalplan only when asked for', () => {
    assert.ok(!getCodeActions(ctx, plan, current, asSent.range, { diagnostics: [] }).some((a) => a.kind === FIX_ALL_KIND));
    const all = getCodeActions(ctx, plan, current, asSent.range, { diagnostics: [], only: [FIX_ALL_KIND] });
    assert.deepEqual(all.map((a) => a.kind), [FIX_ALL_KIND]);
  });
});
