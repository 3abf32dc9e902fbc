// GP309 duplicate-note: similarity, options, same-client scope, and one fingerprint per document.
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../server/src/core/config/defaults';
import { lintAll } from '../../../server/src/core/lint';
import { Workspace } from '../../../server/src/core/model/workspace';
import { parseDocument } from '../../../server/src/core/parse/document';
import { duplicateNote } from '../../../server/src/core/rules/session/GP309-duplicate-note';
import { fingerprint, jaccard } from '../../../server/src/core/rules/session/noteFingerprint';
import { lintFiles } from '../../helpers/lint';

const WORDS = 'client reviewed the weekly activity log and described two walks one phone call and a visit to the library where she read for an hour before returning home to cook dinner with her brother'.split(' ');

function note(date: string, body: string, client = 'C-1'): string {
  return ['---', 'kind: session-log', `client: ${client}`, `date: ${date}`, '---', '', body, ''].join('\n');
}
const gp309 = (files: Record<string, string>, config?: string) => lintFiles(files, { config }).filter((d) => d.rule === 'GP309');

describe('GP309 duplicate-note', () => {
  it('jaccard of shingle sets', () => {
    const a = fingerprint('a b c d', 2).shingles, b = fingerprint('A  b, c. e', 2).shingles;
    assert.equal(jaccard(a, b), 2 / 4);
    assert.equal(jaccard(new Set(), new Set()), 0);
  });

  it('ignores headings, case, punctuation and line breaks', () => {
    const a = fingerprint('## Data\n\nHello, World again today', 3);
    const b = fingerprint('### Notes\nhello world\nAGAIN today!', 3);
    assert.deepEqual([...a.shingles], [...b.shingles]);
  });

  it('reports both notes of a copied pair, on the first body line, naming the other file', () => {
    const body = WORDS.join(' ');
    const ds = gp309({ 'a.md': note('2026-11-03', body), 'b.md': note('2026-11-10', body) });
    assert.equal(ds.length, 2);
    const b = ds.find((d) => d.uri === 'b.md')!;
    assert.match(b.message, /session of 2026-11-03 \(a\.md\)/);
    assert.match(b.message, /100%/);
    assert.equal(note('2026-11-10', body).slice(b.span.start, b.span.end), body);
  });

  it('threshold is configurable and inclusive', () => {
    // Changing one word of 36 (k=3) shares 31 of 39 shingles: 0.79.
    const a = WORDS.join(' '), b = WORDS.map((w, i) => (i === 18 ? 'museum' : w)).join(' ');
    const files = { 'a.md': note('2026-11-03', a), 'b.md': note('2026-11-10', b) };
    const sim = jaccard(fingerprint(a, 3).shingles, fingerprint(b, 3).shingles);
    assert.ok(sim < 0.9);
    assert.deepEqual(gp309(files), []);
    assert.equal(gp309(files, `rules:\n  GP309:\n    options:\n      threshold: ${sim}\n`).length, 2);
    assert.deepEqual(gp309(files, `rules:\n  GP309:\n    options:\n      threshold: ${sim + 0.001}\n`), []);
  });

  it('notes shorter than minWords are not compared', () => {
    const body = WORDS.slice(0, 19).join(' ');
    assert.deepEqual(gp309({ 'a.md': note('2026-11-03', body), 'b.md': note('2026-11-10', body) }), []);
    assert.equal(gp309({ 'a.md': note('2026-11-03', body), 'b.md': note('2026-11-10', body) }, 'rules:\n  GP309:\n    options:\n      minWords: 19\n').length, 2);
  });

  it('compares only within a client', () => {
    const body = WORDS.join(' ');
    assert.deepEqual(gp309({ 'a.md': note('2026-11-03', body, 'C-1'), 'b.md': note('2026-11-10', body, 'C-2') }), []);
  });

  it('fingerprints each document once per workspace, however many notes compare with it', () => {
    const ws = new Workspace();
    const docs = Array.from({ length: 6 }, (_, i) => parseDocument(`n${i}.md`, note(`2026-11-0${i + 1}`, WORDS.join(' '))));
    docs.forEach((d) => ws.set(d));
    let computed = 0;
    const memo = ws.memo.bind(ws);
    ws.memo = <T>(doc: Parameters<typeof memo>[0], key: string, compute: () => T): T => memo(doc, key, () => { computed++; return compute(); });
    const res = lintAll(ws, { today: '2026-11-26', rules: [duplicateNote], configFor: () => defaultConfig(), onRuleError: (_r, _u, e) => { throw e; } });
    assert.equal(computed, 6);
    assert.equal([...res.values()].flat().length, 6);
  });
});
