// Property: session rules and GP401 never throw and report only ranges inside the document,
// whatever values (wrong types, nulls, huge numbers, odd keys) the front matter holds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { defaultConfig } from '../../../server/src/core/config/defaults';
import { lintAll } from '../../../server/src/core/lint';
import { Workspace } from '../../../server/src/core/model/workspace';
import { parseDocument } from '../../../server/src/core/parse/document';
import { phiRule } from '../../../server/src/core/rules/common/GP401-phi-identifier';
import { sessionRules } from '../../../server/src/core/rules/session';

const PLAN = [
  '---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-09-01', 'closed: 2026-12-01', '---', '',
  '```yaml goal', 'id: G1', 'statement: Client will lower PHQ-9 from 15 to 7 by June.', 'measure:', '  instrument: PHQ-9', '  baseline: 15', '  target: 7', 'due: 2027-06-01', '```', '',
  '```yaml goal', 'id: G2', 'statement: x', 'status: met', 'measure: {instrument: ORS, baseline: 20, target: 30}', '```', '',
  '```yaml goal', 'id: G3', 'statement: [broken', '```', '',
].join('\n');

const scalar = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -100, max: 200 }), fc.double({ noNaN: false }), fc.string({ maxLength: 12 }),
  fc.constantFrom('2026-11-10', '2026-02-30', '10:00', '90834', 'PHQ-9', 'met', 'SOAP', 'G1', 'G3', '555-201-3344'));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 10 }), fc.dictionary(fc.constantFrom('score', 'items', 'progress', 'value', 'decision', 'note', 'by', 'date'), fc.oneof(scalar, fc.array(scalar, { maxLength: 10 })), { maxKeys: 4 }));
const fmArb = fc.record({
  date: fc.oneof(fc.constantFrom('2026-08-01', '2026-11-10', '2026-12-24'), scalar),
  type: fc.oneof(fc.constantFrom('therapy', 'intake', 'no-show', 'review'), scalar),
  format: fc.oneof(fc.constantFrom('SOAP', 'DAP', 'BIRP', 'GIRP'), scalar),
  review: value, cpt: value, duration: value, start: value, end: value, risk: value, signed: value,
  goals: fc.oneof(value, fc.dictionary(fc.constantFrom('G1', 'G2', 'G3', 'G9', 'g1'), value, { maxKeys: 4 })),
  measures: fc.oneof(value, fc.dictionary(fc.constantFrom('PHQ-9', 'phq-9', 'GAD-7', 'ORS', 'count', 'X'), value, { maxKeys: 3 })),
}, { requiredKeys: [] });

describe('session rules and GP401: robustness', () => {
  it('never throw and keep every range inside the document', function () {
    this.timeout(60_000);
    const plan = parseDocument('plan.md', PLAN);
    fc.assert(fc.property(fmArb, fc.string({ maxLength: 200 }), (fm, body) => {
      const text = `---\n${stringify({ kind: 'session-log', client: 'C-1', ...fm })}---\n${body}\n`;
      const ws = new Workspace();
      ws.set(plan);
      ws.set(parseDocument('s.md', text));
      ws.set(parseDocument('t.md', text.replace('kind: session-log', 'kind: session-log\n# copy')));
      const res = lintAll(ws, {
        today: '2026-11-26', rules: [...sessionRules, phiRule], configFor: () => defaultConfig(),
        onRuleError: (r, uri, e) => { throw new Error(`${r.id} threw on ${uri}: ${String(e)}`); },
      });
      for (const [uri, ds] of res) {
        const len = ws.get(uri)!.text.length;
        for (const d of ds) assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= len, `${d.rule} range out of ${uri}`);
      }
    }), { numRuns: 150 });
  });
});
