// GP307 no-plan and SPEC 1.2's gating: without any plan the plan-dependent rules stay silent;
// session types are exempt exactly as listed.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

const PLAN = [
  '---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-09-01', '---', '',
  '```yaml goal', 'id: G1', 'statement: Client will lower PHQ-9 from 15 to 7 by June.', 'measure:', '  instrument: PHQ-9', '  baseline: 15', '  target: 7', 'due: 2027-06-01', '```', '',
].join('\n');

function note(fm: string[], client = 'C-1'): string {
  return ['---', 'kind: session-log', `client: ${client}`, ...fm, '---', ''].join('\n');
}
const rulesOf = (files: Record<string, string>, file: string) => [...new Set(lintFiles(files).filter((d) => d.uri === file).map((d) => d.rule))].sort();

// Everything a plan-dependent rule could fire on: a review without decisions, an unknown goal, a
// met claim without change, a date before the plan, a reliable deterioration.
const LOADED = ['date: 2026-08-01', 'review: true', 'goals:', '  G1:', '    decision: met', '  G9:', '    progress: 0', 'measures:', '  PHQ-9: 27', 'signed: {by: rk, date: 2026-08-01}'];

describe('GP307 no-plan and plan gating', () => {
  it('with a plan, the plan-dependent rules fire on the loaded note', () => {
    const got = rulesOf({ 'plan.md': PLAN, 's.md': note(LOADED) }, 's.md');
    for (const id of ['GP301', 'GP302', 'GP310', 'GP311', 'GP314']) assert.ok(got.includes(id), `${id} in ${got}`);
    assert.ok(!got.includes('GP307'));
  });

  it('without any plan, only GP307 speaks for them (GP206, GP301, GP302, GP310, GP311, GP314 do not run)', () => {
    const got = rulesOf({ 's.md': note(LOADED) }, 's.md');
    assert.ok(got.includes('GP307'));
    for (const id of ['GP206', 'GP301', 'GP302', 'GP310', 'GP311', 'GP314']) assert.ok(!got.includes(id), `${id} in ${got}`);
  });

  it('a plan of another client does not count', () => {
    const got = rulesOf({ 'plan.md': PLAN, 's.md': note(['date: 2026-11-10'], 'C-2') }, 's.md');
    assert.ok(got.includes('GP307'));
  });

  it('intake is exempt from GP303, GP307 and GP311; no-show/cancelled from GP303, GP305, GP308', () => {
    const intake = rulesOf({ 's.md': note(['date: 2026-08-01', 'type: intake']) }, 's.md');
    assert.deepEqual(intake.filter((r) => ['GP303', 'GP307', 'GP311'].includes(r)), []);
    const early = rulesOf({ 'plan.md': PLAN, 's.md': note(['date: 2026-08-01', 'type: intake']) }, 's.md');
    assert.ok(!early.includes('GP311'));
    for (const type of ['no-show', 'cancelled']) {
      const got = rulesOf({ 'plan.md': PLAN, 's.md': note(['date: 2026-11-10', `type: ${type}`, 'format: SOAP', 'duration: 5', 'cpt: "90834"']) }, 's.md');
      assert.deepEqual(got.filter((r) => ['GP303', 'GP305', 'GP308'].includes(r)), [], type);
    }
    const therapy = rulesOf({ 'plan.md': PLAN, 's.md': note(['date: 2026-11-10', 'format: SOAP', 'duration: 5', 'cpt: "90834"']) }, 's.md');
    for (const id of ['GP303', 'GP305', 'GP308']) assert.ok(therapy.includes(id), id);
  });
});
