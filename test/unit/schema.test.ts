// Schema validation (GP002): ajv errors mapped onto YAML ranges, clinician-readable messages,
// and the cleaned value in which every failing value counts as absent (SPEC 1.1).
import { strict as assert } from 'node:assert';
import { parseYamlRegion } from '../../server/src/core/parse/yamlRegion';
import { validateFrontMatter, validateGoal } from '../../server/src/core/schema/validate';
import type { Issue, YamlRegion } from '../../server/src/core/types';

/** A Markdown file with `yaml` as front matter; returns the document text and its region. */
function frontMatter(yaml: string): { text: string; region: YamlRegion } {
  const text = `---\n${yaml}---\n\n# Notes\n`;
  const start = 4;
  return { text, region: parseYamlRegion('frontmatter', yaml, { start, end: start + yaml.length }, { start: 0, end: start + yaml.length + 4 }) };
}

/** A plan body holding one ```yaml goal fence after some prose, so offsets are not trivially 0. */
function goalBlock(yaml: string): { text: string; region: YamlRegion } {
  const before = '---\nkind: goal-plan\n---\n\n## G1 Speak up\n\n```yaml goal\n';
  const text = `${before}${yaml}\`\`\`\n`;
  const start = before.length;
  const outerStart = before.indexOf('```');
  return { text, region: parseYamlRegion('goal', yaml, { start, end: start + yaml.length }, { start: outerStart, end: text.length - 1 }) };
}

/** The document text under each issue, with its message. */
function located(text: string, issues: Issue[]): Array<[string, string]> {
  return issues.map((i) => [text.slice(i.span.start, i.span.end), i.message]);
}

const PLAN = `kind: goal-plan
client: C-0142
clinician: rk
created: 2026-09-02
review:
  every: 90d
  last: 2026-09-02
  next: 2026-12-01
problems:
  - id: P1
    text: Avoids speaking in groups
signed: {by: rk, date: 2026-09-03}
`;

const SESSION = `kind: session-log
client: C-0142
date: 2026-09-16
type: therapy
start: "09:30"
end: "10:20"
format: SOAP
cpt: 90834
modality: telehealth
review: false
goals:
  G1: {progress: 0, value: 1, note: shared once, decision: continue}
  G2:
measures:
  PHQ-9: 12
  GAD-7: {score: 8, items: [1, 2, 1, 0, 1, 2, 1]}
signed: {by: rk, date: 2026-09-16}
`;

const GOAL = `id: G1
statement: Client will share at least one comment in 3 of 4 weekly team meetings.
type: behavioral
horizon: long-term
problem: P1
measure:
  instrument: count
  baseline: 0
  target: 3
  unit: meetings per month
start: 2026-09-02
due: 2026-12-01
status: active
weight: 1
interventions:
  - Graded exposure, weekly, rk
gas:
  -2: silent in every meeting
  0: shares once a week
  2: leads an agenda item
`;

describe('schema validation: valid files', () => {
  it('a complete plan, session and goal pass with their data unchanged', () => {
    for (const [kind, yaml] of [['goal-plan', PLAN], ['session-log', SESSION]] as const) {
      const { region } = frontMatter(yaml);
      const r = validateFrontMatter(kind, region);
      assert.deepEqual(r.issues, [], kind);
      const expected = structuredClone(region.raw) as Record<string, unknown>;
      if (kind === 'session-log') expected.cpt = '90834'; // an unquoted CPT code is still a code
      assert.deepEqual(r.cleaned, expected);
    }
    const g = validateGoal(goalBlock(GOAL).region);
    assert.deepEqual(g.issues, []);
    assert.deepEqual(g.cleaned, goalBlock(GOAL).region.raw);
  });

  it('cleaned is a copy: changing it never changes what the user wrote', () => {
    const { region } = frontMatter(PLAN);
    const r = validateFrontMatter('goal-plan', region);
    (r.cleaned!.review as Record<string, unknown>).next = 'changed';
    assert.equal((region.raw as { review: { next: string } }).review.next, '2026-12-01');
  });

  it('only id and statement are required in a goal; plans may lack review.next (GP201, not GP002)', () => {
    assert.deepEqual(validateGoal(goalBlock('id: G1\nstatement: Client will attend 3 of 4 meetings.\n').region).issues, []);
    const plan = PLAN.replace(/review:[\s\S]*?next: 2026-12-01\n/, '');
    assert.deepEqual(validateFrontMatter('goal-plan', frontMatter(plan).region).issues, []);
  });

  it('unknown extra keys are allowed (forward compatibility)', () => {
    const r = validateGoal(goalBlock('id: G1\nstatement: x\nowner: team-b\nmeasure: {instrument: PHQ-9, scale: weekly}\n').region);
    assert.deepEqual(r.issues, []);
  });

  it('a region with YAML errors is left to GP001: no schema issues, no data', () => {
    const r = validateFrontMatter('goal-plan', frontMatter('kind: goal-plan\nclient: [unclosed\n').region);
    assert.deepEqual(r, { issues: [], cleaned: undefined });
  });
});

describe('schema validation: ranges point at the offending value or key', () => {
  it('an impossible date: the span is the date itself', () => {
    const { text, region } = frontMatter(PLAN.replace('next: 2026-12-01', 'next: 2026-02-30'));
    assert.deepEqual(located(text, validateFrontMatter('goal-plan', region).issues), [
      ['2026-02-30', '`review.next` must be a date like 2026-12-01 (2026-02-30 is not a calendar date)'],
    ]);
  });

  it('dates that are not YYYY-MM-DD, or not strings at all', () => {
    const { text, region } = goalBlock('id: G1\nstatement: x\ndue: 12/01/2026\nstart: 20260902\nclosed: 2026-2-3\n');
    assert.deepEqual(located(text, validateGoal(region).issues), [
      ['12/01/2026', '`due` must be a date like 2026-12-01 (written as YYYY-MM-DD)'],
      ['20260902', '`start` must be a date like 2026-12-01'],
      ['2026-2-3', '`closed` must be a date like 2026-12-01 (written as YYYY-MM-DD)'],
    ]);
  });

  it('leap days: 2028-02-29 is a date, 2026-02-29 and 2100-02-29 are not', () => {
    const check = (d: string) => validateGoal(goalBlock(`id: G1\nstatement: x\ndue: ${d}\n`).region).issues.length;
    assert.equal(check('2028-02-29'), 0);
    assert.equal(check('2000-02-29'), 0);
    assert.equal(check('2026-02-29'), 1);
    assert.equal(check('2100-02-29'), 1);
    assert.equal(check('2026-04-31'), 1);
    assert.equal(check('2026-00-10'), 1);
  });

  it('enum values: every allowed value is named, and a case slip gets a suggestion', () => {
    const { text, region } = goalBlock('id: G1\nstatement: x\nstatus: done\nhorizon: Long-Term\n');
    assert.deepEqual(located(text, validateGoal(region).issues), [
      ['done', '`status` must be one of: active, on-hold, met, revised, discontinued'],
      ['Long-Term', '`horizon` must be one of: short-term, long-term (did you mean `long-term`?)'],
    ]);
  });

  it('nested paths: measure.baseline written as a quoted number', () => {
    const { text, region } = goalBlock('id: G1\nstatement: x\nmeasure:\n  instrument: PHQ-9\n  baseline: "16"\n  target: 9\n');
    assert.deepEqual(located(text, validateGoal(region).issues), [
      ['"16"', '`measure.baseline` must be a number (write it without quotes)'],
    ]);
  });

  it('a missing required key points at the first line and names the key', () => {
    const { text, region } = frontMatter('# plan of C-0142\nkind: goal-plan\nclinician: rk\n');
    assert.deepEqual(located(text, validateFrontMatter('goal-plan', region).issues), [
      ['kind: goal-plan', 'missing required key `client`'],
      ['kind: goal-plan', 'missing required key `created`'],
    ]);
  });

  it('a missing nested key points at its parent key; in a list item at the item', () => {
    const yaml = PLAN.replace('signed: {by: rk, date: 2026-09-03}', 'signed: {by: rk}').replace('  - id: P1\n    text: Avoids speaking in groups\n', '  - id: P1\n    text: Avoids speaking in groups\n  - text: Panic in shops\n');
    const { text, region } = frontMatter(yaml);
    assert.deepEqual(located(text, validateFrontMatter('goal-plan', region).issues), [
      ['text: Panic in shops', 'missing required key `id` in `problems[1]`'],
      ['signed', 'missing required key `date` in `signed`'],
    ]);
  });

  it('an empty goal block reports its missing keys at the opening fence', () => {
    const { text, region } = goalBlock('');
    const r = validateGoal(region);
    assert.deepEqual(located(text, r.issues).map(([, m]) => m), ['missing required key `id`', 'missing required key `statement`']);
    for (const i of r.issues) assert.equal(text.slice(i.span.start, i.span.end), '```yaml goal');
    assert.equal(r.cleaned, undefined);
  });

  it('a goal block that is a list, not a mapping, is one issue and no data', () => {
    const { text, region } = goalBlock('- id: G1\n- statement: x\n');
    const r = validateGoal(region);
    assert.equal(r.issues.length, 1);
    assert.match(r.issues[0].message, /^this goal block must be a mapping/);
    assert.equal(text.slice(r.issues[0].span.start, r.issues[0].span.end), '- id: G1');
    assert.equal(r.cleaned, undefined);
  });

  it('numbers where text is expected get a hint to quote them', () => {
    const { text, region } = frontMatter(PLAN.replace('client: C-0142', 'client: 0142'));
    assert.deepEqual(located(text, validateFrontMatter('goal-plan', region).issues), [
      ['0142', '`client` must be a code without spaces, like C-0142 (put it in quotes, like "0142", so it is kept exactly as written)'],
    ]);
  });

  it('GAS level keys: a bad key points at the key, not the description', () => {
    const { text, region } = goalBlock('id: G1\nstatement: x\ngas:\n  0: expected\n  3: far beyond\n  -2: 5\n');
    const r = validateGoal(region);
    assert.deepEqual(located(text, r.issues), [
      ['3', '`gas` cannot have the key `3`: keys must be a GAS level: -2, -1, 0, 1 or 2'],
      ['5', '`gas.-2` must be text describing that level (put it in quotes, like "0142", so it is kept exactly as written)'],
    ]);
    assert.deepEqual(r.cleaned!.gas, { 0: 'expected' });
  });

  it('weight must be above 0; a whole block of problems gets one message each', () => {
    const { text, region } = goalBlock('id: G1\nstatement: x\nweight: 0\ninterventions: weekly CBT\n');
    assert.deepEqual(located(text, validateGoal(region).issues), [
      ['0', '`weight` must be a number greater than 0'],
      ['weekly CBT', '`interventions` must be a list of interventions, each line starting with -'],
    ]);
  });
});

describe('schema validation: session logs', () => {
  it('goals map entries: progress must be a whole number, decision an allowed word', () => {
    const yaml = SESSION.replace('G1: {progress: 0, value: 1, note: shared once, decision: continue}', 'G1: {progress: 1.5, value: lots, note: shared once, decision: keep}');
    const { text, region } = frontMatter(yaml);
    const r = validateFrontMatter('session-log', region);
    assert.deepEqual(located(text, r.issues), [
      ['1.5', '`goals.G1.progress` must be a whole number from -2 to 2'],
      ['lots', '`goals.G1.value` must be a number'],
      ['keep', '`goals.G1.decision` must be one of: continue, revise, met, discontinued'],
    ]);
    // Only the failing values are gone; the note and the other goal survive.
    assert.deepEqual((r.cleaned!.goals as Record<string, unknown>), { G1: { note: 'shared once' }, G2: null });
  });

  it('progress outside -2..2 is left to GP304 (value-out-of-range), not a schema error', () => {
    const yaml = SESSION.replace('progress: 0', 'progress: 3');
    const r = validateFrontMatter('session-log', frontMatter(yaml).region);
    assert.deepEqual(r.issues, []);
    assert.equal(((r.cleaned!.goals as Record<string, Record<string, unknown>>).G1).progress, 3);
  });

  it('a goal entry that is not a mapping', () => {
    const { text, region } = frontMatter(SESSION.replace('  G2:\n', '  G2: 1\n'));
    assert.deepEqual(located(text, validateFrontMatter('session-log', region).issues), [
      ['1', '`goals.G2` must be a mapping like {progress: 0, note: ...}'],
    ]);
  });

  it('measures: a score or {score, items}; one message per value, no anyOf noise', () => {
    const yaml = SESSION.replace('PHQ-9: 12', 'PHQ-9: high').replace('{score: 8, items: [1, 2, 1, 0, 1, 2, 1]}', '{score: eight, items: [1, 2, x, 0, 1, 2, 1]}');
    const { text, region } = frontMatter(yaml);
    const r = validateFrontMatter('session-log', region);
    assert.deepEqual(located(text, r.issues), [
      ['high', '`measures.PHQ-9` must be a score (a number) or a mapping {score, items}'],
      ['eight', '`measures.GAD-7.score` must be a number'],
      ['x', '`measures.GAD-7.items[2]` must be a number'],
    ]);
    // Item answers are positional (item 9 of the PHQ-9 matters): one bad answer drops the whole list.
    assert.deepEqual(r.cleaned!.measures, { 'GAD-7': {} });
  });

  it('times, duration, type, format and review flags', () => {
    const yaml = SESSION.replace('start: "09:30"', 'start: "9:30"').replace('end: "10:20"', 'end: "24:00"\nduration: 0')
      .replace('type: therapy', 'type: session').replace('format: SOAP', 'format: soap').replace('review: false', 'review: yes');
    const { text, region } = frontMatter(yaml);
    assert.deepEqual(located(text, validateFrontMatter('session-log', region).issues), [
      ['session', '`type` must be one of: therapy, intake, no-show, cancelled, group, family, collateral'],
      ['"9:30"', '`start` must be a time like 09:30 (HH:MM, 24-hour)'],
      ['"24:00"', '`end` must be a time like 10:20 (HH:MM, 24-hour)'],
      ['0', '`duration` must be a whole number of minutes greater than 0'],
      ['soap', '`format` must be one of: SOAP, DAP, BIRP, GIRP (did you mean `SOAP`?)'],
      ['yes', '`review` must be true or false'],
    ]);
  });

  it('messages never repeat free text the clinician wrote', () => {
    const secret = 'client disclosed something private';
    const yaml = SESSION.replace('note: shared once', `note: [${secret}]`).replace('kind: session-log', `kind: session-log\nrisk: {text: ${secret}}`);
    const r = validateFrontMatter('session-log', frontMatter(yaml).region);
    assert.equal(r.issues.length, 2);
    for (const i of r.issues) assert.ok(!i.message.includes('private'), i.message);
  });
});

describe('schema validation: cleaned data', () => {
  it('drops exactly the failing values, keeps everything else, and keeps missing keys missing', () => {
    const yaml = PLAN.replace('created: 2026-09-02', 'created: 2026-09-31').replace('every: 90d', 'every: 3 months')
      .replace('  - id: P1\n', '  - id: P1\n    text: ok\n  - id: [P2]\n    text: second\n').replace('    text: Avoids speaking in groups\n', '');
    const r = validateFrontMatter('goal-plan', frontMatter(yaml).region);
    assert.deepEqual(r.issues.map((i) => i.message), [
      '`created` must be a date like 2026-12-01 (2026-09-31 is not a calendar date)',
      '`review.every` must be a duration like 90d, 12w, 3mo or 1y',
      '`problems[1].id` must be a code without spaces, like C-0142',
    ]);
    assert.deepEqual(r.cleaned, {
      kind: 'goal-plan', client: 'C-0142', clinician: 'rk',
      review: { last: '2026-09-02', next: '2026-12-01' },
      problems: [{ id: 'P1', text: 'ok' }, { text: 'second' }],
      signed: { by: 'rk', date: '2026-09-03' },
    });
  });

  it('a failing list item is removed from the list (other items keep their data)', () => {
    const r = validateGoal(goalBlock('id: G1\nstatement: x\ninterventions:\n  - CBT weekly\n  - {who: rk}\n  - 12\n  - exposure\n').region);
    assert.equal(r.issues.length, 2);
    assert.deepEqual(r.cleaned!.interventions, ['CBT weekly', 'exposure']);
  });

  it('a key named __proto__ stays a plain key', () => {
    const r = validateGoal(goalBlock('id: G1\nstatement: x\n__proto__: {polluted: true}\ndue: 2026-02-30\n').region);
    assert.equal(r.issues.length, 1);
    assert.equal(Object.getPrototypeOf(r.cleaned), Object.prototype);
    assert.equal((r.cleaned as Record<string, unknown>).polluted, undefined);
    assert.ok(Object.prototype.hasOwnProperty.call(r.cleaned, '__proto__'));
  });
});

describe('schema validation: keys left empty', () => {
  it('an optional key with no value counts as absent without a GP002 (its own rule reports it)', () => {
    const { region } = goalBlock('id: G1\nstatement: x\ndue:\nstatus:\nmeasure:\n  baseline:\n  target: 3\n');
    const r = validateGoal(region);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.cleaned, { id: 'G1', statement: 'x', measure: { target: 3 } });
    const plan = validateFrontMatter('goal-plan', frontMatter(PLAN.replace('next: 2026-12-01', 'next:')).region);
    assert.deepEqual(plan.issues, []);
    assert.deepEqual((plan.cleaned!.review as Record<string, unknown>), { every: '90d', last: '2026-09-02' });
  });

  it('a required key with no value is located at the key and says it is required', () => {
    const { text, region } = goalBlock('id: G1\nstatement:\n');
    const r = validateGoal(region);
    assert.deepEqual(located(text, r.issues), [['statement', '`statement` is empty: it is required and must be text']]);
    assert.deepEqual(r.cleaned, { id: 'G1' });
  });

  it('a session goal listed without details stays (null is allowed there)', () => {
    const r = validateFrontMatter('session-log', frontMatter(SESSION).region);
    assert.equal((r.cleaned!.goals as Record<string, unknown>).G2, null);
  });
});
