// Every completion kind, at a `|` cursor marker, by calling the completion feature directly.
import * as assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { doComplete } from '../../../server/src/lsp/services/completion';
import { applyTextEdits } from '../../lsp/harness';
import { clinic, PLAN_100, SESSION_100_A } from '../../lsp/fixtures';
import { marked, testContext, type TestContext } from './context';

const PLAN = 'clients/C-0100/plan.md';
const SESSION = 'clients/C-0100/sessions/2026-10-13.md';

describe('lsp services: completion', () => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = testContext(clinic());
  });

  function complete(rel: string, textWithMarker: string, c = ctx): { items: CompletionItem[]; text: string } {
    const { doc, text, position } = marked(c, rel, textWithMarker);
    return { items: doComplete(c, doc, position).items, text };
  }
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const item = (items: CompletionItem[], label: string) => {
    const found = items.find((i) => i.label === label);
    assert.ok(found, `no completion ${label}; got ${labels(items).join(', ')}`);
    return found;
  };
  /** The text after applying an item's textEdit. */
  const accept = (text: string, it: CompletionItem) => {
    assert.ok(it.textEdit && 'range' in it.textEdit, 'items carry a textEdit');
    return applyTextEdits(text, [it.textEdit]);
  };

  it("goal ids in a session's goals, minus those the note lists, with the statement in the list row", () => {
    const { items, text } = complete(SESSION, SESSION_100_A.replace('goals:\n', 'goals:\n  |\n'));
    assert.match(SESSION_100_A, /^ {2}G1:/m, 'the note already lists G1');
    assert.deepEqual(labels(items).sort(), ['G2'], 'G1 again would be a duplicate key');
    assert.match(item(items, 'G2').detail ?? '', /phone or meet one friend/);
    assert.match(item(items, 'G2').labelDetails?.description ?? '', /phone or meet one friend/, 'the statement shows in the list');
    assert.match(accept(text, item(items, 'G2')), /^goals:\n {2}G2:\n {2}G1:/m);
  });

  it("goal ids after a typed prefix: filtered, and the edit replaces what was typed (the YAML is broken meanwhile)", () => {
    // One character: every id starting with G; the new key replaces the `G`.
    const one = complete(SESSION, SESSION_100_A.replace('    progress: 0\n', '    progress: 0\n  G|\n'));
    assert.deepEqual(labels(one.items).sort(), ['G2'], 'G1 is listed already');
    assert.deepEqual(one.items.map((i) => (i.textEdit as { range: unknown }).range), one.items.map(() => ({ start: { line: 11, character: 2 }, end: { line: 11, character: 3 } })));
    assert.match(accept(one.text, item(one.items, 'G2')), /^ {4}progress: 0\n {2}G2:\nmeasures:/m);
    // Two characters: only G2, replacing `G2`.
    const two = complete(SESSION, SESSION_100_A.replace('goals:\n', 'goals:\n  G2|\n'));
    assert.deepEqual(labels(two.items), ['G2']);
    assert.deepEqual((two.items[0].textEdit as { range: unknown }).range, { start: { line: 9, character: 2 }, end: { line: 9, character: 4 } });
    assert.match(accept(two.text, two.items[0]), /^goals:\n {2}G2:\n {2}G1:/m);
    // A prefix nothing starts with: nothing.
    assert.deepEqual(complete(SESSION, SESSION_100_A.replace('goals:\n', 'goals:\n  X|\n')).items, []);
  });

  it('front-matter keys from the schema with descriptions, minus the ones present', () => {
    const { items } = complete(SESSION, SESSION_100_A.replace('format: SOAP\n', 'format: SOAP\nmo|\n'));
    const modality = item(items, 'modality');
    assert.ok(JSON.stringify(modality.documentation ?? '').length > 10, 'the key has its schema description');
    assert.ok(!labels(items).includes('format'), 'keys already written are not offered again');
    assert.ok(labels(items).every((l) => l.startsWith('mo')), `filtered by the typed "mo": ${labels(items).join(', ')}`);
    const all = complete(SESSION, SESSION_100_A.replace('format: SOAP\n', 'format: SOAP\n|\n'));
    assert.ok(labels(all.items).includes('risk') && labels(all.items).includes('modality'));
  });

  it("a plan's monitor and expected keys: scored instruments only; monitor values every-session or a duration (SPEC 5.2)", () => {
    const keys = complete(PLAN, PLAN_100.replace('problems:\n', 'monitor:\n  |\nproblems:\n'));
    assert.ok(labels(keys.items).includes('PHQ-9') && labels(keys.items).includes('SRS'));
    for (const unscored of ['count', 'rating', 'GAS']) assert.ok(!labels(keys.items).includes(unscored), unscored);
    assert.match(accept(keys.text, item(keys.items, 'PHQ-9')), /^monitor:\n {2}PHQ-9: $/m);
    const curve = complete(PLAN, PLAN_100.replace('problems:\n', 'expected:\n  |\nproblems:\n'));
    assert.ok(!labels(curve.items).includes('count') && labels(curve.items).includes('GAD-7'));
    const values = complete(PLAN, PLAN_100.replace('problems:\n', 'monitor:\n  PHQ-9: |\nproblems:\n'));
    assert.deepEqual(labels(values.items), ['every-session', '2w', '4w', '1mo', '3mo']);
    assert.match(accept(values.text, item(values.items, 'every-session')), /^ {2}PHQ-9: every-session$/m);
  });

  it('session keys of version 2 and their enum values (barriers, cancelled_by)', () => {
    const { items } = complete(SESSION, SESSION_100_A.replace('format: SOAP\n', 'format: SOAP\n|\n'));
    for (const k of ['client_report', 'feedback', 'barriers', 'events', 'readiness']) assert.ok(labels(items).includes(k), k);
    const by = complete(SESSION, SESSION_100_A.replace('format: SOAP\n', 'format: SOAP\ncancelled_by: |\n'));
    assert.deepEqual(labels(by.items), ['client', 'clinician']);
  });

  it('enum values with their descriptions', () => {
    const { items, text } = complete(SESSION, SESSION_100_A.replace('type: therapy', 'type: |'));
    assert.deepEqual(labels(items), ['therapy', 'intake', 'no-show', 'cancelled', 'group', 'family', 'collateral']);
    assert.match(accept(text, item(items, 'intake')), /^type: intake$/m);
  });

  it("keys and values inside a session's goal entry (progress, decision)", () => {
    const keys = complete(SESSION, SESSION_100_A.replace('    progress: 0\n', '    progress: 0\n    |\n'));
    assert.deepEqual(labels(keys.items).sort(), ['decision', 'note', 'value']);
    const values = complete(SESSION, SESSION_100_A.replace('    progress: 0\n', '    progress: 0\n    decision: |\n'));
    assert.deepEqual(labels(values.items), ['continue', 'revise', 'met', 'discontinued']);
  });

  it('enum values of a goal key (horizon)', () => {
    const { items } = complete(PLAN, PLAN_100.replace('horizon: short-term', 'horizon: |'));
    assert.deepEqual(labels(items), ['short-term', 'long-term']);
    const typed = complete(PLAN, PLAN_100.replace('horizon: short-term', 'horizon: sh|'));
    assert.deepEqual(labels(typed.items), ['short-term']);
    assert.match(accept(typed.text, typed.items[0]), /^horizon: short-term$/m);
  });

  it('problem ids in a goal, with the problem text', () => {
    const { items, text } = complete(PLAN, PLAN_100.replace('problem: P2', 'problem: |'));
    assert.deepEqual(labels(items), ['P1', 'P2']);
    assert.equal(item(items, 'P2').detail, 'Withdrawn from friends');
    assert.match(accept(text, item(items, 'P1')), /^problem: P1$/m);
  });

  it('parent goal ids: only long-term goals, never the goal itself', () => {
    const { items } = complete(PLAN, PLAN_100.replace('parent: G1', 'parent: |'));
    assert.deepEqual(labels(items), ['G1']);
  });

  it('instrument names: built-in and configured', () => {
    const c = testContext(clinic(), { config: { instruments: { WSAS: { range: [0, 40], better: 'lower' } } } });
    const { items } = complete(PLAN, PLAN_100.replace('instrument: PHQ-9', 'instrument: |'), c);
    for (const name of ['PHQ-9', 'GAD-7', 'ORS', 'PCL-5', 'GAS', 'SUDS', 'rating', 'count', 'WSAS']) assert.ok(labels(items).includes(name), name);
    assert.match(item(items, 'PHQ-9').detail ?? '', /range 0-27\b/);
    assert.match(item(items, 'C-SSRS').detail ?? '', /risk screen/);
    // And as keys under a session's measures.
    const m = complete(SESSION, SESSION_100_A.replace('  PHQ-9: 13\n', '  PHQ-9: 13\n  |\n'), c);
    assert.ok(labels(m.items).includes('GAD-7'));
  });

  it('dates: today, and review.last + review.every for review.next', () => {
    const { items } = complete(PLAN, PLAN_100.replace('next: 2027-01-29', 'next: |'));
    assert.deepEqual(labels(items), ['2027-01-30', '2026-11-26']);
    assert.match(item(items, '2027-01-30').detail ?? '', /review\.last \+ review\.every/);
    const d = complete(SESSION, SESSION_100_A.replace('date: 2026-10-13\ntype', 'date: |\ntype'));
    assert.deepEqual(labels(d.items), ['2026-11-26']);
  });

  it('snippet: a new yaml goal block with the next free id', () => {
    const { items, text } = complete(PLAN, `${PLAN_100}\n|`);
    const snip = item(items, 'yaml goal');
    assert.equal(snip.insertTextFormat, 2);
    const out = accept(text, snip);
    assert.match(out, /```yaml goal\nid: G3\nstatement: /);
    assert.match(out, /problem: \$\{5\|P1,P2\|\}/);
  });

  it('snippet: the missing section headings of the declared note format', () => {
    const note = SESSION_100_A.replace(/## Objective\n\nCalm, on time.\n\n/, '').replace(/\n## Plan\n\nContinue activation.\n/, '\n|');
    const { items } = complete(SESSION, note);
    assert.deepEqual(labels(items), ['## Objective', '## Plan', 'SOAP: all missing sections']);
  });

  it('no completions in plain prose', () => {
    const { items } = complete(SESSION, SESSION_100_A.replace('Calm, on time.', 'Calm, on |time.'));
    assert.deepEqual(items, []);
  });
});
