// GP109 horizon-mismatch: day limits are options.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

const plan = (horizon: string, due: string) => ['---', 'kind: goal-plan', 'client: C-9109', 'created: 2026-09-01', '---', '', '```yaml goal', 'id: G1', 'statement: x', `horizon: ${horizon}`, `due: ${due}`, '```', ''].join('\n');
const gp109 = (text: string, config?: string) => lintFiles({ 'plan.md': text }, { today: '2026-11-26', config }).filter((d) => d.rule === 'GP109');

describe('GP109 horizon-mismatch', () => {
  it('reads shortTermMaxDays and longTermMinDays', () => {
    assert.equal(gp109(plan('short-term', '2026-10-01')).length, 0); // 30 days
    assert.equal(gp109(plan('short-term', '2026-10-01'), 'rules:\n  GP109:\n    options: {shortTermMaxDays: 29}\n').length, 1);
    assert.equal(gp109(plan('long-term', '2026-10-01'), 'rules:\n  GP109:\n    options: {longTermMinDays: 31}\n').length, 1);
    assert.equal(gp109(plan('long-term', '2026-10-01')).length, 0);
  });
});
