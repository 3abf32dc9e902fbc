// GP101 vague-wording: the phrase's exact span, configured words, and the verb fixes.
import * as assert from 'node:assert/strict';
import { applyFix, lintFiles } from '../../helpers/lint';

function plan(statement: string, extra = ''): string {
  return ['---', 'kind: goal-plan', 'client: C-9101', '---', '', '```yaml goal', 'id: G1', `statement: ${statement}`, ...(extra ? extra.split('\n') : []), '```', ''].join('\n');
}

function gp101(text: string, config?: string) {
  return lintFiles({ 'plan.md': text }, { today: '2026-11-26', config }).filter((d) => d.rule === 'GP101');
}

describe('GP101 vague-wording', () => {
  it('offers the six observable verbs as unsafe replacements of the phrase, keeping capitals', () => {
    const text = plan('Feel better about going to work.');
    const [d] = gp101(text);
    assert.equal(text.slice(d.span.start, d.span.end), 'Feel better');
    assert.deepEqual(d.fixes!.map((f) => f.edits[0].newText), ['Identify', 'Practise', 'Record', 'Attend', 'Complete', 'Report']);
    assert.ok(d.fixes!.every((f) => !f.safe));
    const out = applyFix(text, d.fixes![3]);
    assert.equal(out, text.replace('Feel better', 'Attend'));
    assert.equal(gp101(out).length, 0);
  });

  it('falls back to the whole statement when an escape hides the phrase in the source, with no fix', () => {
    const text = plan('"Client will feel\\u0020better at work."');
    const [d] = gp101(text);
    assert.equal(text.slice(d.span.start, d.span.end), '"Client will feel\\u0020better at work."');
    assert.equal(d.fixes, undefined);
  });

  it('reads the configured list (add/remove)', () => {
    const text = plan('Client will be more sociable and understand things.');
    assert.equal(gp101(text).length, 1);
    const cfg = 'vagueWords:\n  add: [be more sociable]\n  remove: [understand]\n';
    const ds = gp101(text, cfg);
    assert.deepEqual(ds.map((d) => text.slice(d.span.start, d.span.end)), ['be more sociable']);
  });

  it('does not fire when the measure has baseline and target, fires when only one is there', () => {
    assert.equal(gp101(plan('Client will feel better.', 'measure:\n  instrument: PHQ-9\n  baseline: 16\n  target: 9')).length, 0);
    assert.equal(gp101(plan('Client will feel better.', 'measure:\n  instrument: PHQ-9\n  target: 9')).length, 1);
  });
});
