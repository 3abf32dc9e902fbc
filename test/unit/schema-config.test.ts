// The .goalplan.yaml schema (SPEC 3) and the schema files themselves.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlRegion } from '../../server/src/core/parse/yamlRegion';
import { validateConfig } from '../../server/src/core/schema/validate';
import type { YamlRegion } from '../../server/src/core/types';

function configFile(yaml: string): { text: string; region: YamlRegion } {
  return { text: yaml, region: parseYamlRegion('frontmatter', yaml, { start: 0, end: yaml.length }, { start: 0, end: yaml.length }) };
}

function located(yaml: string): Array<[string, string]> {
  const { text, region } = configFile(yaml);
  return validateConfig(region).issues.map((i) => [text.slice(i.span.start, i.span.end), i.message]);
}

const FULL = `root: true
rules:
  GP110: off
  vague-wording: error
  GP106: {severity: warning, options: {maxRate: 0.75}}
review:
  maxInterval: 30d
  dueSoon: 7
instruments:
  OQ-45:
    range: [0, 180]
    better: lower
    rc: 14
    bands:
      - {min: 0, max: 63, label: functional}
      - {min: 64, max: 180, label: clinical}
    cutoff: {value: 64, clinical: at-or-above}
  PHQ-9: {sd: 5.5, r: 0.84, items: {count: 9, min: 0, max: 3}}
vagueWords:
  add: [be more sociable]
  remove: [explore]
signatureGraceDays: 2
maxFileSize: 1048576
include: ["clients/**/*.md"]
exclude: ["archive/**"]
`;

describe('schema validation: .goalplan.yaml', () => {
  it('a configuration using every key passes unchanged', () => {
    const { region } = configFile(FULL);
    const r = validateConfig(region);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.cleaned, region.raw);
  });

  it('an empty configuration file has no issues and no data', () => {
    assert.deepEqual(validateConfig(configFile('# nothing yet\n').region), { issues: [], cleaned: undefined });
  });

  it('rule severities: a wrong word, a wrong nested severity, a wrong type', () => {
    assert.deepEqual(located('rules:\n  GP110: of\n  GP101: {severity: loud}\n  vague-wording: 3\n  my-own-rule: Warning\n'), [
      ['of', '`rules.GP110` must be one of: error, warning, info, off'],
      ['loud', '`rules.GP101.severity` must be one of: error, warning, info, off'],
      ['3', '`rules.vague-wording` must be a severity (error, warning, info, off) or {severity, options}'],
      ['Warning', '`rules.my-own-rule` must be one of: error, warning, info, off (did you mean `warning`?)'],
    ]);
  });

  it('review settings, durations and counts', () => {
    assert.deepEqual(located('review:\n  maxInterval: 3 months\n  dueSoon: -1\nsignatureGraceDays: two\nmaxFileSize: 0\n'), [
      ['3 months', '`review.maxInterval` must be a duration like 90d, 12w, 3mo or 1y'],
      ['-1', '`review.dueSoon` must be a whole number of days, 0 or more'],
      ['two', '`signatureGraceDays` must be a whole number of days, 0 or more'],
      ['0', '`maxFileSize` must be a whole number of bytes greater than 0'],
    ]);
  });

  it('instruments: range shape, direction, reliability, bands and items', () => {
    const yaml = 'instruments:\n  X:\n    range: [0]\n    better: down\n    r: 1\n    rc: 0\n    bands:\n      - {min: 0, label: low}\n    items: {count: 0, min: 0, max: 3}\n';
    assert.deepEqual(located(yaml), [
      ['[0]', '`instruments.X.range` must be a list of two numbers [min, max]'],
      ['down', '`instruments.X.better` must be one of: lower, higher'],
      ['1', '`instruments.X.r` must be a number from 0 to below 1'],
      ['0', '`instruments.X.rc` must be a number greater than 0'],
      ['{min: 0, label: low}', 'missing required key `max` in `instruments.X.bands[0]`'],
      ['0', '`instruments.X.items.count` must be a whole number greater than 0'],
    ]);
  });

  it('a bad number inside range drops the whole range (its positions carry meaning)', () => {
    const { region } = configFile('instruments:\n  X: {range: [0, a], better: lower, rc: 2}\n');
    const r = validateConfig(region);
    assert.deepEqual(r.issues.map((i) => i.message), ['`instruments.X.range[1]` must be a number']);
    assert.deepEqual(r.cleaned, { instruments: { X: { better: 'lower', rc: 2 } } });
  });

  it('vague word lists and globs must be lists of text', () => {
    assert.deepEqual(located('vagueWords: {add: feel ok, remove: [1]}\ninclude: "*.md"\n'), [
      ['feel ok', '`vagueWords.add` must be a list of phrases'],
      ['1', '`vagueWords.remove[0]` must be a phrase (put it in quotes, like "0142", so it is kept exactly as written)'],
      ['"*.md"', '`include` must be a list of glob patterns'],
    ]);
  });
});

describe('schema files', () => {
  const dir = join(__dirname, '../../schemas');
  const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

  it('are JSON Schema 2020-12 with a goalplan.invalid $id matching the file name', () => {
    assert.deepEqual(files.sort(), ['common.schema.json', 'discharge-summary.schema.json', 'goal-plan.schema.json', 'goal.schema.json', 'goalplan-config.schema.json', 'session-log.schema.json']);
    for (const f of files) {
      const s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema', f);
      assert.equal(s.$id, `https://goalplan.invalid/schemas/${f.replace('.schema.json', '.json')}`, f);
    }
  });

  it('give every property a title and a description (they feed hovers)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      const props = (node as { properties?: Record<string, { title?: string; description?: string }> }).properties;
      if (props && typeof props === 'object') {
        for (const [k, v] of Object.entries(props)) if (!v.title || !v.description) missing.push(`${at}/properties/${k}`);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    for (const f of files) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
    assert.deepEqual(missing, []);
  });

  it('describe every enum value', () => {
    const bad: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      const n = node as { enum?: unknown[]; 'x-enumDescriptions'?: unknown[] };
      if (n.enum && n['x-enumDescriptions']?.length !== n.enum.length) bad.push(at);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    for (const f of files) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
    assert.deepEqual(bad, []);
  });

  it('document every rule under both its id and its alias, with the same text', () => {
    const config = JSON.parse(readFileSync(join(dir, 'goalplan-config.schema.json'), 'utf8'));
    const props = config.properties.rules.properties as Record<string, { title: string; description: string }>;
    const ids = Object.keys(props).filter((k) => /^GP\d{3}$/.test(k));
    assert.ok(ids.length >= 41, `only ${ids.length} rule ids`);
    for (const id of ids) {
      const [, alias] = props[id].title.split(' ');
      assert.ok(props[alias], `${id}: alias ${alias} missing`);
      assert.equal(props[alias].description, props[id].description);
      assert.ok(props[id].description.startsWith(`${id} (${alias})`));
    }
  });
});
