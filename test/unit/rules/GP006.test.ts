// GP006 unknown-instrument (SPEC 5.4, 5.8): every place a file names an instrument is checked;
// the message names the nearest known instrument (or asks to configure a far one); the safe
// fix renames only when exactly one known name is equal after removing case, spaces, dashes
// and underscores, and never onto a key the mapping already has.
import * as assert from 'node:assert/strict';
import { editDistance, nearestInstrument, normaliseInstrumentName } from '../../../server/src/core/instrumentNames';
import { defaultConfig } from '../../../server/src/core/config/defaults';
import { applyFix, configFromYaml, lintFiles } from '../../helpers/lint';

const TODAY = '2026-11-26';

function session(measures: string): string {
  return ['---', 'kind: session-log', 'client: C-1', 'date: 2026-11-10', 'measures:', ...measures.split('\n').map((l) => `  ${l}`), '---', '', 'Note.', ''].join('\n');
}

function plan(front: string, instrument: string): string {
  return [
    '---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-09-01', ...front.split('\n').filter(Boolean), '---', '',
    '```yaml goal', 'id: G1', 'statement: Client will lower the score from 16 to 9 by June.', 'measure:', `  instrument: ${instrument}`, '  baseline: 16', '  target: 9', '```', '',
  ].join('\n');
}

function gp006(files: Record<string, string>, config?: string) {
  return lintFiles(files, { today: TODAY, config }).filter((d) => d.rule === 'GP006');
}

describe('GP006 unknown-instrument', () => {
  it('normalises names by removing case, spaces, dashes and underscores', () => {
    for (const n of ['PHQ-9', 'phq 9', 'Phq_9', 'PHQ9', 'p h q - 9']) assert.equal(normaliseInstrumentName(n), 'phq9');
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'ors'), 3);
  });

  it('nearest name: smallest distance, ties in table order; a replacement only for one equal name', () => {
    const config = defaultConfig();
    assert.deepEqual(nearestInstrument('PHQ9', config), { name: 'PHQ-9', distance: 0, replacement: 'PHQ-9' });
    assert.equal(nearestInstrument('ORS2', config)?.name, 'ORS');
    assert.equal(nearestInstrument('ORS2', config)?.replacement, undefined);
    // "GAD" is 1 from "gad7" and 4 from others: GAD-7. "PHQ" vs "PHQ-9"/"PCL-5": PHQ-9 is nearer.
    assert.equal(nearestInstrument('GAD', config)?.name, 'GAD-7');
    // Two configured names that normalise alike: no replacement.
    const two = configFromYaml('instruments:\n  K 10: {range: [10, 50]}\n  K_10: {range: [10, 50]}\n');
    assert.equal(nearestInstrument('k10', two)?.replacement, undefined);
  });

  it('accepts names that match a known one case-insensitively (SPEC 5.7), and configured names', () => {
    assert.deepEqual(gp006({ 's.md': session('phq-9: 12\nors: 30\nGad-7: {score: 4}') }), []);
    assert.deepEqual(gp006({ 's.md': session('OQ-45: 70') }, 'instruments:\n  OQ-45: {range: [0, 180], better: lower, rc: 14}\n'), []);
  });

  it('reports measures keys, goal instruments, monitor and expected keys', () => {
    const ds = gp006({
      'plan.md': plan('monitor:\n  PHQ9: every-session\n  GAD-7: 4w\nexpected:\n  Phq 9: [[4, 0.5]]', 'PHQ_9'),
      's.md': session('PHQ9: 12'),
    });
    assert.deepEqual(ds.map((d) => `${d.uri} ${d.data?.instrument}`), ['plan.md PHQ9', 'plan.md Phq 9', 'plan.md PHQ_9', 's.md PHQ9']);
    assert.ok(ds.every((d) => d.fixes?.length === 1 && d.fixes[0].safe), 'each has one safe fix');
  });

  it('the message names the nearest instrument, or asks to configure a far one; never a fix without one equal name', () => {
    const [near] = gp006({ 's.md': session('ORS2: 30') });
    assert.match(near.message, /did you mean `ORS`\?/);
    assert.equal(near.fixes, undefined);
    const [far] = gp006({ 's.md': session('Beck Anxiety: 30') });
    assert.match(far.message, /nearest known instrument is `[^`]+`\); if your service uses it, configure it under `instruments`/);
    assert.equal(far.fixes, undefined);
  });

  it('fixes a measures key in place, keeping its quotes, and the result is clean', () => {
    const text = session('"PHQ9": {score: 12}\nGAD_7: 8');
    const ds = gp006({ 's.md': text });
    assert.deepEqual(ds.map((d) => d.fixes![0].title), ['Change `PHQ9` to `PHQ-9`', 'Change `GAD_7` to `GAD-7`']);
    let out = applyFix(text, ds[1].fixes![0]);
    out = applyFix(out, ds[0].fixes![0]);
    assert.equal(out, session('"PHQ-9": {score: 12}\nGAD-7: 8'));
    assert.deepEqual(lintFiles({ 's.md': out }, { today: TODAY }).filter((d) => ['GP001', 'GP002', 'GP006'].includes(d.rule)), []);
  });

  it('fixes a goal measure instrument value', () => {
    const text = plan('', 'phq9');
    const [d] = gp006({ 'plan.md': text });
    const out = applyFix(text, d.fixes![0]);
    assert.ok(out.includes('  instrument: PHQ-9\n  baseline: 16'), out);
    assert.deepEqual(gp006({ 'plan.md': out }), []);
  });

  it('offers no fix when the mapping already has (or would get) a key for that instrument', () => {
    const ds = gp006({ 's.md': session('PHQ9: 12\nPHQ-9: 11') });
    assert.equal(ds.length, 1);
    assert.equal(ds[0].fixes, undefined);
    const both = gp006({ 's.md': session('PHQ9: 12\nphq_9: 11') });
    assert.equal(both.length, 2);
    assert.ok(both.every((d) => d.fixes === undefined));
  });

  it('a configured name that needs quoting is written double-quoted over a plain key', () => {
    const config = 'instruments:\n  "- K10": {range: [10, 50], better: lower}\n';
    const text = session('K10: 30');
    const [d] = gp006({ 's.md': text }, config);
    const out = applyFix(text, d.fixes![0]);
    assert.equal(out, session('"- K10": 30'));
    assert.deepEqual(gp006({ 's.md': out }, config), []);
  });
});
