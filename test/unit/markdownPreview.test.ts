// Goal cards in VS Code's Markdown preview (client/src/markdownPreview/goalCards.ts), through
// markdown-it as the preview uses it: each valid ```yaml goal fence becomes a card with the
// statement, the client's words, baseline -> target, due and status; an invalid block stays code
// with a note; every value is escaped, and nothing executable or remote is ever produced.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { goalCardsPlugin } from '../../client/src/markdownPreview/goalCards';

const REPO = path.resolve(__dirname, '..', '..');

function renderHtml(markdown: string): string {
  return goalCardsPlugin(new MarkdownIt({ html: false })).render(markdown);
}

function render(markdown: string): Document {
  return parseHTML(`<!doctype html><html><body>${renderHtml(markdown)}</body></html>`).document;
}

function fence(yaml: string, info = 'yaml goal'): string {
  return `# Plan\n\n\`\`\`${info}\n${yaml}\`\`\`\n`;
}

const VALID = `id: G1
statement: Client will reduce the PHQ-9 from 16 to 8 or below within 24 weeks.
horizon: long-term
measure:
  instrument: PHQ-9
  baseline: 16
  target: 8
due: 2027-01-18
status: active
`;

describe('Markdown preview: goal cards', () => {
  it('a valid goal block is a card with statement, measure baseline → target, due and status', () => {
    const doc = render(fence(VALID));
    const cards = doc.querySelectorAll('.goalplan-goal-card');
    assert.equal(cards.length, 1);
    const card = cards[0];
    assert.equal(card.getAttribute('data-goal'), 'G1');
    assert.equal(card.querySelector('.goalplan-statement')?.textContent, 'Client will reduce the PHQ-9 from 16 to 8 or below within 24 weeks.');
    assert.equal(card.querySelector('.goalplan-measure')?.textContent, 'PHQ-9: 16 → 8');
    assert.equal(card.querySelector('.goalplan-due')?.textContent, '2027-01-18');
    assert.equal(card.querySelector('.goalplan-status')?.textContent, 'active');
    assert.equal(doc.querySelectorAll('pre, code').length, 0, 'the YAML is not shown as code');
  });

  it('shows the client\'s own words when the goal has them, and only then', () => {
    const withWords = render(fence(`${VALID}client_words: I want my weekends back.\n`));
    assert.equal(withWords.querySelector('.goalplan-goal-card .goalplan-client-words')?.textContent, 'I want my weekends back.');
    // Not a string (SPEC 5.2: the client's words are text): a schema error, so code with a note.
    const wrong = render(fence(`${VALID}client_words: [1, 2]\n`));
    assert.equal(wrong.querySelector('.goalplan-goal-card'), null);
    assert.ok(wrong.querySelector('.goalplan-goal-invalid'));
    assert.equal(render(fence(VALID)).querySelector('.goalplan-client-words'), null);
  });

  it('a status other than active is shown, and a measure with a unit names it', () => {
    const doc = render(fence(`id: G2\nstatement: Client will complete 3 scheduled activities per week, logged.\nmeasure:\n  instrument: count\n  baseline: 0\n  target: 3\n  unit: activities per week\ndue: 2026-10-26\nstatus: met\n`));
    assert.equal(doc.querySelector('.goalplan-goal-card')?.getAttribute('data-status'), 'met');
    assert.equal(doc.querySelector('.goalplan-measure')?.textContent, 'count (activities per week): 0 → 3');
  });

  it('a block with a YAML error stays code, with a note', () => {
    const doc = render(fence('id: G1\nstatement: [unclosed\n'));
    assert.equal(doc.querySelectorAll('.goalplan-goal-card').length, 0);
    assert.match(doc.querySelector('.goalplan-goal-invalid')?.textContent ?? '', /has errors/);
    assert.match(doc.querySelector('pre code')?.textContent ?? '', /statement: \[unclosed/);
  });

  it('a block failing the goal schema stays code, with the schema messages', () => {
    const doc = render(fence('id: G1\nstatement: Client will walk 3 times a week.\nstatus: finished\ndue: 2026-02-30\n'));
    assert.equal(doc.querySelectorAll('.goalplan-goal-card').length, 0);
    const note = doc.querySelector('.goalplan-goal-invalid')?.textContent ?? '';
    assert.match(note, /status/);
    assert.ok(doc.querySelector('pre code'));
  });

  it('other fences render as before', () => {
    const doc = render('```yaml\nid: G1\n```\n\n```js\nlet a = 1;\n```\n');
    assert.equal(doc.querySelectorAll('.goalplan-goal-card, .goalplan-goal-invalid').length, 0);
    assert.equal(doc.querySelectorAll('pre code').length, 2);
  });

  it('escapes every value: markup in a statement is text, no element, no script, no handler, no remote URL', () => {
    const evil = '<img src="https://evil.example/x.png" onerror="alert(1)"><script>alert(2)</script>';
    const markdown = fence(`id: G1\nstatement: '${evil} Client will walk 3 times a week.'\nmeasure:\n  instrument: count\n  baseline: 0\n  target: 3\n  unit: '<b>walks</b>'\ndue: 2027-01-01\n`);
    const doc = render(markdown);
    const card = doc.querySelector('.goalplan-goal-card');
    assert.ok(card, 'still a card');
    assert.ok(card.querySelector('.goalplan-statement')?.textContent?.startsWith('<img src='));
    assert.equal(doc.querySelectorAll('script, img, b, [onerror]').length, 0);
    // The HTML string the preview receives: every quote and angle bracket of the values escaped.
    const html = renderHtml(markdown);
    assert.doesNotMatch(html, /<script|<img|<b>|onerror="|src="|href=/i);
  });

  it('every goal of an example plan becomes a card, and each card\'s id matches its block', () => {
    const plan = readFileSync(path.join(REPO, 'examples', 'clinic', 'clients', 'C-0142', 'plan.md'), 'utf8');
    const ids = [...plan.matchAll(/```yaml goal\nid: (\S+)/g)].map((m) => m[1]);
    const doc = render(plan);
    assert.deepEqual(Array.from(doc.querySelectorAll('.goalplan-goal-card')).map((c) => c.getAttribute('data-goal')), ids);
    assert.ok(ids.length >= 3);
  });

  it('cards keep the preview\'s scroll sync (code-line with the block\'s source line)', () => {
    const card = render(fence(VALID)).querySelector('.goalplan-goal-card');
    assert.ok(card?.classList.contains('code-line'));
    assert.equal(card?.getAttribute('data-line'), '2');
  });
});
