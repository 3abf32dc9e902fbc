// GP114 absolute-wording (SPEC 5.4, 5.8): whole words, case-insensitive, delimited by
// non-alphanumerics (so `100%` and `never_` match, `nevertheless` does not); the list is
// configurable with `absoluteWords: {add, remove}`; the message never quotes the statement.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

function plan(statement: string): string {
  return ['---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-09-01', '---', '',
    '```yaml goal', 'id: G1', `statement: ${statement}`, '```', ''].join('\n');
}

function words(statement: string, config?: string): string[] {
  const text = plan(statement);
  return lintFiles({ 'plan.md': text }, { config }).filter((d) => d.rule === 'GP114').map((d) => text.slice(d.span.start, d.span.end));
}

describe('GP114 absolute-wording', () => {
  it('finds each default absolute as a whole word, in any case', () => {
    assert.deepEqual(words('Client will NEVER skip and Always walk, completely, totally, entirely, forever, perfectly.'),
      ['NEVER', 'Always', 'completely', 'totally', 'entirely', 'forever', 'perfectly']);
    assert.deepEqual(words('Client will call all the time and every time it rains.'), ['all the time', 'every time']);
  });

  it('is delimited by non-alphanumerics: 100% and never_ match, 1000% and nevertheless do not', () => {
    assert.deepEqual(words('Client will attend 100% of sessions (never_again).'), ['100%', 'never']);
    assert.deepEqual(words('Nevertheless client will attend 1000% more, 100 % of the way, everytime.'), []);
  });

  it('the list is configurable: add and remove (case-insensitive)', () => {
    const config = 'absoluteWords:\n  add: [without fail]\n  remove: [NEVER]\n';
    assert.deepEqual(words('Client will never skip and walk daily without fail.', config), ['without fail']);
    assert.deepEqual(words('Client will always walk.', 'rules:\n  absolute-wording: off\n'), []);
  });

  it('names the word and the goal, never the statement', () => {
    const [d] = lintFiles({ 'plan.md': plan('Client will never feel sad again, reported at 1 session.') }).filter((x) => x.rule === 'GP114');
    assert.match(d.message, /^G1: "never" makes the goal all-or-nothing/);
    assert.ok(!d.message.includes('feel sad'), d.message);
    assert.equal(d.severity, 'warning');
  });
});
