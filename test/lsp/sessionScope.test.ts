// Editing a session note re-checks its siblings with only the rules that read other sessions
// (GP202 on the plan, GP309 and GP310 on the other notes: SESSION_EDIT_SCOPE in lsp/context.ts);
// editing a plan re-checks its notes with only the rules that read plans (PLAN_EDIT_SCOPE), the
// others' findings kept. These tests prove the scoped re-checks still update what an edit can
// change, and keep what it cannot.
import * as assert from 'node:assert/strict';
import { codes, LspSession, positionOf } from './harness';

const PLAN = 'clients/C-0300/plan.md';
const A = 'clients/C-0300/sessions/2026-10-05.md';
const B = 'clients/C-0300/sessions/2026-10-12.md';
const BODY = '## Data\n\nClient described the week at work, the two conversations with the manager about deadlines, the evening walks, the sleep diary and the breathing practice before meetings, and agreed to keep the diary for another week.\n';

const plan = `---
kind: goal-plan
client: C-0300
clinician: rk
created: 2026-09-01
review:
  every: 30d
  last: 2026-09-01
  next: 2026-10-01
problems:
  - id: P1
    text: Work stress
---
\`\`\`yaml goal
id: G1
statement: Client will practise paced breathing on 5 of 7 days each week.
problem: P1
measure:
  instrument: count
  baseline: 0
  target: 5
  unit: days per week
due: 2027-03-01
interventions:
  - Breathing training, weekly, rk
\`\`\`
`;
const note = (date: string) => `---
kind: session-log
client: C-0300
date: ${date}
format: DAP
goals:
  G1:
    value: 3
signed:
  by: rk
  date: ${date}
---
${BODY}`;

describe('lsp: a session edit re-checks what other files read from it', function () {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ files: { [PLAN]: plan, [A]: note('2026-10-05'), [B]: note('2026-10-12') } });
    await s.waitForDiagnostics(B, (d) => codes(d).includes('GP309'), 'GP309 on the copied note at start');
    await s.waitForDiagnostics(PLAN, (d) => codes(d).includes('GP202'), 'GP202 (review overdue) at start');
  });
  after(async () => s?.stop());

  it("rewriting one note's body clears the other note's GP309", async () => {
    const text = s.fileText(A);
    s.open(A, text);
    const start = text.indexOf('Client described');
    s.change(A, [{ range: { start: positionOf(text, start), end: positionOf(text, text.length) }, text: 'Short different note about a missed bus and a plan for the next visit.\n' }]);
    await s.nextDiagnostics(B, (d) => !codes(d).includes('GP309'), 'GP309 to clear on the sibling');
  });

  it("renaming a plan's goal gives its notes GP301 and keeps their own findings; renaming it back clears it", async () => {
    const text = s.fileText(PLAN);
    s.open(PLAN, text);
    const at = text.indexOf('id: G1') + 'id: G'.length;
    const before = await s.waitForDiagnostics(B, (d) => d.length > 0, 'the note checked');
    const own = codes(before).filter((c) => c !== 'GP301');
    assert.ok(own.includes('GP305'), `the DAP note lacks its Assessment and Plan sections: ${codes(before).join(' ')}`);
    s.change(PLAN, [{ range: { start: positionOf(text, at), end: positionOf(text, at + 1) }, text: '9' }]);
    const renamed = await s.nextDiagnostics(B, (d) => codes(d).includes('GP301'), 'GP301 (unknown goal G1) on the note');
    assert.deepEqual(codes(renamed).filter((c) => c !== 'GP301'), own);
    const now = s.text(PLAN);
    s.change(PLAN, [{ range: { start: positionOf(now, at), end: positionOf(now, at + 1) }, text: '1' }]);
    const back = await s.nextDiagnostics(B, (d) => !codes(d).includes('GP301'), 'GP301 to clear');
    assert.deepEqual(codes(back), codes(before));
  });

  it('marking a note as the review clears the plan\'s GP202', async () => {
    const text = s.text(A);
    const at = text.indexOf('format: DAP\n') + 'format: DAP\n'.length;
    s.change(A, [{ range: { start: positionOf(text, at), end: positionOf(text, at) }, text: 'review: true\n' }]);
    await s.nextDiagnostics(PLAN, (d) => !codes(d).includes('GP202'), 'GP202 to clear on the plan');
  });
});
