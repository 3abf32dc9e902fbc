// Schemas of the measurement-based-care keys (SPEC 5.2, 5.8): session client_report, feedback,
// barriers, events, readiness; plan monitor and expected; config missedSessions, notOnTrack,
// alliance and an instrument's `cutoff`. A failing value is GP002 at its place and counts as absent.
import { strict as assert } from 'node:assert';
import { mergeConfig } from '../../server/src/core/config/merge';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { parseYamlRegion } from '../../server/src/core/parse/yamlRegion';
import { validateConfig, validateFrontMatter } from '../../server/src/core/schema/validate';
import type { YamlRegion } from '../../server/src/core/types';

function region(yaml: string): { text: string; region: YamlRegion } {
  const text = `---\n${yaml}---\n`;
  return { text, region: parseYamlRegion('frontmatter', yaml, { start: 4, end: 4 + yaml.length }, { start: 0, end: text.length }) };
}

function check(kind: 'goal-plan' | 'session-log', yaml: string) {
  const { text, region: r } = region(yaml);
  const res = validateFrontMatter(kind, r);
  return { at: res.issues.map((i) => [text.slice(i.span.start, i.span.end), i.message]), cleaned: res.cleaned };
}

const PLAN = 'kind: goal-plan\nclient: C-1\nclinician: rk\ncreated: 2026-09-02\n';
const SESSION = 'kind: session-log\nclient: C-1\ndate: 2026-09-16\n';

describe('schema: session keys client_report, feedback, barriers, events, readiness (5.2)', () => {
  it('accepts every key with a valid value', () => {
    const r = check('session-log', `${SESSION}client_report: sleeping better\nfeedback: went through the SRS\nbarriers: [ambivalence, homework]\nevents:\n  - moved house\nreadiness: 7\n`);
    assert.deepEqual(r.at, []);
    assert.deepEqual(r.cleaned?.barriers, ['ambivalence', 'homework']);
    assert.equal(r.cleaned?.readiness, 7);
  });

  it('rejects an unknown barrier, a readiness outside 0-10 or not whole, and non-text reports', () => {
    const r = check('session-log', `${SESSION}barriers: [motivation, weather]\nreadiness: 11\nfeedback: [a]\nevents: moved\n`);
    assert.deepEqual(r.at.map(([t]) => t), ['weather', '11', '[a]', 'moved']);
    assert.match(r.at[0][1], /one of: motivation, ambivalence, external, attendance, homework, other/);
    assert.match(r.at[1][1], /a whole number from 0 to 10/);
    assert.deepEqual(r.cleaned?.barriers, ['motivation']);
    assert.equal(r.cleaned?.readiness, undefined);
    assert.equal(r.cleaned?.feedback, undefined);
    assert.equal(check('session-log', `${SESSION}readiness: 6.5\n`).cleaned?.readiness, undefined);
    assert.equal(check('session-log', `${SESSION}readiness: 0\n`).cleaned?.readiness, 0);
  });
});

describe('schema: plan monitor (5.2, 5.8)', () => {
  it('accepts every-session and durations without a leading zero', () => {
    const r = check('goal-plan', `${PLAN}monitor:\n  PHQ-9: every-session\n  GAD-7: 2w\n  ORS: 1mo\n  PCL-5: 14d\n  SRS: 1y\n`);
    assert.deepEqual(r.at, []);
    assert.deepEqual(r.cleaned?.monitor, { 'PHQ-9': 'every-session', 'GAD-7': '2w', ORS: '1mo', 'PCL-5': '14d', SRS: '1y' });
  });

  it('rejects 0d, 02w, a bare number and other words, at the value', () => {
    const r = check('goal-plan', `${PLAN}monitor:\n  PHQ-9: 0d\n  GAD-7: 02w\n  ORS: 14\n  SRS: weekly\n`);
    assert.deepEqual(r.at.map(([t]) => t), ['0d', '02w', '14', 'weekly']);
    for (const [, m] of r.at) assert.match(m, /every-session or a duration like 14d, 2w, 1mo or 1y|text/);
    assert.deepEqual(r.cleaned?.monitor, {});
  });

  it('keys must be scored instruments: count, rating and GAS (any case) are GP002 at the key', () => {
    const r = check('goal-plan', `${PLAN}monitor:\n  count: 2w\n  Rating: 2w\n  gas: every-session\n  GAS-7: 2w\n`);
    assert.deepEqual(r.at.map(([t]) => t), ['count', 'Rating', 'gas']);
    assert.match(r.at[0][1], /cannot have the key `count`: keys must be the name of a scored instrument/);
    assert.deepEqual(r.cleaned?.monitor, { 'GAS-7': '2w' });
  });
});

describe('schema: plan expected curves (5.2, 5.8)', () => {
  it('accepts a non-empty list of [week >= 0, fraction 0-1] with increasing weeks', () => {
    const r = check('goal-plan', `${PLAN}expected:\n  PHQ-9: [[0, 0], [2, 0.3], [6.5, 0.6], [12, 1]]\n`);
    assert.deepEqual(r.at, []);
    assert.deepEqual(r.cleaned?.expected, { 'PHQ-9': [[0, 0], [2, 0.3], [6.5, 0.6], [12, 1]] });
  });

  it('an empty list, a bad pair, a negative week or a fraction above 1 drops the whole curve', () => {
    const r = check('goal-plan', `${PLAN}expected:\n  PHQ-9: []\n  GAD-7: [[2, 0.3], [4]]\n  ORS: [[-1, 0.2]]\n  PCL-5: [[2, 1.5]]\n  SRS: [[2, 0.5, 1]]\n`);
    assert.equal(r.at.length, 5, JSON.stringify(r.at));
    assert.deepEqual(r.cleaned?.expected, {});
  });

  it('weeks that do not increase strictly: GP002 at the first week out of order, and the curve is absent', () => {
    const r = check('goal-plan', `${PLAN}expected:\n  PHQ-9: [[2, 0.3], [6, 0.6], [6, 0.7]]\n  GAD-7: [[4, 0.5], [2, 0.6]]\n  ORS: [[4, 0.5]]\n`);
    assert.deepEqual(r.at.map(([t]) => t), ['6', '2']);
    assert.match(r.at[0][1], /`expected\.PHQ-9\[2\]\[0\]` must be a later week than the point before it/);
    assert.deepEqual(r.cleaned?.expected, { ORS: [[4, 0.5]] });
  });
});

describe('config: missedSessions, notOnTrack, alliance, instrument cutoff (5.4)', () => {
  const names = { resolve: () => undefined };
  function config(yaml: string) {
    const r = parseYamlRegion('frontmatter', yaml, { start: 0, end: yaml.length }, { start: 0, end: yaml.length });
    const v = validateConfig(r);
    return { issues: v.issues, config: mergeConfig(defaultConfig(), v.cleaned, names) };
  }

  it('defaults: 2 missed sessions, 8 weeks, a drop of 1', () => {
    const d = defaultConfig();
    assert.deepEqual([d.missedSessions.count, d.notOnTrack.weeks, d.alliance.drop], [2, 8, 1]);
  });

  it('reads each key, and rejects values out of range', () => {
    const ok = config('missedSessions: {count: 3}\nnotOnTrack: {weeks: 6}\nalliance: {drop: 2}\n');
    assert.deepEqual(ok.issues, []);
    assert.deepEqual([ok.config.missedSessions.count, ok.config.notOnTrack.weeks, ok.config.alliance.drop], [3, 6, 2]);
    const bad = config('missedSessions: {count: 0}\nnotOnTrack: {weeks: -1}\nalliance: {drop: 0}\n');
    assert.equal(bad.issues.length, 3);
    assert.deepEqual([bad.config.missedSessions.count, bad.config.notOnTrack.weeks, bad.config.alliance.drop], [2, 8, 1]);
  });

  it('an instrument cutoff may be a number: clinical on the worse side of it', () => {
    const c = config('instruments:\n  WHO-5: {range: [0, 25], better: higher, cutoff: 13}\n  K10: {range: [10, 50], better: lower, cutoff: 30}\n  ORS: {cutoff: {value: 20, clinical: below}}\n');
    assert.deepEqual(c.issues, []);
    assert.deepEqual(c.config.instruments['WHO-5'].cutoff, { value: 13, clinical: 'below' });
    assert.deepEqual(c.config.instruments.K10.cutoff, { value: 30, clinical: 'at-or-above' });
    assert.deepEqual(c.config.instruments.ORS.cutoff, { value: 20, clinical: 'below' });
    assert.equal(config('instruments:\n  X: {cutoff: high}\n').issues.length, 1);
  });
});
