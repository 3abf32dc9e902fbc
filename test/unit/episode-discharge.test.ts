// The discharge summary kind (SPEC 5.2, 5.4, 5.8): discovery, schema, which plan it belongs to,
// and the session rules that run on it (GP304, GP305, GP306, GP307, GP311, GP312, GP313, GP401).
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { Workspace } from '../../server/src/core/model/workspace';
import { caseload } from '../../server/src/core/progress/caseload';
import { buildProgress } from '../../server/src/core/progress/model';
import { clientView } from '../../server/src/core/render/views';
import { parseHTML } from 'linkedom';
import { dischargesOfPlan } from '../../server/src/core/model/plans';
import { parseDocument } from '../../server/src/core/parse/document';
import { lintFiles } from '../helpers/lint';

const PLAN = `---
kind: goal-plan
client: C-1
clinician: rk
created: 2026-09-01
closed: 2026-11-20
review:
  every: 90d
  next: 2026-11-30
---
`;

const summary = (front: string, body = '## Summary\n\nDone.\n\n## Progress\n\nGood.\n\n## Recommendations\n\nNone.\n') =>
  `---\nkind: discharge-summary\nclient: C-1\ndate: 2026-11-20\nreason: goals-met\n${front}---\n\n${body}`;

const rulesOn = (text: string, extra: Record<string, string> = { 'plan.md': PLAN }, today = '2026-11-26') =>
  lintFiles({ ...extra, 'discharge.md': text }, { today }).filter((d) => d.uri === 'discharge.md').map((d) => d.rule);

describe('discharge summary kind', () => {
  it('takes part by content and is indexed under its client', () => {
    const doc = parseDocument('d.md', summary('signed: {by: rk, date: 2026-11-20}\n'));
    assert.equal(doc.kind, 'discharge-summary');
    assert.equal(doc.discharge?.reason, 'goals-met');
    const ws = new Workspace();
    ws.set(parseDocument('plan.md', PLAN));
    ws.set(doc);
    assert.deepEqual(ws.dischargesOf('C-1').map((d) => d.uri), ['d.md']);
    assert.equal(ws.planFor(doc)?.plan.uri, 'plan.md');
    assert.deepEqual(dischargesOfPlan(ws, ws.get('plan.md')!).map((d) => d.uri), ['d.md']);
  });

  it('a clean summary lints clean', () => {
    assert.deepEqual(rulesOn(summary('signed: {by: rk, date: 2026-11-20}\n')), []);
  });

  it('GP001 on broken YAML with a visible kind line, GP005 on `kind: discharge`', () => {
    assert.deepEqual(rulesOn('---\nkind: discharge-summary\nclient: [C-1\n---\n'), ['GP001']);
    const near = lintFiles({ 'd.md': '---\nkind: discharge\nclient: C-1\n---\n' });
    assert.deepEqual(near.map((d) => d.rule), ['GP005']);
    assert.equal(near[0].fixes![0].edits[0].newText, 'discharge-summary');
  });

  it('GP002: reason required, outcome required, first/last numbers', () => {
    const bad = `---\nkind: discharge-summary\nclient: C-1\ndate: 2026-11-20\ngoals:\n  G1: {note: x}\nmeasures:\n  PHQ-9: {first: low}\nsigned: {by: rk, date: 2026-11-20}\n---\n\n## Summary\n\nx\n\n## Progress\n\nx\n\n## Recommendations\n\nx\n`;
    const d = lintFiles({ 'plan.md': PLAN, 'd.md': bad }).filter((x) => x.uri === 'd.md' && x.rule === 'GP002');
    assert.equal(d.length, 3, d.map((x) => x.message).join('\n'));
  });

  it('GP305 checks Summary, Progress and Recommendations', () => {
    const d = lintFiles({ 'plan.md': PLAN, 'd.md': summary('signed: {by: rk, date: 2026-11-20}\n', '## Summary\n\n## Progress\n\nGood.\n') }).filter((x) => x.rule === 'GP305');
    assert.deepEqual(d.map((x) => x.message), ['This discharge summary lacks the Recommendations section.', 'The Summary section of this discharge summary is empty.']);
  });

  it('GP304 range-checks first and last like scores', () => {
    const d = lintFiles({ 'plan.md': PLAN, 'd.md': summary('measures:\n  PHQ-9: {first: 31, last: 8}\nsigned: {by: rk, date: 2026-11-20}\n') }).filter((x) => x.rule === 'GP304');
    assert.deepEqual(d.map((x) => x.message), ['PHQ-9 first score 31 is outside its range 0-27.']);
  });

  it('GP306, GP307, GP311, GP312 and GP313 (dischargeGraceDays) apply as to sessions', () => {
    assert.deepEqual(rulesOn(summary('signed: {by: rk, date: 2026-11-20}\n'), { 'plan.md': PLAN }, '2026-11-19'), ['GP306']);
    assert.deepEqual(rulesOn(summary('signed: {by: rk, date: 2026-11-20}\n'), {}), ['GP307']);
    assert.deepEqual(rulesOn(summary('signed: {by: rk, date: 2026-08-20}\n').replace('date: 2026-11-20\nreason', 'date: 2026-08-20\nreason'), { 'plan.md': PLAN }), ['GP311']);
    assert.deepEqual(rulesOn(summary('')), ['GP312']);
    assert.deepEqual(rulesOn(summary('signed: {by: rk, date: 2026-12-05}\n'), { 'plan.md': PLAN }, '2026-12-06'), [], '15 days: within dischargeGraceDays');
    assert.deepEqual(rulesOn(summary('signed: {by: rk, date: 2026-12-06}\n'), { 'plan.md': PLAN }, '2026-12-06'), ['GP313']);
  });

  it('GP401 scans referrals and goal notes; GP303 and GP308 do not run', () => {
    const d = rulesOn(summary('referrals:\n  - Dr Lee, 555-201-3344\ngoals: {}\nsigned: {by: rk, date: 2026-11-20}\n'));
    assert.deepEqual(d, ['GP401']);
  });
});

describe('caseload: missing agreement and missing discharge summary', () => {
  it('reads them as GP209 and GP213 do', () => {
    const ws = new Workspace();
    ws.set(parseDocument('a/plan.md', PLAN.replace('closed: 2026-11-20\n', 'closed: 2026-10-01\n')));
    ws.set(parseDocument('b/plan.md', PLAN.replace('client: C-1', 'client: C-2').replace('closed: 2026-11-20\n', '')));
    const rows = caseload(ws, { today: '2026-11-26', config: defaultConfig() }).rows;
    const a = rows.find((r) => r.client === 'C-1')!;
    const b = rows.find((r) => r.client === 'C-2')!;
    assert.deepEqual(a.missingDischargeSummary, ['2026-10-01']);
    assert.equal(a.missingAgreement, undefined, 'a closed plan has no open-plan columns');
    assert.equal(b.missingAgreement, true);
    assert.equal(b.missingDischargeSummary, undefined);
    ws.set(parseDocument('a/discharge.md', summary('signed: {by: rk, date: 2026-10-01}\n').replace('date: 2026-11-20\nreason', 'date: 2026-10-01\nreason')));
    assert.equal(caseload(ws, { today: '2026-11-26', config: defaultConfig() }).rows.find((r) => r.client === 'C-1')!.missingDischargeSummary, undefined);
  });
});

describe('panel and report: client words and revisions of a goal (SPEC 5.6)', () => {
  it('shows the client words under the statement and the revisions with their reasons, escaped', () => {
    const ws = new Workspace();
    ws.set(parseDocument('plan.md', `${PLAN.replace('closed: 2026-11-20\n', '')}
\`\`\`yaml goal
id: G1
statement: Client will attend 4 of 4 weekly team meetings.
client_words: I want to <b>stay</b> in the room.
status: revised
closed: 2026-10-01
revisions:
  - date: 2026-09-20
    reason: Target moved at the review.
\`\`\`

\`\`\`yaml goal
id: G2
statement: Client will attend 3 of 4 weekly team meetings.
replaces: G1
start: 2026-10-01
\`\`\`
`));
    const p = buildProgress(ws, 'C-1', { today: '2026-11-26', config: defaultConfig() });
    const doc = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
    const view = clientView(p, { document: doc }) as unknown as Element;
    const fig = view.querySelector('figure[data-goal="G1"]')!;
    assert.equal(fig.querySelector('.gp-client-words')!.textContent, 'In the client\'s words: “I want to <b>stay</b> in the room.”');
    assert.equal(fig.querySelector('.gp-client-words b'), null, 'free text is escaped');
    const items = Array.from(fig.querySelectorAll('table[data-table="goal-revisions"] tbody tr'), (tr) => Array.from(tr.children, (c) => c.textContent).join(' | '));
    assert.deepEqual(items, ['2026-09-20 | revised | Target moved at the review.', '2026-10-01 | replaced by G2 | ']);
    assert.equal(fig.querySelectorAll('svg [data-marker="goal-revision"] line').length, 2, 'both on the goal\'s timeline');
  });
});
