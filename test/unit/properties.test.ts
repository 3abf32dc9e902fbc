// Property tests (issues 2 and 7) over parseDocument + lintAll: for arbitrary text and for
// structured plans and sessions built from a small generator, linting never throws, every
// diagnostic and fix lies inside its document, and the same input gives the same output.
// Short in CI (FC_RUNS unset: 100 runs); FC_RUNS=5000 for a long run.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintAll } from '../../server/src/core/lint';
import { Workspace } from '../../server/src/core/model/workspace';
import { parseDocument } from '../../server/src/core/parse/document';
import type { Diagnostic } from '../../server/src/core/types';

const RUNS = Number(process.env.FC_RUNS) || 100;
const TODAY = '2026-11-26';

/** Lints files together; rule errors are failures too (a rule that throws is a bug). */
function lint(files: Record<string, string>): Diagnostic[] {
  const ws = new Workspace();
  for (const [uri, text] of Object.entries(files)) ws.set(parseDocument(uri, text, { maxFileSize: 1 << 20 }));
  const errors: string[] = [];
  const out = lintAll(ws, { today: TODAY, onRuleError: (rule, uri, e) => errors.push(`${rule.id} on ${uri}: ${(e as Error)?.stack ?? e}`) });
  assert.deepEqual(errors, []);
  return [...out.keys()].sort().flatMap((k) => out.get(k)!);
}

function checkInside(files: Record<string, string>, diags: readonly Diagnostic[]): void {
  for (const d of diags) {
    const len = files[d.uri].length;
    assert.ok(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= len, `${d.rule} span ${d.span.start}-${d.span.end} outside 0-${len}`);
    for (const f of d.fixes ?? []) {
      const target = f.uri ?? d.uri;
      if (!(target in files)) continue;
      for (const e of f.edits) assert.ok(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= files[target].length, `${d.rule} fix edit outside its file`);
    }
  }
}

function property(files: Record<string, string>): void {
  const first = lint(files);
  checkInside(files, first);
  const strip = (ds: Diagnostic[]) => JSON.stringify(ds);
  assert.equal(strip(lint(files)), strip(first), 'same output twice');
}

// ---- structured generator ------------------------------------------------------------------

const date = fc.tuple(fc.integer({ min: 2024, max: 2028 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const scalar = fc.oneof(date, fc.integer({ min: -5, max: 100 }).map(String), fc.constantFrom('', '~', 'null', 'yes', '"x"', '[]', '{}', 'G1', 'P1', 'C-1', 'feel better', '555-201-3344'), fc.string({ maxLength: 12 }));
const goalId = fc.constantFrom('G1', 'G2', 'G3', 'G9', '');
const instrument = fc.constantFrom('PHQ-9', 'GAD-7', 'ORS', 'PCL-5', 'GAS', 'SUDS', 'rating', 'count', 'custom');

const goalBlock = fc.record({
  id: goalId, statement: fc.constantFrom('Client will attend 3 of 4 weekly meetings.', 'Client will feel better.', 'Improve', ''),
  horizon: fc.constantFrom('short-term', 'long-term', 'medium'), parent: goalId, problem: fc.constantFrom('P1', 'P2', 'P9'),
  instrument, baseline: scalar, target: scalar, start: date, due: date, status: fc.constantFrom('active', 'met', 'on-hold', 'revised', 'discontinued', 'done'),
  closed: date, extra: fc.option(fc.constantFrom('weight: 2\n', 'gas:\n  0: ok\n', 'interventions: [CBT]\n', 'interventions:\n  - Exposure\n', 'bad: [\n', '  indented: x\n')),
}).map((g) => '```yaml goal\n'
  + `id: ${g.id}\nstatement: ${g.statement}\nhorizon: ${g.horizon}\nparent: ${g.parent}\nproblem: ${g.problem}\n`
  + `measure:\n  instrument: ${g.instrument}\n  baseline: ${g.baseline}\n  target: ${g.target}\n  unit: times\n`
  + `start: ${g.start}\ndue: ${g.due}\nstatus: ${g.status}\nclosed: ${g.closed}\n${g.extra ?? ''}` + '```\n');

const plan = fc.record({
  client: fc.constantFrom('C-1', 'C-2', ''), created: date, last: date, next: fc.option(date), every: fc.constantFrom('90d', '6mo', '2w', 'soon'),
  goals: fc.array(goalBlock, { maxLength: 7 }), directive: fc.option(fc.constantFrom('<!-- goalplan-disable GP101 -->\n', '<!-- goalplan-disable-next-line -->\n', '<!-- goalplan-enable -->\n')),
  eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean(),
}).map((p) => {
  const text = `---\nkind: goal-plan\nclient: ${p.client}\nclinician: AL\ncreated: ${p.created}\nreview:\n  every: ${p.every}\n  last: ${p.last}\n${p.next ? `  next: ${p.next}\n` : ''}`
    + 'problems:\n  - id: P1\n    text: Panic at work\n  - id: P1\n---\n\n' + (p.directive ?? '') + p.goals.join('\n');
  return (p.bom ? '\ufeff' : '') + text.replace(/\n/g, p.eol);
});

const session = fc.record({
  client: fc.constantFrom('C-1', 'C-2', 'C-3'), date, type: fc.constantFrom('therapy', 'intake', 'no-show', 'group', 'odd'),
  format: fc.constantFrom('SOAP', 'DAP', 'BIRP', 'GIRP', 'XYZ'), cpt: fc.constantFrom('90832', '90834', '90837', '99999', '"90837"'),
  start: fc.constantFrom('14:00', '25:99', '9'), end: fc.constantFrom('14:50', '13:00'), review: fc.boolean(),
  goals: fc.array(fc.tuple(goalId, fc.integer({ min: -4, max: 4 }), scalar, fc.constantFrom('continue', 'met', 'nope')), { maxLength: 4 }),
  phq: fc.option(fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 10 })), risk: fc.boolean(), signed: fc.option(date),
  sections: fc.array(fc.constantFrom('Subjective', 'Objective', 'Assessment', 'Plan', 'Data', 'Behavior', 'Response'), { maxLength: 5 }),
  body: fc.string({ maxLength: 60 }),
}).map((s) => `---\nkind: session-log\nclient: ${s.client}\ndate: ${s.date}\ntype: ${s.type}\nformat: ${s.format}\ncpt: ${s.cpt}\nstart: "${s.start}"\nend: "${s.end}"\nreview: ${s.review}\n`
  + (s.goals.length ? `goals:\n${s.goals.map(([id, p, v, d]) => `  ${id || 'G0'}:\n    progress: ${p}\n    value: ${v}\n    decision: ${d}\n`).join('')}` : '')
  + (s.phq ? `measures:\n  PHQ-9:\n    score: 12\n    items: [${s.phq.join(', ')}]\n` : '')
  + (s.risk ? 'risk: Denies intent.\n' : '') + (s.signed ? `signed:\n  by: AL\n  date: ${s.signed}\n` : '')
  + `---\n\n${s.sections.map((h) => `## ${h}\n\n${s.body}\n`).join('\n')}`);

describe('properties: parse + lint', function () {
  this.timeout(Math.max(60_000, RUNS * 200));

  it('any text: no throw, spans inside, deterministic', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => property({ 'a.md': text })), { numRuns: RUNS });
  });

  it('text that starts like a goal file: no throw, spans inside, deterministic', () => {
    const head = fc.constantFrom('---\nkind: goal-plan\n', '---\nkind: session-log\nclient: C-1\n', '\ufeff---\r\nkind: session-log\r\n', '---\nkind: goal-plans\n---\n');
    fc.assert(fc.property(head, fc.string({ maxLength: 300 }), fc.constantFrom('', '---\n', '\n---\n```yaml goal\nid: G1\n'), (h, body, tail) => property({ 'a.md': h + body + tail })), { numRuns: RUNS });
  });

  it('structured plans and sessions of one workspace: no throw, spans inside, deterministic', () => {
    fc.assert(fc.property(fc.array(plan, { minLength: 0, maxLength: 2 }), fc.array(session, { maxLength: 5 }), (plans, sessions) => {
      const files: Record<string, string> = {};
      plans.forEach((p, i) => (files[`plan${i}.md`] = p));
      sessions.forEach((s, i) => (files[`s${i}.md`] = s));
      property(files);
    }), { numRuns: RUNS });
  });

  it('a structured plan cut at any point: no throw, spans inside', () => {
    fc.assert(fc.property(plan, fc.nat(), (p, cut) => property({ 'p.md': p.slice(0, cut % (p.length + 1)) })), { numRuns: RUNS });
  });
});
