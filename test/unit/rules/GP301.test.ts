// GP301 unknown-goal: the plan chosen by date decides which ids are known; near misses get an
// offered (never automatic) rename.
import * as assert from 'node:assert/strict';
import { applyFix, lintFiles } from '../../helpers/lint';

function plan(created: string, ids: string[]): string {
  return ['---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', `created: ${created}`, '---', '',
    ...ids.flatMap((id) => ['```yaml goal', `id: ${id}`, 'statement: Client will attend 3 of 4 weekly group sessions.', '```', '']),
  ].join('\n');
}
function note(date: string, ids: string[]): string {
  return ['---', 'kind: session-log', 'client: C-1', `date: ${date}`, 'goals:', ...ids.flatMap((id) => [`  ${id}:`, '    progress: 0']), '---', ''].join('\n');
}
const gp301 = (files: Record<string, string>) => lintFiles(files).filter((d) => d.rule === 'GP301');

describe('GP301 unknown-goal', () => {
  it('uses the plan with the latest created on or before the session date', () => {
    const files = { 'p1.md': plan('2026-01-01', ['G1']), 'p2.md': plan('2026-06-01', ['G2']) };
    assert.deepEqual(gp301({ ...files, 's.md': note('2026-05-31', ['G1']) }), []);
    assert.equal(gp301({ ...files, 's.md': note('2026-06-01', ['G1']) }).length, 1);
    assert.deepEqual(gp301({ ...files, 's.md': note('2026-06-01', ['G2']) }), []);
  });

  it('suggests a single near miss as an unsafe fix', () => {
    const text = note('2026-11-10', ['G12']);
    const [d] = gp301({ 'p.md': plan('2026-01-01', ['G1', 'G2']), 's.md': text });
    assert.equal(text.slice(d.span.start, d.span.end), 'G12');
    assert.match(d.message, /Goal G12 is not in this client's plan\./); // two candidates: no guess in the message
    assert.equal(d.fixes?.length, 2);
    assert.ok(d.fixes!.every((f) => !f.safe));
    // Each offered id is named with its goal, so the clinician can tell G1 from G2 in the menu.
    assert.deepEqual(d.fixes!.map((f) => f.title), [
      'Change to G1 (Client will attend 3 of 4 weekly group sessions.)',
      'Change to G2 (Client will attend 3 of 4 weekly group sessions.)',
    ]);
    const [d2] = gp301({ 'p.md': plan('2026-01-01', ['G1', 'H7']), 's.md': note('2026-11-10', ['g1']) });
    assert.match(d2.message, /did you mean G1\?/);
    const fixed = applyFix(note('2026-11-10', ['g1']), d2.fixes![0]);
    assert.equal(fixed, note('2026-11-10', ['G1']));
  });

  it('never offers a rename onto an id the note already lists (it would duplicate the key)', () => {
    const [d] = gp301({ 'p.md': plan('2026-01-01', ['G1']), 's.md': note('2026-11-10', ['G1', 'g1']) });
    assert.match(d.message, /did you mean G1\?/);
    assert.deepEqual(d.fixes ?? [], []);
  });
});
