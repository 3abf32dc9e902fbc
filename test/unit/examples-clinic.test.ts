// The examples clinic (examples/clinic/README.md) shows each rule of version 2 (issues 11, 12
// and 13) exactly once, at the file its README names, so a reader finds one clear example of
// each and a change to a rule or to the clinic that adds or hides a finding is caught here.
import * as assert from 'node:assert/strict';
import { CLINIC, ensureBuilt, runCli } from './cli-harness';

const TODAY = '2026-11-26'; // the README's "today" for the demo

/** Rule → the file (under clients/) where the README says it shows. */
const VERSION_2_RULES: Record<string, string> = {
  // Issue 11: clinical safety.
  GP006: 'C-0142/sessions/2026-09-28.md',
  GP114: 'C-0388/plan.md',
  GP116: 'C-0217/plan.md',
  GP208: 'C-0762/plan.md',
  GP212: 'C-0762/plan-2025.md',
  GP317: 'C-0451/sessions/2026-10-05.md',
  GP318: 'C-0388/sessions/2026-09-14.md',
  // Issue 12: measurement-based care.
  GP214: 'C-0762/plan.md',
  GP215: 'C-0704/plan.md',
  GP216: 'C-0762/plan.md',
  GP316: 'C-0735/sessions/2026-11-16.md',
  // Issue 13: collaboration and the episode of care.
  GP115: 'C-0217/plan.md',
  GP117: 'C-0762/plan-2025.md',
  GP118: 'C-0623/plan.md',
  GP209: 'C-0217/plan.md',
  GP210: 'C-0623/plan.md',
  GP211: 'C-0623/plan.md',
  GP213: 'C-0762/plan-2025.md',
  GP501: 'C-0705/discharge-2026-10-26.md',
  GP502: 'C-0705/discharge-2026-10-26.md',
};

describe('examples clinic', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('shows each rule of version 2 exactly once, in the file its README names', () => {
    const r = runCli(['lint', CLINIC, '--format', 'json', '--today', TODAY]);
    assert.equal(r.code, 1, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ file: string; rule: string }>;
    const where = (rule: string) => rows.filter((d) => d.rule === rule).map((d) => d.file.replace(/^.*examples\/clinic\/clients\//, ''));
    for (const [rule, file] of Object.entries(VERSION_2_RULES)) assert.deepEqual(where(rule), [file], rule);
  });

  it('keeps C-0142 to its one documented finding and C-0705 to its discharge summary findings', () => {
    const r = runCli(['lint', `${CLINIC}/clients/C-0142`, `${CLINIC}/clients/C-0705`, '--format', 'json', '--today', TODAY]);
    const rows = JSON.parse(r.stdout) as Array<{ file: string; rule: string }>;
    assert.deepEqual(rows.map((d) => `${d.file.replace(/^.*clients\//, '')} ${d.rule}`), [
      'C-0142/sessions/2026-09-28.md GP006',
      'C-0705/discharge-2026-10-26.md GP501',
      'C-0705/discharge-2026-10-26.md GP502',
    ]);
  });
});
