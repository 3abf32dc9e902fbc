// The fast line scanner must give exactly what remark gives (headings, `yaml goal` fences, HTML)
// whenever it answers at all, and must answer for the plain files the benchmark corpus holds
// (else the speed-up is gone). remark stays the reference: see server/src/core/parse/markdown.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { computeLineStarts } from '../../server/src/core/parse/lines';
import { fastScan, remarkScan } from '../../server/src/core/parse/markdown';
import { generateCorpus } from '../bench/corpus';

const REPO = path.resolve(__dirname, '..', '..');

function agree(text: string, name: string): boolean {
  const lineStarts = computeLineStarts(text);
  const fast = fastScan(text, lineStarts);
  if (fast === undefined) return false;
  assert.deepEqual(fast, remarkScan(text, lineStarts), `fast scan differs from remark on ${name}`);
  return true;
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (/\.md$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Lines that stay in the fast scanner's subset and lines that leave it or change the structure. */
const LINES = [
  '', '   ', 'Plain paragraph text.', 'Client reported sleep improved.', '## Plan', '# Treatment plan C-1000', '### G1 Reduce anxiety (PHQ-9)',
  '## Plan ##', '##Plan', '#', '####### seven', '## Plan  ', '## *Emphasis*', '## A &amp; B', '## [link]', '## `code`', '## Évaluation',
  '```yaml goal', '```yaml goal ', '```yaml  goal', '``` yaml goal', '```yaml', '```', '````', '~~~yaml goal', '~~~', ' ```', '   ```', '    ```',
  '```yaml goal`', '```yaml\\ goal', '```', '```  ', 'id: G1', 'status: active', '  - intervention', '- list item', '* star item', '+ plus item',
  '1. ordered', '2) ordered', '1.5 hours', '- - -', '***', '---', '===', 'Setext', '> quote', '>quote', '<!-- goalplan-disable GP101 -->',
  'text <!-- goalplan-disable-next-line GP101 --> more', '<div>', '    indented code', '  continuation', '**Bold:** text', '_em_ text', '[ref]: http://x',
  '| a | b |', '\\# not a heading', '&#35; entity', 'text\twith tab', '-', '1.', '- ```yaml goal', '  ```yaml goal', '\u00a0', 'end <',
];

/** Lines inside the subset, so that many generated files reach the fast scanner. */
const PLAIN = ['', 'Plain paragraph text.', '## Plan', '### G1 Reduce anxiety (PHQ-9)', '```yaml goal', '```', '~~~', 'id: G1', '- list item', '1. ordered', '  continuation', '**Bold:** text'];

describe('markdown fast scan', () => {
  it('agrees with remark on every fixture and example file it takes', () => {
    const files = [...markdownFiles(path.join(REPO, 'test')), ...markdownFiles(path.join(REPO, 'examples'))];
    assert.ok(files.length > 50, 'fixtures found');
    let taken = 0;
    for (const f of files) if (agree(fs.readFileSync(f, 'utf8'), path.relative(REPO, f))) taken++;
    assert.ok(taken > 0, 'the fast scanner takes some fixtures');
  });

  it('takes every file of the benchmark corpus, and agrees with remark on them', () => {
    for (const f of generateCorpus({ clients: 4, sessionsPerClient: 12, seed: 5 })) assert.ok(agree(f.text, f.path), `${f.path} fell back to remark`);
  });

  it('agrees with remark on generated Markdown (or leaves it to remark)', () => {
    const line = fc.oneof(
      { arbitrary: fc.constantFrom(...PLAIN), weight: 4 },
      fc.constantFrom(...LINES),
      fc.tuple(fc.constantFrom('', '# ', '## ', '- ', '1. ', '  ', '```', 'x '), fc.string({ unit: 'grapheme-ascii', maxLength: 12 })).map(([a, b]) => a + b),
    );
    const frontMatter = fc.constantFrom('---\nkind: session-log\n---\n', '---\nkind: goal-plan\n---\n', '---\n---\n', '---\na: 1\n--- \n', '---\r\nkind: x\r\n---\r\n', '');
    let taken = 0;
    fc.assert(fc.property(frontMatter, fc.array(line, { maxLength: 14 }), fc.boolean(), (fm, lines, finalNewline) => {
      const text = fm + lines.join('\n') + (finalNewline ? '\n' : '');
      if (agree(text, JSON.stringify(text))) taken++;
    }), { numRuns: 3000, seed: 20261126 });
    assert.ok(taken > 300, `the fast scanner took only ${taken} of 3000 generated files`);
  });
});
