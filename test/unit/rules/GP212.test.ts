// GP212 closed-plan-open-goals (SPEC 5.4, 5.8): a closed plan with active or on-hold goals; the
// fixes mark each goal met or discontinued with the plan's closing date. They record a clinical
// outcome: never safe, so `--fix` and fix-all never apply them (and the editor never prefers them).
import * as assert from 'node:assert/strict';
import { pickEdits } from '../../../server/src/cli/fix';
import { lintDocument } from '../../../server/src/core/lint';
import { Workspace } from '../../../server/src/core/model/workspace';
import { parseDocument } from '../../../server/src/core/parse/document';
import { defineRule } from '../../../server/src/core/rules/types';
import { applyFix, lintFiles } from '../../helpers/lint';

const TODAY = '2026-11-26';

function plan(front: string, goal: string): string {
  return ['---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-03-02', ...front.split('\n'), '---', '',
    '```yaml goal', ...goal.split('\n'), '```', ''].join('\n');
}

function gp212(text: string) {
  return lintFiles({ 'plan.md': text }, { today: TODAY }).filter((d) => d.rule === 'GP212');
}

function text0(): string {
  return plan('status: closed', 'id: G1\nstatement: x y z');
}

describe('GP212 closed-plan-open-goals', () => {
  it('a plan is closed by status, or by a closed date on or before today', () => {
    const goal = 'id: G1\nstatement: Client will ride the bus on 4 of 5 weekdays.\ndue: 2026-12-01';
    assert.equal(gp212(plan('status: closed', goal)).length, 1);
    assert.equal(gp212(plan('closed: 2026-11-26', goal)).length, 1);
    assert.equal(gp212(plan('closed: 2026-11-27', goal)).length, 0);
    assert.equal(gp212(plan('status: active', goal)).length, 0);
  });

  it('names the goal, its status and the closing date', () => {
    const [a] = gp212(plan('closed: 2026-10-30\nstatus: closed', 'id: G1\nstatement: x y z\nstatus: on-hold'));
    assert.equal(a.message, 'G1 is still on hold but the plan closed on 2026-10-30; record how the goal ended (met or discontinued).');
    const [b] = gp212(plan('status: closed', 'id: G1\nstatement: x y z'));
    assert.match(b.message, /^G1 is still active but the plan is closed;/);
  });

  it('offers mark met / discontinued with the plan\'s closed date; never safe; the result is clean', () => {
    const text = plan('closed: 2026-10-30\nstatus: closed', 'id: G1\nstatement: Client will ride the bus on 4 of 5 weekdays.\nstatus: active\ndue: 2026-12-01\ninterventions:\n  - Exposure, weekly, rk');
    const [d] = gp212(text);
    assert.deepEqual(d.fixes!.map((f) => [f.title, f.safe, f.outcome]), [
      ['Mark G1 met (closed 2026-10-30)', false, true],
      ['Mark G1 discontinued (closed 2026-10-30)', false, true],
    ]);
    for (const [i, status] of ['met', 'discontinued'].entries()) {
      const out = applyFix(text, d.fixes![i]);
      assert.ok(out.includes(`status: ${status}\nclosed: 2026-10-30\ndue: 2026-12-01\ninterventions:\n`), out);
      assert.deepEqual(lintFiles({ 'plan.md': out }, { today: TODAY }).filter((x) => ['GP001', 'GP002', 'GP212'].includes(x.rule)), []);
    }
  });

  it('without a status key the keys go after due; without a usable plan date the goal closes today', () => {
    const text = plan('status: closed', 'id: G1\nstatement: x y z\ndue: 2026-12-01\nweight: 2');
    const out = applyFix(text, gp212(text)[0].fixes![0]);
    assert.ok(out.includes('due: 2026-12-01\nstatus: met\nclosed: 2026-11-26\nweight: 2\n'), out);
    const later = plan('status: closed\nclosed: 2026-12-15', 'id: G1\nstatement: x y z');
    assert.equal(gp212(later)[0].fixes![0].title, 'Mark G1 met (closed 2026-11-26)');
  });

  it('--fix never applies an outcome fix, even one a rule marked safe by mistake', () => {
    const text = plan('status: closed', 'id: G1\nstatement: x y z');
    const ds = lintFiles({ 'plan.md': text }, { today: TODAY });
    assert.deepEqual(pickEdits(ds.filter((d) => d.rule === 'GP212'), 'plan.md'), []);
    // The lint function's classification: GP205's outcome fixes are unsafe too.
    const past = plan('', 'id: G1\nstatement: x y z\ndue: 2026-11-01');
    const gp205 = lintFiles({ 'plan.md': past }, { today: TODAY }).find((d) => d.rule === 'GP205')!;
    assert.ok(gp205.fixes!.filter((f) => f.title.startsWith('Mark')).every((f) => f.outcome && !f.safe));
  });

  it('the lint function makes an outcome fix unsafe whatever the rule says (eager and lazy fixes)', () => {
    const doc = parseDocument('plan.md', text0());
    const ws = new Workspace();
    ws.set(doc);
    const fix = { title: 'Mark met', edits: [{ span: { start: 0, end: 0 }, newText: '' }], safe: true, outcome: true };
    const other = { title: 'Copy a date', edits: [{ span: { start: 0, end: 0 }, newText: '' }], safe: true };
    const careless = defineRule({
      id: 'GP999', alias: 'careless', description: 'test', defaultSeverity: 'warning', appliesTo: 'goal-plan', fixable: true,
      check(ctx) {
        ctx.report({ span: { start: 0, end: 3 }, message: 'eager', fixes: [fix, other] });
        ctx.report({ span: { start: 0, end: 3 }, message: 'lazy', fixes: () => [fix, other] });
      },
    });
    const ds = lintDocument(doc, ws, { today: TODAY, rules: [careless] });
    assert.deepEqual(ds.map((d) => d.fixes!.map((f) => f.safe)), [[false, true], [false, true]]);
  });
});
