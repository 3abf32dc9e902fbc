import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/parse/document';
import { diffPlans, isDiffable } from '../../server/src/core/progress/planDiff';

const fm = (next: string) => `---
kind: goal-plan
client: C-1
clinician: rk
created: 2026-09-01
review:
  next: ${next}
---
`;
const goal = (id: string, body: string) => `\`\`\`yaml goal\nid: ${id}\n${body}\`\`\`\n\n`;
const G1 = goal('G1', 'statement: Client will log 5 thought records per week.\nmeasure:\n  instrument: count\n  baseline: 0\n  target: 5\n  unit: records per week\ndue: 2026-12-01\ninterventions:\n  - CBT, weekly, rk\n');
const doc = (text: string) => parseDocument('plan.md', text);

describe('plan version diff', () => {
  it('a new file adds every goal with all its fields', () => {
    const d = diffPlans(undefined, doc(fm('2026-12-01') + G1));
    assert.equal(d.goals.length, 1);
    assert.equal(d.goals[0].kind, 'added');
    assert.deepEqual(d.goals[0].changes.map((c) => c.field), ['id', 'statement', 'measure.instrument', 'measure.baseline', 'measure.target', 'measure.unit', 'due', 'interventions']);
    assert.deepEqual(d.goals[0].changes[7], { field: 'interventions', new: ['CBT, weekly, rk'] });
    assert.ok(d.planChanges.some((c) => c.field === 'review.next' && c.new === '2026-12-01'));
    assert.ok(!d.planChanges.some((c) => c.field === 'kind'));
  });

  it('reports field changes old -> new, re-targeting (target or due) and front-matter changes', () => {
    const before = doc(fm('2026-12-01') + G1);
    const after = doc(fm('2027-01-15') + G1.replace('target: 5', 'target: 3').replace('  - CBT, weekly, rk\n', '  - CBT, weekly, rk\n  - Behavioural activation, weekly, rk\n'));
    const d = diffPlans(before, after);
    assert.deepEqual(d.goals, [{
      goalId: 'G1', kind: 'changed', retargeted: true,
      changes: [
        { field: 'measure.target', old: 5, new: 3 },
        { field: 'interventions', old: ['CBT, weekly, rk'], new: ['CBT, weekly, rk', 'Behavioural activation, weekly, rk'] },
      ],
    }]);
    assert.deepEqual(d.planChanges, [{ field: 'review.next', old: '2026-12-01', new: '2027-01-15' }]);
    const due = diffPlans(before, doc(fm('2026-12-01') + G1.replace('due: 2026-12-01', 'due: 2027-02-01')));
    assert.equal(due.goals[0].retargeted, true);
    const wording = diffPlans(before, doc(fm('2026-12-01') + G1.replace('5 thought', 'five thought')));
    assert.equal(wording.goals[0].retargeted, false);
  });

  it('unchanged plans and re-ordered goals give no goal changes', () => {
    const G2 = goal('G2', 'statement: Client will walk 3 times per week.\ndue: 2026-12-01\n');
    assert.deepEqual(diffPlans(doc(fm('2026-12-01') + G1 + G2), doc(fm('2026-12-01') + G2 + G1)).goals, []);
  });

  it('removed goals list their old fields; a goal block with a YAML error is neither added nor removed', () => {
    const G2 = goal('G2', 'statement: Client will walk 3 times per week.\ndue: 2026-12-01\n');
    const removed = diffPlans(doc(fm('2026-12-01') + G1 + G2), doc(fm('2026-12-01') + G1));
    assert.deepEqual(removed.goals.map((g) => [g.goalId, g.kind, g.changes[0]]), [['G2', 'removed', { field: 'id', old: 'G2' }]]);
    const broken = doc(fm('2026-12-01') + G1 + goal('G2', 'statement: [unclosed\n'));
    assert.equal(broken.goalBlocks[1].goal, undefined);
    assert.deepEqual(diffPlans(doc(fm('2026-12-01') + G1 + G2), broken).goals, []);
  });

  it('keeps what was written even when it fails the schema (an audit trail shows invalid values too)', () => {
    const d = diffPlans(doc(fm('2026-12-01') + G1), doc(fm('2026-12-01') + G1.replace('due: 2026-12-01', 'due: 2026-02-30')));
    assert.deepEqual(d.goals[0].changes, [{ field: 'due', old: '2026-12-01', new: '2026-02-30' }]);
  });

  it('a version with broken front matter is not diffable', () => {
    assert.equal(isDiffable(doc('---\nkind: goal-plan\nclient: [\n---\n')), false);
    assert.equal(isDiffable(doc(fm('2026-12-01'))), true);
    assert.equal(isDiffable(doc('# just markdown\n')), false);
  });
});
