// Goal-local rules (Rule.checkGoal) keep each goal's reports with its goal object between
// keystrokes (core/cache.ts goalRuleReports). What is kept must be what running the rules again
// gives: after random edits of the example clinic's plans (inside goal blocks, which keep the
// other goals' objects; in the front matter, which the rules read; new goals), on two days and
// under two configurations, a plan's diagnostics (fixes read, so lazy ones are built against the
// current document) equal those of the same rules with `checkGoal` taken away, which run their
// plain `check` over every goal and keep nothing. Short in CI (FC_RUNS unset); FC_RUNS=2000 for
// a long run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config/defaults';
import type { ResolvedConfig } from '../../server/src/core/config/types';
import { lintDocument } from '../../server/src/core/lint';
import { Workspace } from '../../server/src/core/model/workspace';
import { applyEdit, parseDocument } from '../../server/src/core/parse/document';
import { allRules } from '../../server/src/core/rules';
import { defineRule, type Rule } from '../../server/src/core/rules/types';
import type { Diagnostic } from '../../server/src/core/types';

const RUNS = Number(process.env.FC_RUNS) || 30;
const CLINIC = path.resolve(__dirname, '..', '..', 'examples', 'clinic', 'clients');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

/** A plan on which every goal-local rule has something to say (and a goal without an id). */
const FINDINGS_PLAN = [
  '---', 'kind: goal-plan', 'client: C-0900', 'clinician: rk', 'created: 2025-01-06',
  'review:', '  every: 90d', '  last: 2026-10-01', '  next: 2026-12-30',
  'problems:', '  - id: P1', '    text: Low mood', '---', '# Plan', '',
  ...[
    ['id: G1', 'statement: Client will feel better and improve mood every week.', 'problem: P1', 'due: 2025-06-01', 'interventions:', '  - CBT weekly'],
    ['id: G2', 'statement: Walk more.', 'problem: P7', 'horizon: short-term', 'measure:', '  instrument: PHQ-9', '  baseline: 30', '  target: 29', 'start: 2025-01-06', 'due: 2025-12-01'],
    ['id: G3', 'statement: Client will never miss a single team meeting again at work.', 'measure:', '  instrument: PHQ-9', '  baseline: 5', '  target: 20', 'due: 2026-02-01', 'client_words: I want to go'],
    ['statement: Client will reduce PHQ-9 from 24 to 2 within three weeks of starting.', 'problem: P1', 'horizon: long-term', 'measure:', '  instrument: PHQ-9', '  baseline: 24', '  target: 2', 'start: 2026-01-01', 'due: 2026-01-20'],
    ['id: G5', 'statement: Client will always feel better about sleep, completely.', 'problem: P1', 'start: 2026-03-01', 'due: 2026-02-01', 'status: met'],
  ].flatMap((lines) => ['```yaml goal', ...lines, '```', '']),
].join('\n');

const files = [
  ...markdownFiles(CLINIC).map((f) => ({ uri: `file://${f}`, text: fs.readFileSync(f, 'utf8') })),
  { uri: 'file:///memo/clients/C-0900/plan.md', text: FINDINGS_PLAN },
];
const plans = files.filter((f) => /^kind: goal-plan/m.test(f.text)).map((f) => f.uri);

/** The same rules, goal-local ones run by their plain `check`: nothing kept between lints. */
const unkept: Rule[] = allRules.map((r) => (r.checkGoal ? { ...r, checkGoal: undefined } : r));

/** A second configuration: other options, severities and words for the goal-local rules. */
const strict: ResolvedConfig = (() => {
  const c = defaultConfig();
  c.rules.GP102 = { options: { minWords: 14 } };
  c.rules.GP205 = { severity: 'error' };
  c.rules.GP115 = { severity: 'off' };
  c.absoluteWords = [...c.absoluteWords, 'client', 'weekly'];
  return c;
})();
const loose = defaultConfig();
/** A short rule list, as the server's partial re-checks use. */
const few: Rule[] = allRules.filter((r) => ['GP102', 'GP205', 'GP110'].includes(r.id));

function seen(ds: Diagnostic[]): unknown[] {
  return ds.map((d) => ({ ...d, fixes: d.fixes?.map((f) => ({ ...f })) }));
}

const pieces = fc.constantFrom(
  '4', '12', ' ', 'x', '\n', ': ', '2026-01-01', '2025-06-30', 'met', 'active', 'never', 'PHQ-9', 'G1', '',
  '\nstatus: met', '\nclient_words: I want to sleep', '\nproblem: P9', '\nhorizon: short-term',
  '\n\n```yaml goal\nid: G9\nstatement: Client will walk.\n```\n',
);

describe('goal-local rules: reports kept with each goal equal the rules run again', () => {
  it('the plan rules that read one goal only are goal-local, and there are plans to edit', () => {
    const goalLocal = allRules.filter((r) => r.checkGoal).map((r) => r.id);
    for (const id of ['GP101', 'GP102', 'GP103', 'GP104', 'GP105', 'GP106', 'GP107', 'GP108', 'GP109', 'GP111', 'GP113', 'GP114', 'GP115', 'GP205']) {
      assert.ok(goalLocal.includes(id), id);
    }
    // Rules that compare goals with each other or read other files are not.
    for (const id of ['GP003', 'GP110', 'GP112', 'GP116', 'GP215']) assert.ok(!goalLocal.includes(id), id);
    assert.ok(plans.length >= 3);
    const ws = new Workspace();
    const doc = parseDocument(plans[plans.length - 1], FINDINGS_PLAN);
    ws.set(doc);
    const fired = new Set(lintDocument(doc, ws, { today: '2026-11-26' }).map((d) => d.rule));
    for (const id of ['GP101', 'GP102', 'GP103', 'GP104', 'GP105', 'GP106', 'GP107', 'GP108', 'GP109', 'GP111', 'GP113', 'GP114', 'GP115', 'GP205']) {
      assert.ok(fired.has(id), `${id} reports on the test plan`);
    }
  });

  it('after random edits, on either day and under either configuration, a plan gets what unkept rules give', function () {
    this.timeout(300_000);
    const edit = fc.record({
      // The plan with every finding half of the time.
      plan: fc.oneof(fc.constant(plans.length - 1), fc.nat(plans.length - 1)),
      // Mostly inside a goal block (the other goals keep their objects, and their kept reports),
      // sometimes anywhere (front matter, prose, fences: a new plan object or a full parse).
      inGoal: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      block: fc.nat(),
      offset: fc.nat(),
      remove: fc.nat(4),
      insert: pieces,
      today: fc.constantFrom('2026-11-26', '2025-03-01'),
      strict: fc.boolean(),
      // The day and configuration of the check before the edit (a kept report must not outlive either).
      lastToday: fc.constantFrom('2026-11-26', '2025-03-01'),
      lastStrict: fc.boolean(),
      // ... and its rule list (the server re-checks some files with a few rules only).
      lastFew: fc.boolean(),
      // Instead of the edit: a new `created` date, which goals without `start` begin on.
      created: fc.option(fc.constantFrom('2024-06-01', '2026-06-01', '2025-01-06'), { freq: 4 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const ws = new Workspace();
        for (const f of files) ws.set(parseDocument(f.uri, f.text));
        for (const [step, e] of edits.entries()) {
          const uri = plans[e.plan];
          const before = ws.get(uri)!;
          const opts = { today: e.today, configFor: () => (e.strict ? strict : loose) };
          lintDocument(before, ws, { today: e.lastToday, configFor: () => (e.lastStrict ? strict : loose), rules: e.lastFew ? few : undefined }); // what the last check kept
          const blocks = before.goalBlocks;
          const content = e.inGoal && blocks.length > 0 ? blocks[e.block % blocks.length].region.contentSpan : { start: 0, end: before.text.length };
          let start = content.start + (e.offset % Math.max(1, content.end - content.start));
          let end = Math.min(before.text.length, start + e.remove);
          let insert: string = e.insert;
          const created = /^created: (\d{4}-\d{2}-\d{2})$/m.exec(before.text);
          if (e.created && created) {
            start = created.index + 'created: '.length;
            end = start + created[1].length;
            insert = e.created;
          }
          const after = applyEdit(before, { span: { start, end }, newText: insert });
          ws.set(after);
          assert.deepEqual(
            seen(lintDocument(after, ws, opts)),
            seen(lintDocument(after, ws, { ...opts, rules: unkept })),
            `edit ${step + 1} of ${edits.length}: ${JSON.stringify(insert)} at ${start} of ${path.basename(path.dirname(uri))}`,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a goal-local rule that reports outside its goal block fails loud', () => {
    const plan = files.find((f) => f.uri === plans[0])!;
    const ws = new Workspace();
    const doc = parseDocument(plan.uri, plan.text);
    ws.set(doc);
    const stray = defineRule({
      id: 'GP999', alias: 'stray', description: 'reports at the start of the file', defaultSeverity: 'warning', appliesTo: 'goal-plan', fixable: false,
      checkGoal(ctx) {
        ctx.report({ span: { start: 0, end: 3 }, message: 'not in the goal' });
      },
    });
    const failures: string[] = [];
    const out = lintDocument(doc, ws, { today: '2026-11-26', rules: [stray], onRuleError: (r, _u, error) => failures.push(`${r.id}: ${(error as Error).message}`) });
    assert.deepEqual(out, []);
    assert.deepEqual(failures, ["GP999: GP999 is goal-local (checkGoal) but reported outside the goal's block"]);
  });

  it('a goal-local rule that throws is named once, keeps its reports so far and stops, on every lint', () => {
    const plan = files.find((f) => f.uri === plans[0])!;
    const ws = new Workspace();
    const doc = parseDocument(plan.uri, plan.text);
    ws.set(doc);
    assert.ok(doc.goalBlocks.length >= 3);
    const second = doc.goalBlocks[1].goal;
    const flaky = defineRule({
      id: 'GP998', alias: 'flaky', description: 'throws on the second goal', defaultSeverity: 'warning', appliesTo: 'goal-plan', fixable: false,
      checkGoal(ctx, e) {
        if (e.goal === second) throw new Error('bug');
        ctx.report({ span: e.block.region.rangeOf(['id']), message: `goal ${e.index + 1}` });
      },
    });
    const bare: Rule = { ...flaky, checkGoal: undefined };
    for (const rules of [[flaky], [flaky], [bare]]) {
      const failures: string[] = [];
      const out = lintDocument(doc, ws, { today: '2026-11-26', rules, onRuleError: (r) => failures.push(r.id) });
      assert.deepEqual(out.map((d) => d.message), ['goal 1']);
      assert.deepEqual(failures, ['GP998']);
    }
  });
});
