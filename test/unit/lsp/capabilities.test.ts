// Each feature sends a client only what its capabilities announce: the same request from a
// full-featured client (VS Code) and from a plain one (no capabilities beyond the basics).
import * as assert from 'node:assert/strict';
import type { DocumentSymbol, Hover, SymbolInformation } from 'vscode-languageserver';
import { lintDocument } from '../../../server/src/core/lint';
import { clientFeatures } from '../../../server/src/lsp/services/clientFeatures';
import { getCodeActions } from '../../../server/src/lsp/services/codeActions';
import { snippetToPlain } from '../../../server/src/core/edits/snippetText';
import { doComplete } from '../../../server/src/lsp/services/completion';
import { toLspDiagnostic } from '../../../server/src/lsp/services/diagnostics';
import { doHover } from '../../../server/src/lsp/services/hover';
import { findDocumentSymbols } from '../../../server/src/lsp/services/symbols';
import { applyTextEdits, at } from '../../lsp/harness';
import { clinic, PLAN_100, SESSION_100_A } from '../../lsp/fixtures';
import { marked, testContext } from './context';

const PLAN = 'clients/C-0100/plan.md';
const SESSION = 'clients/C-0100/sessions/2026-10-13.md';

describe('lsp services: what the client announced', () => {
  const full = testContext(clinic());
  const plain = testContext(clinic(), { capabilities: {} });

  it('reads each capability, and the didChangeProgress opt-in from either place', () => {
    assert.deepEqual(Object.values(clientFeatures({})).filter(Boolean), [], 'a client that announces nothing gets nothing optional');
    assert.equal(full.features.hoverMarkdown && full.features.codeDescription && full.features.hierarchicalSymbols, true);
    assert.equal(clientFeatures({}, { didChangeProgress: true }).didChangeProgress, true);
    assert.equal(clientFeatures({ experimental: { goalplan: { didChangeProgress: true } } }).didChangeProgress, true);
    assert.equal(clientFeatures({ experimental: { other: true } }).didChangeProgress, false);
  });

  it('hover: Markdown for a Markdown client, plain text without markup otherwise', () => {
    const pos = (c: typeof full) => at(c.doc(SESSION).text, '  G1:', 3);
    const md = doHover(full, full.doc(SESSION), pos(full)) as Hover & { contents: { kind: string; value: string } };
    assert.equal(md.contents.kind, 'markdown');
    assert.match(md.contents.value, /^\*\*G1\*\* · long-term/);
    const txt = doHover(plain, plain.doc(SESSION), pos(plain)) as Hover & { contents: { kind: string; value: string } };
    assert.equal(txt.contents.kind, 'plaintext');
    assert.match(txt.contents.value, /^G1 · long-term\n\nClient will reduce PHQ-9 score/);
    // A key's schema description with its values, no backticks.
    const key = doHover(plain, plain.doc(SESSION), at(plain.doc(SESSION).text, 'type: therapy', 1)) as Hover & { contents: { value: string } };
    assert.match(key.contents.value, /Values: therapy, intake/);
    assert.doesNotMatch(key.contents.value, /\*\*|`/);
  });

  it('diagnostics: codeDescription only with codeDescriptionSupport', () => {
    const doc = full.doc('clients/C-0200/plan.md');
    const d = lintDocument(doc, full.workspace, { today: full.today(), configFor: full.configFor }).find((x) => x.rule === 'GP201')!;
    assert.match(toLspDiagnostic(full, doc, d).codeDescription?.href ?? '', /docs\/rules\/GP201\.md$/);
    assert.equal(toLspDiagnostic(plain, doc, d).codeDescription, undefined);
  });

  it('code actions: isPreferred only with isPreferredSupport', () => {
    for (const [ctx, expected] of [[full, 1], [plain, 0]] as const) {
      const doc = ctx.doc('clients/C-0200/plan.md');
      const current = lintDocument(doc, ctx.workspace, { today: ctx.today(), configFor: ctx.configFor });
      const sent = toLspDiagnostic(ctx, doc, current.find((x) => x.rule === 'GP201')!);
      const actions = getCodeActions(ctx, doc, current, sent.range, { diagnostics: [sent] });
      assert.ok(actions.length > 1);
      assert.equal(actions.filter((a) => a.isPreferred !== undefined).length, expected);
    }
  });

  it('document symbols: nested for hierarchical clients, a flat list naming containers otherwise', () => {
    const tree = findDocumentSymbols(full, full.doc(PLAN)) as DocumentSymbol[];
    assert.deepEqual(tree.map((x) => x.name), ['Problems', 'G1', 'G2']);
    const flat = findDocumentSymbols(plain, plain.doc(PLAN)) as SymbolInformation[];
    assert.deepEqual(flat.map((x) => `${x.containerName ?? ''}/${x.name}`), ['/Problems', 'Problems/P1', 'Problems/P2', '/G1', '/G2']);
    assert.ok(flat.every((x) => x.location.uri === plain.doc(PLAN).uri && !('children' in x)));
  });

  it('completion: labelDetails, Markdown documentation and snippets only when announced', () => {
    // G2 starts 2026-11-01: not active on a 2026-10-13 session, which labelDetails says.
    const goalsLine = SESSION_100_A.replace('goals:\n', 'goals:\n  |\n');
    const f = marked(full, SESSION, goalsLine);
    assert.match(doComplete(full, f.doc, f.position).items.find((i) => i.label === 'G2')?.labelDetails?.description ?? '', /\(not active\)$/);
    const m = marked(plain, SESSION, goalsLine);
    const plainItems = doComplete(plain, m.doc, m.position).items;
    assert.ok(plainItems.every((i) => i.labelDetails === undefined));
    assert.ok(plainItems.every((i) => typeof i.documentation !== 'object' || i.documentation.kind === 'plaintext'));
    // The goal snippet as plain text: the placeholders' defaults, no tab stops.
    const s = marked(plain, PLAN, `${PLAN_100}\n|`);
    const snip = doComplete(plain, s.doc, s.position).items.find((i) => i.label === 'yaml goal')!;
    assert.equal(snip.insertTextFormat, 1);
    const out = applyTextEdits(s.text, [snip.textEdit as { range: never; newText: string }]);
    assert.match(out, /```yaml goal\nid: G3\nstatement: Client will \.\.\.\ntype: behavioral\n/);
    assert.doesNotMatch(out.slice(s.text.length - 1), /\$/);
  });

  it('snippetToPlain: placeholders, choices, tab stops and escapes', () => {
    assert.equal(snippetToPlain('a ${1:x} ${2|p\\,q,r|} $3 \\$4 $0'), 'a x p,q  $4 ');
  });
});
