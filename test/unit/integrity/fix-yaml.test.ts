// Issue 15 items 1 and 8, and the core's fix verification: the YAML edit helpers write correct
// edits in block and flow mappings, dates stay YYYY-MM-DD in years 0000-9999, and any fix that
// would break the YAML or change another key is dropped before it reaches a file.
import * as assert from 'node:assert/strict';
import { combineFixes, checkFix } from '../../../server/src/core/edits/fixes';
import { verifyEdits } from '../../../server/src/core/edits/verify';
import { addDays, addDuration, daysBetween, fromDayNumber, parseDuration, toDayNumber } from '../../../server/src/core/dates';
import { parseDocument } from '../../../server/src/core/parse/document';
import { upsertKeys, replaceScalar } from '../../../server/src/core/rules/plan/yamlEdit';
import { applyFix, lintFiles } from '../../helpers/lint';

const TODAY = '2026-11-26';

function plan(frontMatter: string): string {
  return ['---', 'kind: goal-plan', 'client: C-9201', 'clinician: RK', ...frontMatter.split('\n'), '---', '', 'Body text.', ''].join('\n');
}

function gp201Fixed(text: string): string {
  const d = lintFiles({ 'plan.md': text }, { today: TODAY }).find((x) => x.rule === 'GP201');
  assert.ok(d?.fixes?.length, 'GP201 with a fix expected');
  const out = applyFix(text, d.fixes[0]);
  const after = lintFiles({ 'plan.md': out }, { today: TODAY });
  assert.deepEqual(after.filter((x) => ['GP001', 'GP002', 'GP201'].includes(x.rule)).map((x) => x.rule), [], out);
  return out;
}

describe('issue 15.1: GP201 fix into flow mappings', () => {
  it('a flow map with a trailing comma keeps one comma between pairs', () => {
    const out = gp201Fixed(plan('created: 2026-01-05\nreview: {every: 12w, last: 2026-01-05,}'));
    assert.match(out, /review: \{every: 12w, last: 2026-01-05, next: 2026-03-30,\}/);
  });

  it('a multi-line flow map gets the new pair on the last pair\'s line, never at column 0', () => {
    const out = gp201Fixed(plan('created: 2026-01-05\nreview: {\n    every: 12w,\n    last: 2026-01-05\n  }'));
    assert.match(out, /\n    last: 2026-01-05, next: 2026-03-30\n  \}/);
  });

  it('an empty flow map gets the pair right after its brace', () => {
    const out = gp201Fixed(plan('created: 2026-01-05\nreview: {}'));
    assert.match(out, /review: \{next: 2026-04-05\}/);
  });

  it('a single-line flow map with a comment after it', () => {
    const out = gp201Fixed(plan('created: 2026-01-05\nreview: {last: 2026-01-05, every: 4w} # agreed'));
    assert.match(out, /review: \{last: 2026-01-05, every: 4w, next: 2026-02-02\} # agreed/);
  });
});

describe('yamlEdit writes strings that read back as written', () => {
  const doc = (fm: string) => parseDocument('plan.md', plan(fm));
  const read = (text: string, path: string[]) => parseDocument('plan.md', text).frontMatter!.doc!.getIn(path);

  for (const value of ['true', '1e3', '~', '0142', '[C1]', '*C1', '? x', '"007"', 'a: b', 'x #y', '\\x41', "it's"]) {
    it(`replaceScalar and upsertKeys keep ${JSON.stringify(value)} a string (plain, single, double, flow)`, () => {
      for (const fm of ['review:\n  last: old', "review:\n  last: 'old'", 'review:\n  last: "old"', 'review: {last: old, every: 4w}']) {
        const d = doc(fm);
        const e = replaceScalar(d, d.frontMatter!, ['review', 'last'], value)!;
        const text = d.text.slice(0, e.span.start) + e.newText + d.text.slice(e.span.end);
        assert.equal(read(text, ['review', 'last']), value, `${fm} -> ${text}`);
        const edits = upsertKeys(d, d.frontMatter!, ['review'], [['note', value]])!;
        const t2 = applyFix(d.text, { title: '', edits, safe: true });
        assert.equal(read(t2, ['review', 'note']), value, t2);
        assert.equal(read(t2, ['review', 'last']), 'old');
      }
    });
  }
});

describe('issue 15.8: dates in years 0000-0099 and near 9999', () => {
  it('counts days exactly in years 0000-0099 (no 1900-1999 trap)', () => {
    assert.equal(addDays('0026-09-01', 90), '0026-11-30');
    assert.equal(daysBetween('0000-01-01', '0001-01-01'), 366, 'year 0000 is a leap year');
    assert.equal(daysBetween('0099-12-31', '0100-01-01'), 1);
    assert.equal(fromDayNumber(toDayNumber('0004-02-29')), '0004-02-29');
    assert.equal(addDuration('0026-01-31', { n: 1, unit: 'mo' }), '0026-02-28');
    assert.equal(addDuration('0003-02-28', { n: 1, unit: 'y' }), '0004-02-28');
    assert.equal(daysBetween('1970-01-01', '2026-11-26'), 20783);
  });

  it('proposes 0026-11-30 for a plan of 0026 (GP201), never 1926', () => {
    const d = lintFiles({ 'plan.md': plan('created: 0026-09-01\nreview:\n  every: 90d') }, { today: TODAY }).find((x) => x.rule === 'GP201')!;
    assert.match(d.fixes![0].edits[0].newText, /next: 0026-11-30/);
  });

  it('a result past 9999-12-31 or before 0000-01-01 is undefined, never +010000 or a throw', () => {
    assert.equal(addDays('9999-12-25', 7), undefined);
    assert.equal(addDays('0000-01-03', -7), undefined);
    assert.equal(addDuration('9999-11-01', { n: 3, unit: 'mo' }), undefined);
    assert.equal(addDuration('2026-01-01', parseDuration('99999999999y')!), undefined);
    assert.equal(addDuration('2026-01-01', parseDuration('99999999999999999999d')!), undefined);
    assert.equal(addDuration('9999-12-01', { n: 30, unit: 'd' }), '9999-12-31');
  });

  it('GP201 near 9999 or with a huge review.every reports without a fix, and never throws', () => {
    for (const fm of ['created: 9999-11-01\nreview:\n  every: 3mo', 'created: 2026-01-01\nreview:\n  every: 99999999999y']) {
      const ds = lintFiles({ 'plan.md': plan(fm) }, { today: TODAY });
      const d = ds.find((x) => x.rule === 'GP201');
      assert.ok(d, `GP201 still reported for ${fm}`);
      assert.equal(d.fixes, undefined);
    }
  });
});

describe('the core verifies every fix (core/edits/verify)', () => {
  const d = parseDocument('plan.md', plan('created: 2026-01-05\nreview:\n  every: 12w\n  last: 2026-01-05'));
  const at = (needle: string) => d.text.indexOf(needle);

  it('refuses an edit that breaks the YAML (a new GP001)', () => {
    const v = verifyEdits(d, [{ span: { start: at('every'), end: at('every') }, newText: '{' }]);
    assert.equal(v.ok, false);
    assert.match(!v.ok ? v.reason : '', /GP001/);
  });

  it('refuses an insertion glued to a neighbouring value', () => {
    const end = at('2026-01-05\n---') + 10;
    const v = verifyEdits(d, [{ span: { start: end, end }, newText: 'T1' }]);
    assert.equal(v.ok, false);
    assert.match(!v.ok ? v.reason : '', /value of review\.last/);
  });

  it('refuses retyping a text value it touches', () => {
    const s = at('12w');
    const v = verifyEdits(d, [{ span: { start: s, end: s + 3 }, newText: 'true' }]);
    assert.equal(v.ok, false);
    assert.match(!v.ok ? v.reason : '', /turn review\.every into a boolean/);
  });

  it('accepts a clean insertion and returns the re-parsed result', () => {
    const end = at('2026-01-05\n---') + 11;
    const v = verifyEdits(d, [{ span: { start: end, end }, newText: '  next: 2026-03-30\n' }]);
    assert.equal(v.ok, true);
    assert.equal(v.ok && v.doc.plan?.review?.next, '2026-03-30');
  });

  it('combineFixes drops a bad fix with its reason and keeps the good ones', () => {
    const good = { title: 'good', safe: true, edits: [{ span: { start: at('every'), end: at('every') }, newText: 'last2: x\n  ' }] };
    const bad = { title: 'bad', safe: true, edits: [{ span: { start: at('clinician'), end: at('clinician') }, newText: '"' }] };
    const diag = (rule: string, fix: typeof good) => ({ uri: 'plan.md', span: { start: 0, end: 0 }, rule, alias: rule, severity: 'error' as const, message: '', fixes: [fix] });
    assert.match(checkFix(d, bad) ?? '', /GP001/);
    const c = combineFixes(d, [diag('GPX', bad), diag('GPY', good)]);
    assert.deepEqual(c.fixed.map((x) => x.rule), ['GPY']);
    assert.deepEqual(c.dropped.map((x) => `${x.rule} ${x.title}`), ['GPX bad']);
    assert.equal(c.doc?.frontMatter?.doc?.getIn(['review', 'last2']), 'x');
  });
});
