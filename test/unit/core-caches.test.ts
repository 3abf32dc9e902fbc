// The core's caches live in one place a reader can find (issue 11): server/src/core/cache.ts
// declares every text memo with its bound and what it keeps, and holds the per-object and
// per-client stores; no other module of the core keeps a cache of its own at module level.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEXT_MEMOS, TextMemo } from '../../server/src/core/cache';
import { parseDocument } from '../../server/src/core/parse/document';

const CORE = join(__dirname, '..', '..', 'server', 'src', 'core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the core\'s caches, in one place', () => {
  it('no module of the core but cache.ts keeps a Map, WeakMap or Set at module level (read-only lookup tables aside)', () => {
    const offenders: string[] = [];
    for (const f of tsFiles(CORE)) {
      const rel = relative(CORE, f);
      if (rel === 'cache.ts') continue;
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        // A top-level binding to a new, empty collection is a store filled as the program runs;
        // collections built from constants are lookup tables. The rule table is filled once at load.
        if (!/^(export )?(const|let|var) \w+(\s*:[^=]+)?\s*=\s*new (Weak)?(Map|Set)(<.*>)?\(\)/.test(line)) return;
        if (rel === join('rules', 'index.ts') && /\bbyName\b/.test(line)) return;
        offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, [], 'declare the cache in server/src/core/cache.ts');
  });

  it('every text memo says what it keeps and is bounded', () => {
    assert.ok(Object.keys(TEXT_MEMOS).length >= 7);
    for (const [name, m] of Object.entries(TEXT_MEMOS)) {
      assert.ok(m.keeps.length > 10, `${name} says what it keeps`);
      assert.ok(Number.isInteger(m.limit) && m.limit > 0 && m.limit <= 4096, `${name} is bounded`);
    }
  });

  it('a text memo lets the least recently used entry go first, and never grows past its bound', () => {
    const m = new TextMemo<number>(3, 'test entries');
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3);
    assert.equal(m.get('a'), 1, 'a is now the most recently used');
    m.set('d', 4);
    assert.equal(m.size, 3);
    assert.equal(m.get('b'), undefined, 'b, the least recently used, left');
    assert.deepEqual(['a', 'c', 'd'].map((k) => m.get(k)), [1, 3, 4]);
    let computed = 0;
    assert.equal(m.of('e', () => ++computed * 10), 10);
    assert.equal(m.of('e', () => ++computed * 10), 10, 'computed once');
    assert.equal(m.size, 3);
  });

  it('parsing through the memos gives the same document as parsing with them emptied', () => {
    const text = ['---', 'kind: goal-plan', 'client: C-1', '---', '', '```yaml goal', 'id: G1', 'statement: Client will walk 3 times a week.', '```', ''].join('\n');
    const first = parseDocument('a.md', text);
    const moved = text.replace('---\n\n', '---\n\nA line before the goal.\n\n');
    const again = parseDocument('b.md', moved);
    for (const m of Object.values(TEXT_MEMOS)) m.clear();
    const fresh = parseDocument('b.md', moved);
    assert.deepEqual(again.goalBlocks.map((b) => [b.goal, b.region.contentSpan]), fresh.goalBlocks.map((b) => [b.goal, b.region.contentSpan]));
    assert.equal(first.goalBlocks[0].region.contentSpan.start + 'A line before the goal.\n\n'.length, again.goalBlocks[0].region.contentSpan.start, 'the kept block shifted to where it now starts');
    assert.equal(again.goalBlocks.length, 1);
  });
});
