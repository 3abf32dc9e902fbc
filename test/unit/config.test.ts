// Configuration (SPEC 3): the .goalplan.yaml cascade (nearer overrides key by key, root: true
// stops the search upward), ids and aliases, config files' own diagnostics, invalidation; and
// suppression comments (SPEC 2).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { lintFiles } from '../helpers/lint';

function tree(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-config-')));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('ConfigResolver', () => {
  const made: string[] = [];
  const ws = (files: Record<string, string>) => {
    const d = tree(files);
    made.push(d);
    return d;
  };
  after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('merges every config from the workspace root down, the nearer overriding key by key', () => {
    const root = ws({
      '.goalplan.yaml': 'rules:\n  GP110: off\n  vague-wording: error\nreview:\n  maxInterval: 60d\n  dueSoon: 10\nsignatureGraceDays: 5\n',
      'a/.goalplan.yaml': 'rules:\n  GP101: info\nreview:\n  dueSoon: 7\n',
      'a/b/plan.md': '',
    });
    const r = new ConfigResolver(root);
    const c = r.configFor(path.join(root, 'a/b/plan.md'));
    assert.equal(c.rules.GP110?.severity, 'off', 'inherited from the root');
    assert.equal(c.rules.GP101?.severity, 'info', 'nearer wins (alias and id name the same rule)');
    assert.equal(c.review.maxInterval, '60d', 'inherited');
    assert.equal(c.review.dueSoon, 7, 'overridden key by key inside review');
    assert.equal(c.signatureGraceDays, 5);
    const top = r.configFor(path.join(root, 'plan.md'));
    assert.equal(top.rules.GP101?.severity, 'error');
    assert.equal(top.review.dueSoon, 10);
  });

  it('root: true stops the search upward; nothing above the workspace root applies', () => {
    const outer = ws({
      '.goalplan.yaml': 'signatureGraceDays: 9\n',
      'ws/.goalplan.yaml': 'rules:\n  GP312: error\n',
      'ws/team/.goalplan.yaml': 'root: true\nrules:\n  GP313: off\n',
      'ws/team/x/s.md': '',
    });
    const r = new ConfigResolver(path.join(outer, 'ws'));
    const c = r.configFor(path.join(outer, 'ws/team/x/s.md'));
    assert.equal(c.rules.GP313?.severity, 'off');
    assert.equal(c.rules.GP312, undefined, 'the parent config is cut off by root: true');
    assert.equal(c.signatureGraceDays, 3, 'the folder above the workspace root never applies');
    assert.equal(r.configFor(path.join(outer, 'ws/s.md')).rules.GP312?.severity, 'error');
  });

  it('uses only the explicit file with explicitConfig', () => {
    const root = ws({ '.goalplan.yaml': 'rules:\n  GP110: off\n', 'alt.yaml': 'rules:\n  GP111: error\n' });
    const c = new ConfigResolver(root, { explicitConfig: path.join(root, 'alt.yaml') }).configFor(path.join(root, 'p.md'));
    assert.equal(c.rules.GP110, undefined);
    assert.equal(c.rules.GP111?.severity, 'error');
  });

  it('reports YAML errors (GP001), schema errors and unknown rule names (GP002) at their place, and ignores invalid values', () => {
    const text = 'rules:\n  no-such-rule: off\n  GP101: sometimes\nmaxFileSize: big\nsignatureGraceDays: 4\n';
    const root = ws({ '.goalplan.yaml': text, 'bad/.goalplan.yaml': 'rules:\n  GP101: off\n  GP101: error\n' });
    const r = new ConfigResolver(root);
    const c = r.configFor(path.join(root, 'p.md'));
    assert.equal(c.signatureGraceDays, 4, 'valid keys still apply');
    assert.equal(c.maxFileSize, 5 * 1024 * 1024, 'an invalid value counts as absent');
    assert.equal(c.rules.GP101, undefined);
    const [report] = r.configFiles([path.join(root, '.goalplan.yaml')]);
    const at = report.diagnostics.map((d) => [d.rule, text.slice(d.span.start, d.span.end)]);
    assert.deepEqual(at.map((x) => x[0]), ['GP002', 'GP002', 'GP002']);
    assert.equal(at[0][1], 'no-such-rule');
    assert.match(report.diagnostics[0].message, /no-such-rule/);
    assert.equal(at[1][1], 'sometimes');
    assert.equal(at[2][1], 'big');
    const [bad] = r.configFiles([path.join(root, 'bad/.goalplan.yaml')]);
    assert.deepEqual(bad.diagnostics.map((d) => d.rule), ['GP001'], 'duplicate keys are YAML errors');
    assert.equal(r.configFor(path.join(root, 'bad/p.md')).rules.GP101, undefined, 'a broken config contributes nothing');
  });

  it('caches per folder and re-reads after invalidate()', () => {
    const root = ws({ '.goalplan.yaml': 'signatureGraceDays: 4\n' });
    const r = new ConfigResolver(root);
    const p = path.join(root, 'p.md');
    assert.equal(r.configFor(p).signatureGraceDays, 4);
    assert.equal(r.configFor(p), r.configFor(path.join(root, 'q.md')), 'one object per folder');
    fs.writeFileSync(path.join(root, '.goalplan.yaml'), 'signatureGraceDays: 8\n');
    assert.equal(r.configFor(p).signatureGraceDays, 4, 'cached until invalidated');
    r.invalidate(path.join(root, '.goalplan.yaml'));
    assert.equal(r.configFor(p).signatureGraceDays, 8);
    fs.mkdirSync(path.join(root, 'sub'));
    fs.writeFileSync(path.join(root, 'sub/.goalplan.yaml'), 'signatureGraceDays: 1\n');
    r.invalidate(path.join(root, 'sub/.goalplan.yaml'));
    assert.equal(r.configFor(path.join(root, 'sub/p.md')).signatureGraceDays, 1);
    r.invalidate();
    assert.equal(r.configFor(p).signatureGraceDays, 8);
  });
});

describe('suppression comments', () => {
  const PLAN = (goalExtra: string, before = '') => `---
kind: goal-plan
client: C-1
clinician: AL
created: 2026-09-01
review:
  every: 90d
  last: 2026-10-01
  next: 2026-12-25
problems:
  - id: P1
    text: Panic
assessment:
  strengths:
    - Keeps a steady job
agreement: {by: client, date: 2026-09-01, method: signed}
signed: {by: AL, date: 2026-09-01}
---
${before}
\`\`\`yaml goal
id: G1
statement: Client will attend 3 of 4 weekly team meetings without leaving.
client_words: I want to stop walking out of meetings.
problem: P1
measure: {instrument: count, baseline: 0, target: 3, unit: meetings per month}
start: 2026-09-01
due: 2027-02-01
interventions: [Exposure]
${goalExtra}\`\`\`
`;
  const rulesOf = (text: string) => lintFiles({ 'p.md': text }).map((d) => d.rule);

  it('reports without a comment (control)', () => {
    assert.deepEqual(rulesOf(PLAN('horizon: short-term\n')), ['GP109']);
  });

  it('disable-line inside YAML by id, by alias, and with no ids (all rules)', () => {
    assert.deepEqual(rulesOf(PLAN('horizon: short-term # goalplan-disable-line GP109\n')), []);
    assert.deepEqual(rulesOf(PLAN('horizon: short-term # goalplan-disable-line horizon-mismatch\n')), []);
    assert.deepEqual(rulesOf(PLAN('horizon: short-term # goalplan-disable-line\n')), []);
    assert.deepEqual(rulesOf(PLAN('horizon: short-term # goalplan-disable-line GP101 GP102\n')), ['GP109'], 'other ids do not suppress');
  });

  it('disable-next-line in Markdown applies to the next line only', () => {
    const planText = PLAN('');
    const note = (beforePlanHeading: string) => `---
kind: session-log
client: C-1
date: 2026-10-01
format: DAP
goals:
  G1:
    progress: 0
signed:
  by: AL
  date: 2026-10-01
---

## Data

Attended.

## Assessment

On track.
${beforePlanHeading}## Plan
`;
    const rules = (n: string) => lintFiles({ 'p.md': planText, 's.md': n }).filter((d) => d.uri === 's.md').map((d) => d.rule);
    assert.deepEqual(rules(note('\n')), ['GP305'], 'control: the empty Plan section is reported on its heading');
    assert.deepEqual(rules(note('\n<!-- goalplan-disable-next-line GP305 -->\n')), []);
    assert.deepEqual(rules(note('\n<!-- goalplan-disable-next-line missing-section -->\n')), [], 'by alias');
    assert.deepEqual(rules(note('\n<!-- goalplan-disable-next-line -->\n')), [], 'no ids: every rule');
    assert.deepEqual(rules(note('\n<!-- goalplan-disable-next-line GP305 -->\n\n')), ['GP305'], 'a blank line in between: not the next line');
    assert.deepEqual(rules(note('\n<!-- goalplan-disable-next-line GP101 -->\n')), ['GP305'], 'another id does not suppress');
  });

  it('disable ... enable blocks, for named rules or all', () => {
    const two = (a: string, b: string) => PLAN('horizon: short-term\n', '') + `\n${a}\n\`\`\`yaml goal\nid: G2\nstatement: Client will attend 3 of 4 weekly team meetings without leaving.\nclient_words: I want to stay.\nproblem: P1\nmeasure: {instrument: count, baseline: 0, target: 3, unit: meetings per month}\nhorizon: short-term\nstart: 2026-09-01\ndue: 2027-02-01\ninterventions: [Exposure]\n\`\`\`\n${b}\n`;
    assert.deepEqual(rulesOf(two('', '')), ['GP109', 'GP109']);
    const blocked = PLAN('horizon: short-term\n', '<!-- goalplan-disable GP109 -->\n');
    assert.deepEqual(rulesOf(blocked), []);
    assert.deepEqual(rulesOf(PLAN('horizon: short-term\n', '<!-- goalplan-disable GP109 -->\n<!-- goalplan-enable GP109 -->\n')), ['GP109'], 'enabled again before the goal');
    assert.deepEqual(rulesOf(PLAN('horizon: short-term\n', '<!-- goalplan-disable -->\n')), [], 'no ids: every rule');
    assert.deepEqual(rulesOf(PLAN('horizon: short-term\n', '<!-- goalplan-disable vague-wording -->\n')), ['GP109'], 'another rule stays on');
  });
});
