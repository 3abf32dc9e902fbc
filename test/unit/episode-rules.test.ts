// Collaboration rules (SPEC 5.2, 5.4, 5.8): what GP209 and GP210 offer, what they never do, and
// the plan facts (agreement, revisions) the rules and views share.
import * as assert from 'node:assert/strict';
import { combineFixes, plainFix, soundFixes } from '../../server/src/core/edits/fixes';
import { agreementOverdue, latestAgreement, revisionMarks } from '../../server/src/core/model/collaboration';
import { parseDocument } from '../../server/src/core/parse/document';
import { documentSymbolTree } from '../../server/src/lsp/services/symbols';
import type { Goal } from '../../server/src/core/types';
import { applyFix, lintFiles } from '../helpers/lint';

const PLAN = `---
kind: goal-plan
client: C-1
clinician: rk
created: 2026-09-01
review:
  every: 90d
  next: 2026-11-30
---

# Plan
`;

describe('GP209 and GP210: consent and signature are never written for the clinician', () => {
  const diags = lintFiles({ 'plan.md': PLAN });
  const of = (id: string) => diags.filter((d) => d.rule === id);

  it('both report on an unsigned plan without agreement', () => {
    assert.equal(of('GP209').length, 1);
    assert.equal(of('GP210').length, 1);
  });

  it('offer only a snippet with empty tab stops, never a safe fix', () => {
    const agreement = of('GP209')[0].fixes!;
    assert.equal(agreement.length, 1);
    assert.equal(agreement[0].safe, false);
    assert.equal(agreement[0].snippet, true);
    assert.equal(agreement[0].edits[0].newText, 'agreement:\n  by: $1\n  date: $2\n  method: $3\n');
    const signed = of('GP210')[0].fixes!;
    assert.equal(signed[0].snippet, true);
    assert.equal(signed[0].edits[0].newText, 'signed:\n  by: $1\n  date: $2\n');
  });

  it('the snippet lands inside the front matter, before its closing fence', () => {
    const out = applyFix(PLAN, of('GP209')[0].fixes![0]);
    assert.match(out, /next: 2026-11-30\nagreement:\n {2}by: \$1\n {2}date: \$2\n {2}method: \$3\n---\n/);
    assert.equal(parseDocument('plan.md', out).broken, false);
  });

  it('`--fix` and fix-all pick none of them', () => {
    assert.deepEqual(combineFixes(parseDocument('plan.md', PLAN), diags).edits, []);
  });

  it('a snippet fix is verified as inserted with its tab stops empty: one that would break the YAML is refused', () => {
    const doc = parseDocument('plan.md', PLAN);
    const d = of('GP210')[0];
    assert.equal(soundFixes(doc, d).fixes.length, 1, 'the real snippet passes');
    const at = d.fixes![0].edits[0].span;
    const broken = { ...d, fixes: [{ title: 'unclosed', safe: false, snippet: true, edits: [{ span: at, newText: 'signed: [$1\n' }] }] };
    const r = soundFixes(doc, broken);
    assert.deepEqual(r.fixes, []);
    assert.match(r.dropped[0].reason, /no longer parse/);
  });

  it('verified as plain text (plainFix): the stops empty, no value written', () => {
    const plain = plainFix(of('GP209')[0].fixes![0]);
    assert.equal(plain.snippet, false);
    assert.equal(plain.edits[0].newText, 'agreement:\n  by: \n  date: \n  method: \n');
  });

  it('uses CRLF in a CRLF file', () => {
    const crlf = lintFiles({ 'plan.md': PLAN.replace(/\n/g, '\r\n') }).find((d) => d.rule === 'GP210')!;
    assert.equal(crlf.fixes![0].edits[0].newText, 'signed:\r\n  by: $1\r\n  date: $2\r\n');
  });

  it('agreementGraceDays moves the boundary', () => {
    const late = lintFiles({ 'plan.md': PLAN }, { config: 'agreementGraceDays: 90\n' }).filter((d) => d.rule === 'GP209');
    assert.equal(late.length, 0, '86 days after created is within 90');
    const strict = lintFiles({ 'plan.md': PLAN.replace('2026-09-01', '2026-11-25') }, { config: 'agreementGraceDays: 0\n' }).filter((d) => d.rule === 'GP209');
    assert.equal(strict.length, 1, 'one day after created exceeds 0');
  });

  it('messages never quote free text', () => {
    const withWords = PLAN.replace('---\n\n#', 'agreement: {by: client, date: 2026-08-01, method: verbal}\n---\n\n#');
    const d = lintFiles({ 'plan.md': withWords }).find((x) => x.rule === 'GP209')!;
    assert.match(d.message, /2026-08-01/);
  });
});

describe('collaboration facts', () => {
  it('the latest agreement date counts, whatever the list order', () => {
    const plan = { kind: 'goal-plan' as const, created: '2026-09-01', agreement: [{ by: 'client' as const, date: '2026-09-10', method: 'signed' as const }, { by: 'client' as const, date: '2026-08-01', method: 'verbal' as const }] };
    assert.equal(latestAgreement(plan)?.date, '2026-09-10');
    assert.equal(agreementOverdue(plan, '2026-11-26', 14), false);
    assert.equal(agreementOverdue({ ...plan, agreement: plan.agreement[1] }, '2026-11-26', 14), true);
    assert.equal(agreementOverdue({ ...plan, agreement: undefined }, '2026-09-15', 14), false, 'exactly 14 days: within the grace');
    assert.equal(agreementOverdue({ ...plan, agreement: undefined }, '2026-09-16', 14), true);
  });

  it('revision marks come from `revisions` and from successors, by date', () => {
    const g1: Goal = { id: 'G1', status: 'revised', closed: '2026-10-14', revisions: [{ date: '2026-09-20', reason: 'r1' }] };
    const g2: Goal = { id: 'G2', replaces: 'G1', start: '2026-10-15' };
    const g3: Goal = { id: 'G3', replaces: 'G1' };
    const marks = revisionMarks(g1, [g1, g2, g3], { kind: 'goal-plan', created: '2026-09-01' });
    assert.deepEqual(marks, [
      { date: '2026-09-20', reason: 'r1' },
      { date: '2026-10-14', successor: 'G3' },
      { date: '2026-10-15', successor: 'G2' },
    ]);
  });
});

describe('outline of the collaboration keys', () => {
  it('lists values, assessment, agreement, and a goal\'s client words and revisions', () => {
    const text = PLAN.replace('---\n\n#', `values:
  - Being there for my kids
assessment:
  strengths: [Steady job]
  needs: [Sleep]
agreement: {by: client, date: 2026-09-01, method: signed}
---

\`\`\`yaml goal
id: G1
statement: Client will attend 3 of 4 weekly team meetings.
client_words: I want to stay in the room.
revisions:
  - date: 2026-10-14
    reason: Lowered the target at the review.
\`\`\`

#`);
    const syms = documentSymbolTree(parseDocument('plan.md', text));
    assert.deepEqual(syms.map((s) => s.name), ['Values', 'Assessment', 'Agreement', 'G1']);
    assert.deepEqual(syms[1].children!.map((c) => c.name), ['Strengths', 'Needs']);
    assert.equal(syms[2].detail, 'client signed 2026-09-01');
    assert.deepEqual(syms[3].children!.map((c) => c.name), ["In the client's words", 'Revisions']);
    assert.deepEqual(syms[3].children![1].children!.map((c) => `${c.name}`), ['2026-10-14']);
  });
});
