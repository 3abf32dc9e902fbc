// The shipped validators (generated/validators.js, ajv standalone code) must be exactly what the
// current schemas/ compile to; otherwise an edited schema would silently not apply.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSource } from '../../server/src/core/schema/standalone';
import { createAjv } from '../../server/src/core/schema/ajvSetup';
import { validatorFor } from '../../server/src/core/schema/registry';
import { ROOTS, type SchemaKind } from '../../server/src/core/schema/schemaFiles';

describe('generated schema validators', () => {
  it('are up to date with schemas/ (run: npx tsx schemas/generate-validators.ts)', () => {
    const file = readFileSync(join(__dirname, '../../server/src/core/schema/generated/validators.js'), 'utf8');
    assert.ok(file === generatedSource(), 'server/src/core/schema/generated/validators.js is stale: regenerate it');
  });

  it('give the same verdicts and errors as compiling the schemas now', () => {
    const ajv = createAjv();
    const samples: Record<SchemaKind, unknown[]> = {
      'goal-plan': [{}, { kind: 'goal-plan', client: 'C-1', clinician: 'rk', created: '2026-02-30', review: { every: '3 months' } }],
      goal: [{ id: 'G1', statement: 'x', gas: { 3: 'x' }, weight: 0 }, { id: 'G1', statement: 'x', due: '2026-12-01' }],
      'session-log': [{ kind: 'session-log', client: 'C-1', date: '2026-09-16', goals: { G1: { progress: 1.5 } }, measures: { X: 'hi' } }],
      'discharge-summary': [{ kind: 'discharge-summary', client: 'C-1', date: '2026-11-20', reason: 'finished', goals: { G1: { note: 'x' } }, measures: { 'PHQ-9': { first: 'a' } } }],
      config: [{ rules: { GP101: 'loud', GP102: 3 }, instruments: { X: { range: [0] } } }, { root: true }],
    };
    for (const kind of Object.keys(samples) as SchemaKind[]) {
      const fresh = ajv.getSchema(String(ROOTS[kind].$id))!;
      const shipped = validatorFor(kind);
      for (const data of samples[kind]) {
        assert.equal(shipped(data), fresh(data), kind);
        const strip = (errs: typeof fresh.errors) => (errs ?? []).map((e) => [e.instancePath, e.schemaPath, e.keyword, e.params]);
        assert.deepEqual(strip(shipped.errors), strip(fresh.errors), kind);
      }
    }
  });
});
