// Plan rules (GP003, GP101-GP113, GP201-GP207) must never throw, whatever the YAML holds: values
// of the wrong type, empty maps, nulls, odd nesting (schema-invalid values may reach a rule while
// the schema is being fixed). Random front matter and goal values, checked with onRuleError.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { defaultConfig } from '../../../server/src/core/config/defaults';
import { lintAll } from '../../../server/src/core/lint';
import { Workspace } from '../../../server/src/core/model/workspace';
import { parseDocument } from '../../../server/src/core/parse/document';
import { planRules } from '../../../server/src/core/rules/plan';

const scalar = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer({ min: -50, max: 200 }), fc.double({ noNaN: true }),
  fc.constantFrom('2026-11-25', '2026-11-26', '2026-02-30', '12w', '3mo', '0d', 'G1', 'P1', 'PHQ-9', 'count', 'met', 'short-term', 'long-term', 'feel better', ''),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom('every', 'last', 'next', 'instrument', 'baseline', 'target', 'id', 'text'), scalar, { maxKeys: 4 }));
const goal = fc.record(
  { id: value, statement: value, horizon: value, parent: value, problem: value, measure: value, start: value, due: value, status: value, closed: value, interventions: value },
  { requiredKeys: [] },
);
const front = fc.record({ created: value, review: value, problems: value, status: value, client: fc.constantFrom('C-1', 'C-2') }, { requiredKeys: [] });

describe('plan rules never throw', function () {
  this.timeout(60_000);
  it('on random front matter and goal values', () => {
    fc.assert(
      fc.property(front, fc.array(goal, { maxLength: 4 }), (fm, goals) => {
        const text = `---\nkind: goal-plan\n${stringify(fm)}---\n\n${goals.map((g) => '```yaml goal\n' + stringify(g) + '```\n').join('\n')}`;
        const ws = new Workspace();
        ws.set(parseDocument('plan.md', text));
        ws.set(parseDocument('s.md', '---\nkind: session-log\nclient: C-1\ndate: 2026-11-26\nreview: true\n---\n'));
        const errors: string[] = [];
        const config = defaultConfig();
        lintAll(ws, { today: '2026-11-26', rules: planRules, configFor: () => config, onRuleError: (r, _uri, e) => errors.push(`${r.id}: ${String(e)}`) });
        assert.deepEqual(errors, []);
      }),
      { numRuns: 200 },
    );
  });
});
