// "GoalPlan: New goal plan": the SMART template (core/templates/goalPlan.ts) lints with no error
// as written (every tab stop at its default), computes its review dates from the interval and
// "today", and the client id is a pseudonymous code that cannot reach outside its folder.
import { strict as assert } from 'node:assert';
import { parse as parseYaml } from 'yaml';
import { goalPlanTemplate } from '../../server/src/core/templates/goalPlan';
import { clientIdProblem } from '../../server/src/shared/clientId';
import { configFromYaml, lintFiles } from '../helpers/lint';

function frontMatter(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
}

function goalBlock(text: string): Record<string, unknown> {
  return parseYaml(/```yaml goal\n([\s\S]*?)```/.exec(text)![1]) as Record<string, unknown>;
}

describe('New goal plan: the SMART template', () => {
  for (const [every, today] of [['90d', '2026-11-26'], ['12w', '2026-02-28'], ['3mo', '2026-01-31'], ['6mo', '2027-06-15'], ['30d', '2028-02-29']]) {
    it(`lints with no error with review every ${every} from ${today}`, () => {
      const { text } = goalPlanTemplate({ client: 'C-0999', today, every });
      const config = configFromYaml(`review:\n  maxInterval: ${every}\n`);
      const diags = lintFiles({ 'clients/C-0999/plan.md': text }, { today, config });
      const errors = diags.filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => `${d.rule}: ${d.message}`), []);
    });
  }

  it('has no warning either with the default interval (a SMART goal as written)', () => {
    const { text } = goalPlanTemplate({ client: 'C-0999', today: '2026-11-26', every: '90d' });
    const diags = lintFiles({ 'clients/C-0999/plan.md': text }, { today: '2026-11-26' });
    assert.deepEqual(diags.filter((d) => d.severity !== 'info').map((d) => d.rule), []);
  });

  it('dates: created and start are today; review.next and due are today + the interval', () => {
    const { text, next } = goalPlanTemplate({ client: 'C-0999', today: '2026-01-31', every: '1mo' });
    assert.equal(next, '2026-02-28');
    const fm = frontMatter(text);
    assert.equal(fm.created, '2026-01-31');
    assert.deepEqual(fm.review, { every: '1mo', next: '2026-02-28' });
    const goal = goalBlock(text);
    assert.equal(goal.start, '2026-01-31');
    assert.equal(goal.due, '2026-02-28');
    assert.equal(goal.horizon, 'short-term');
    assert.equal(goalBlock(goalPlanTemplate({ client: 'C-1', today: '2026-01-01', every: '6mo' }).text).horizon, 'long-term');
  });

  it('the snippet has the fill-in parts as tab stops, mirrors the measure from the statement, and ends at $0', () => {
    const { snippet } = goalPlanTemplate({ client: 'C-0999', today: '2026-11-26', every: '90d' });
    assert.match(snippet, /^clinician: \$\{1:initials\}$/m);
    assert.match(snippet, /^statement: Client will \$\{4:reduce depressive symptoms\} from a \$\{5:PHQ-9\} of \$\{6:15\} to \$\{7:9\} \$\{8:or below\} by 2027-02-24\.$/m);
    assert.match(snippet, /^ {2}instrument: \$5\n {2}baseline: \$6\n {2}target: \$7$/m);
    assert.match(snippet, /^type: \$\{9\|emotional,behavioral,cognitive\|\}$/m);
    assert.ok(snippet.endsWith('```\n$0'));
  });

  it('the plain text is the snippet with every tab stop at its default', () => {
    const { snippet, text } = goalPlanTemplate({ client: 'C-0999', today: '2026-11-26', every: '90d', clinician: 'RK' });
    const defaults = new Map<string, string>();
    const expanded = snippet
      .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, d: string) => (defaults.set(n, d), d))
      .replace(/\$\{(\d+)\|([^,|]*)[^}]*\}/g, (_, n: string, d: string) => (defaults.set(n, d), d))
      .replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '');
    assert.equal(expanded, text);
    assert.match(text, /^clinician: RK$/m);
  });

  it('a numeric-looking client id stays a string (quoted), so the plan has no schema error', () => {
    const { text } = goalPlanTemplate({ client: '0142', today: '2026-11-26', every: '90d' });
    assert.equal(frontMatter(text).client, '0142');
    assert.deepEqual(lintFiles({ 'clients/0142/plan.md': text }).filter((d) => d.severity === 'error'), []);
  });
});

describe('New goal plan: the client id', () => {
  it('accepts pseudonymous codes', () => {
    for (const id of ['C-0142', '0142', 'client_7', 'A.B-3']) assert.equal(clientIdProblem(id), undefined, id);
  });

  it('rejects empty, spaces and anything with path syntax', () => {
    for (const id of ['', 'C 0142', '../etc', 'a/b', 'a\\b', 'C:', '.hidden', '-x', 'a..b', 'x'.repeat(65)]) {
      assert.ok(clientIdProblem(id), `accepted ${JSON.stringify(id)}`);
    }
  });
});
