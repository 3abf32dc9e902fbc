// GP206 review-incomplete: unlisted active goals are named together on `review`; on-hold goals
// count as active; goals finished before the review date do not.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

const goal = (id: string, extra: string[] = []) => ['```yaml goal', `id: ${id}`, 'statement: Client will attend 3 of 4 weekly group sessions.', 'due: 2027-01-01', ...extra, '```', ''];
const PLAN = ['---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-09-01', '---', '',
  ...goal('G1'), ...goal('G2', ['status: on-hold']), ...goal('G3', ['status: discontinued', 'closed: 2026-11-09']), ...goal('G4', ['start: 2026-11-11'])].join('\n');

function note(fm: string[]): string {
  return ['---', 'kind: session-log', 'client: C-1', 'date: 2026-11-10', 'review: true', ...fm, '---', ''].join('\n');
}
const gp206 = (text: string) => lintFiles({ 'p.md': PLAN, 's.md': text }).filter((d) => d.rule === 'GP206');

describe('GP206 review-incomplete', () => {
  it('names every unlisted active goal in one diagnostic on `review`', () => {
    const text = note([]);
    const ds = gp206(text);
    assert.equal(ds.length, 1);
    assert.equal(text.slice(ds[0].span.start, ds[0].span.end), 'review');
    assert.match(ds[0].message, /goals G1, G2, active on 2026-11-10, are not listed/);
  });

  it('a listed goal without a valid decision is reported on its id', () => {
    const text = note(['goals:', '  G1:', '    decision: maybe', '  G2:']);
    const ds = gp206(text);
    assert.deepEqual(ds.map((d) => text.slice(d.span.start, d.span.end)), ['G1', 'G2']);
  });

  it('complete reviews and non-reviews pass', () => {
    assert.deepEqual(gp206(note(['goals:', '  G1: {decision: continue}', '  G2: {decision: revise}'])), []);
    assert.deepEqual(gp206(note([]).replace('review: true', 'review: false')), []);
  });

  it('does not run on a no-show or cancelled "review" (SPEC 5.1: it is not a review)', () => {
    assert.equal(gp206(note(['type: no-show'])).length, 0);
    assert.equal(gp206(note(['type: cancelled'])).length, 0);
    assert.equal(gp206(note(['type: family'])).length, 1);
  });
});
