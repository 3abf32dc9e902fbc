import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/parse/document';
import fc from 'fast-check';
import { diffPlans, diffSnapshots, isDiffable, snapshotOf } from '../../server/src/core/progress/planDiff';

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

  it('the same field values written in another key order are no change', () => {
    const reordered = G1.replace('due: 2026-12-01\n', '').replace('statement:', 'due: 2026-12-01\nstatement:').replace('  baseline: 0\n  target: 5\n', '  target: 5\n  baseline: 0\n');
    assert.notEqual(reordered, G1);
    assert.deepEqual(diffPlans(doc(fm('2026-12-01') + G1), doc(fm('2026-12-01') + reordered)).goals, []);
  });

  it('snapshots kept and diffed again (as the history reader does) give what fresh ones give', () => {
    // Each version's snapshot is the new side of one diff and the old side of the next.
    const goalText = fc.record({
      target: fc.integer({ min: 0, max: 3 }),
      due: fc.constantFrom('2026-12-01', '2027-01-15'),
      order: fc.boolean(),
      extra: fc.option(fc.constantFrom('[1, 2]', '{ a: 1 }', 'x'), { nil: undefined }),
    }).map((g) => (g.order ? `due: ${g.due}\nmeasure:\n  target: ${g.target}\n` : `measure:\n  target: ${g.target}\ndue: ${g.due}\n`) + (g.extra ? `note: ${g.extra}\n` : ''));
    const version = fc.tuple(fc.constantFrom('2026-12-01', '2027-01-15'), fc.subarray(['G1', 'G2', 'G3']), fc.array(goalText, { minLength: 3, maxLength: 3 }))
      .map(([next, ids, bodies]) => fm(next) + ids.map((id, i) => goal(id, bodies[i])).join(''));
    // An oracle written out here, field by field, so a shortcut in the diff cannot agree with itself.
    const leaves = (v: unknown, prefix = '', out = new Map<string, string>()) => {
      for (const [k, x] of Object.entries(v as object)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length > 0) leaves(x, key, out);
        else out.set(key, JSON.stringify(x));
      }
      return out;
    };
    const expected = (a: string, b: string) => {
      const [oa, ob] = [snapshotOf(doc(a)).goals, snapshotOf(doc(b)).goals];
      const out: Array<[string, string, string[]]> = [];
      for (const id of [...ob.keys(), ...[...oa.keys()].filter((k) => !ob.has(k))]) {
        const [la, lb] = [oa.has(id) ? leaves(oa.get(id)) : new Map<string, string>(), ob.has(id) ? leaves(ob.get(id)) : new Map<string, string>()];
        const fields = [...la.keys(), ...[...lb.keys()].filter((k) => !la.has(k))].filter((f) => la.get(f) !== lb.get(f));
        if (fields.length > 0) out.push([id, !oa.has(id) ? 'added' : !ob.has(id) ? 'removed' : 'changed', fields]);
      }
      return out;
    };
    fc.assert(fc.property(fc.array(version, { minLength: 2, maxLength: 5 }), (texts) => {
      const kept = texts.map((t) => snapshotOf(doc(t)));
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 1; i < texts.length; i++) {
          const d = diffSnapshots(kept[i - 1], kept[i]);
          assert.deepEqual(d, diffPlans(doc(texts[i - 1]), doc(texts[i])));
          assert.deepEqual(d.goals.map((g) => [g.goalId, g.kind, g.changes.map((c) => c.field)]), expected(texts[i - 1], texts[i]));
        }
      }
    }), { numRuns: 200 });
  });

  it('a version with broken front matter is not diffable', () => {
    assert.equal(isDiffable(doc('---\nkind: goal-plan\nclient: [\n---\n')), false);
    assert.equal(isDiffable(doc(fm('2026-12-01'))), true);
    assert.equal(isDiffable(doc('# just markdown\n')), false);
  });
});
