// GP205 goal-past-due: the four fixes (met / revised / discontinued / extend due) are offered,
// none is safe, each leaves a valid plan without GP205 and touches only the bytes it must.
import * as assert from 'node:assert/strict';
import { applyFix, lintFiles } from '../../helpers/lint';

const TODAY = '2026-11-26';

function plan(goal: string): string {
  return [
    '---', 'kind: goal-plan', 'client: C-9205', 'clinician: RK', 'created: 2026-09-01', '---', '',
    '```yaml goal', ...goal.split('\n'), '```', '',
  ].join('\n');
}

function diag(text: string) {
  const ds = lintFiles({ 'plan.md': text }, { today: TODAY }).filter((d) => d.rule === 'GP205');
  assert.equal(ds.length, 1, 'one GP205 expected');
  return ds[0];
}

function relint(text: string) {
  return lintFiles({ 'plan.md': text }, { today: TODAY }).filter((d) => ['GP001', 'GP002', 'GP205'].includes(d.rule));
}

describe('GP205 goal-past-due', () => {
  it('reports only when due is strictly before today and the status is active (or absent)', () => {
    const count = (goal: string) => lintFiles({ 'plan.md': plan(goal) }, { today: TODAY }).filter((d) => d.rule === 'GP205').length;
    assert.equal(count('id: G1\nstatement: x\ndue: 2026-11-25'), 1);
    assert.equal(count('id: G1\nstatement: x\ndue: 2026-11-26'), 0);
    assert.equal(count('id: G1\nstatement: x\nstatus: on-hold\ndue: 2026-11-25'), 0);
    assert.equal(count('id: G1\nstatement: x\nstatus: discontinued\ndue: 2026-11-25'), 0);
  });

  it('marks the goal met / revised / discontinued: replaces status, adds closed after it', () => {
    const text = plan('id: G1\nstatement: Client will attend 10 of 12 sessions.\nstatus: active\ndue: 2026-11-01\ninterventions:\n  - CBT, weekly, RK');
    const d = diag(text);
    const titles = d.fixes!.map((f) => f.title);
    assert.deepEqual(titles, ['Extend G1 to 2027-01-26', 'Mark G1 met (closed 2026-11-26)', 'Mark G1 revised (closed 2026-11-26)', 'Mark G1 discontinued (closed 2026-11-26)']);
    assert.ok(d.fixes!.every((f) => f.safe === false));
    for (const status of ['met', 'revised', 'discontinued']) {
      const fix = d.fixes!.find((f) => f.title.startsWith(`Mark G1 ${status} `))!;
      const out = applyFix(text, fix);
      assert.ok(out.includes(`status: ${status}\nclosed: 2026-11-26\ndue: 2026-11-01\ninterventions:\n  - CBT, weekly, RK\n`), out);
      assert.deepEqual(relint(out), []);
    }
  });

  it('adds status and closed after due when the goal has no status, and replaces an existing closed', () => {
    const text = plan('id: G1\nstatement: Client will attend 10 of 12 sessions.\ndue: 2026-11-01\nweight: 2');
    const met = applyFix(text, diag(text).fixes!.find((f) => f.title.startsWith('Mark G1 met'))!);
    assert.ok(met.includes('due: 2026-11-01\nstatus: met\nclosed: 2026-11-26\nweight: 2\n'), met);
    assert.deepEqual(relint(met), []);

    const text2 = plan("id: G1\nstatement: x y z\nstatus: 'active'\nclosed: 2026-10-30\ndue: 2026-11-01");
    const met2 = applyFix(text2, diag(text2).fixes!.find((f) => f.title.startsWith('Mark G1 met'))!);
    assert.ok(met2.includes("status: 'met'\nclosed: 2026-11-26\ndue: 2026-11-01"), met2);
  });

  it('extends due by the original start -> due length, or 30 days without a usable start', () => {
    const text = plan('id: G1\nstatement: x y z\nstart: 2026-10-01\ndue: "2026-11-15"');
    const ext = diag(text).fixes!.find((f) => f.title.startsWith('Extend'))!;
    const out = applyFix(text, ext);
    assert.ok(out.includes('due: "2027-01-10"'), out); // 45 days after today, quotes kept
    assert.equal(out.length, text.length);
    assert.deepEqual(relint(out), []);

    const noStart = ['---', 'kind: goal-plan', 'client: C-1', '---', '', '```yaml goal', 'id: G1', 'statement: x y z', 'due: 2026-11-15', '```', ''].join('\n');
    const ext2 = diag(noStart).fixes!.find((f) => f.title.startsWith('Extend'))!;
    assert.equal(ext2.title, 'Extend G1 to 2026-12-26');
  });
});
