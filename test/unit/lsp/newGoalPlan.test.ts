// goalplan/newGoalPlan as a plain function (services/newGoalPlan.ts): where the plan goes, whose
// clinician and which review interval it takes, and which client ids it refuses.
import { strict as assert } from 'node:assert';
import { parse as parseYaml } from 'yaml';
import { newGoalPlan } from '../../../server/src/lsp/services/newGoalPlan';
import { ROOT, testContext } from './context';

const PLAN = `---
kind: goal-plan
client: C-0142
clinician: RK
created: 2026-08-03
review:
  next: 2027-01-18
---
`;

function frontMatter(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
}

describe('services: newGoalPlan', () => {
  it('a new client: clients/<id>/plan.md under the first root, dated today, review.every the configured interval', () => {
    const ctx = testContext({}, { today: '2026-11-26', config: { review: { maxInterval: '12w' } } });
    const r = newGoalPlan(ctx, { client: 'C-0999' });
    assert.equal(r.path, `${ROOT}/clients/C-0999/plan.md`);
    assert.equal(r.uri, `file://${ROOT}/clients/C-0999/plan.md`);
    assert.equal(r.date, '2026-11-26');
    const fm = frontMatter(r.text);
    assert.equal(fm.created, '2026-11-26');
    assert.deepEqual(fm.review, { every: '12w', next: '2027-02-18' });
    assert.equal(fm.clinician, 'initials');
  });

  it('a client with a plan: next to it, with that plan\'s clinician', () => {
    const ctx = testContext({ 'caseload/C-0142/plan.md': PLAN });
    const r = newGoalPlan(ctx, { client: 'C-0142', date: '2026-12-01' });
    assert.equal(r.path, `${ROOT}/caseload/C-0142/plan.md`);
    assert.equal(frontMatter(r.text).clinician, 'RK');
    assert.equal(frontMatter(r.text).created, '2026-12-01');
  });

  it('refuses ids with path syntax or spaces, and impossible dates', () => {
    const ctx = testContext({});
    for (const client of ['../x', 'a/b', 'C 1', '', '.x']) assert.throws(() => newGoalPlan(ctx, { client }), /client code|not a path|no spaces|Type the client|letter or digit/, client);
    assert.throws(() => newGoalPlan(ctx, { client: 'C-1', date: '2026-02-30' }), /not a date/);
  });
});
