// What the clinician wrote shows as written in hovers and completion documentation: a statement
// with Markdown characters is never read as emphasis, HTML, a heading or a link, in a Markdown
// client, and a plain-text client gets it without escapes.
import * as assert from 'node:assert/strict';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver';
import { doComplete } from '../../../server/src/lsp/services/completion';
import { doHover } from '../../../server/src/lsp/services/hover';
import { markup } from '../../../server/src/lsp/services/markup';
import { at } from '../../lsp/harness';
import { clinic, PLAN_100 } from '../../lsp/fixtures';
import { marked, testContext } from './context';

const PLAN = 'clients/C-0100/plan.md';
const SESSION = 'clients/C-0100/sessions/2026-10-13.md';
const TRICKY = 'Client will *walk* <b>2</b> [km](http://example.invalid) & rest_days #1 `x`';

function withStatement(statement: string): Record<string, string> {
  return { ...clinic(), [PLAN]: PLAN_100.replace('Client will reduce PHQ-9 score from 15 to 7 by June 2027.', JSON.stringify(statement)) };
}

describe('lsp services: the clinician\'s text in Markdown', () => {
  it('escapes every character Markdown reads, and list or quote starts, and plain text reads it back as written', () => {
    const md = markup(true);
    for (const s of [TRICKY, '- not a list', '1. not a list', '> not a quote', 'back\\slash', 'a_b_c', '+ plus']) {
      const escaped = md.text(s);
      assert.doesNotMatch(escaped, /(^|[^\\])[*_`<>[\]#&]/, `unescaped markup in ${JSON.stringify(escaped)}`);
      assert.equal(markup(false).prose(escaped), s, 'plain text shows the statement exactly');
    }
    assert.equal(markup(false).text(TRICKY), TRICKY);
  });

  it('hover on a goal id: the statement escaped for Markdown, as written for plain text', () => {
    const full = testContext(withStatement(TRICKY));
    const plain = testContext(withStatement(TRICKY), { capabilities: {} });
    const hover = (c: typeof full) => (doHover(c, c.doc(SESSION), at(c.doc(SESSION).text, '  G1:', 3)) as Hover & { contents: MarkupContent }).contents;
    const md = hover(full);
    assert.equal(md.kind, 'markdown');
    assert.ok(md.value.includes(markup(true).text(TRICKY)), md.value);
    assert.ok(!md.value.includes('<b>'), 'no raw HTML reaches the Markdown renderer');
    const txt = hover(plain);
    assert.equal(txt.kind, 'plaintext');
    assert.ok(txt.value.includes(TRICKY), txt.value);
  });

  it('goal id completion: documentation escaped for Markdown clients, as written for plain ones', () => {
    const g1 = (items: CompletionItem[]) => items.find((i) => i.label === 'G1')?.documentation as MarkupContent | string | undefined;
    const full = testContext(withStatement(TRICKY));
    const f = marked(full, SESSION, SESSION_WITH_CURSOR);
    const md = g1(doComplete(full, f.doc, f.position).items);
    assert.equal(typeof md === 'object' && md.kind, 'markdown');
    assert.ok(typeof md === 'object' && md.value.startsWith(markup(true).text(TRICKY)), JSON.stringify(md));
    const plain = testContext(withStatement(TRICKY), { capabilities: {} });
    const p = marked(plain, SESSION, SESSION_WITH_CURSOR);
    const pd = g1(doComplete(plain, p.doc, p.position).items);
    const value = typeof pd === 'string' ? pd : pd?.value;
    assert.ok(value?.startsWith(TRICKY), value);
  });
});

const SESSION_WITH_CURSOR = `---
kind: session-log
client: C-0100
date: 2026-10-13
type: therapy
format: SOAP
duration: 50
goals:
  |:
---

## Subjective
`;
