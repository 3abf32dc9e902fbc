// "New session note" as a snippet (issue 14): the cursor starts in the first section, Tab visits
// each active goal's level and value and each scheduled or usual measure; nothing is pre-filled.
import { strict as assert } from 'node:assert';
import { newNoteSnippet } from '../../server/src/core/newNote';
import { parseDocument } from '../../server/src/core/parse/document';

const BASE = { client: 'C-0142', date: '2026-11-26', type: 'therapy', format: 'SOAP', sections: ['Subjective', 'Objective', 'Assessment', 'Plan'] };

/** The snippet with stop k filled with `fill(k)`, escapes undone: the text the clinician ends with. */
function filled(snippet: string, fill: (k: number) => string): string {
  return snippet.replace(/\$\{(\d+)\}/g, (_, k: string) => fill(Number(k))).replace(/\$0$/, '').replace(/\\([$}\\])/g, '$1');
}

describe('new session note snippet', () => {
  it('starts in the first section, then visits levels, values and scores in order, all empty', () => {
    const s = newNoteSnippet({ ...BASE, goals: ['G1', 'G2'], valueGoals: ['G2'], measures: ['PHQ-9', 'SRS'] });
    assert.match(s, /## Subjective\n\n\$\{1\}\n/, 'stop 1 is the first section');
    assert.deepEqual([...s.matchAll(/\$\{(\d+)\}/g)].map((m) => Number(m[1])), [2, 3, 4, 5, 6, 1]);
    assert.match(s, /^ {2}G1:\n {4}progress: \$\{2\}\n {2}G2:\n {4}progress: \$\{3\}\n {4}value: \$\{4\}\nmeasures:\n {2}PHQ-9: \$\{5\}\n {2}SRS: \$\{6\}$/m);
    assert.ok(s.endsWith('$0'), 'the final cursor after the last section');
    assert.doesNotMatch(s, /\$\{\d+:/, 'no default text: nothing is recorded for the clinician');
    const doc = parseDocument('n.md', filled(s, (k) => (k === 1 ? 'Reports a calmer week.' : '1')));
    assert.equal(doc.broken, false);
    assert.deepEqual(Object.keys(doc.session?.goals ?? {}), ['G1', 'G2']);
    assert.deepEqual(doc.session?.measures, { 'PHQ-9': 1, SRS: 1 });
  });

  it('keeps snippet syntax in ids literal and ids typed as written', () => {
    const s = newNoteSnippet({ ...BASE, client: '$C}1', goals: ['007', 'true'], valueGoals: [], measures: [] });
    assert.match(s, /^client: \\\$C\\\}1$/m, '$ and } escaped for the snippet');
    const doc = parseDocument('n.md', filled(s, () => '0'));
    assert.equal(doc.session?.client, '$C}1');
    assert.deepEqual(Object.keys(doc.session?.goals ?? {}), ['007', 'true']);
  });

  it('without a format: no sections, the stops are the values', () => {
    const s = newNoteSnippet({ ...BASE, sections: [], goals: ['G1'], valueGoals: [], measures: [] });
    assert.deepEqual([...s.matchAll(/\$\{(\d+)\}/g)].map((m) => Number(m[1])), [1]);
  });
});
