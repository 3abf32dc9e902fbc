// Schema documentation lookups for hovers and completions (schemaInfoAt, schemaKeysAt, schemaFor).
import { strict as assert } from 'node:assert';
import { schemaFor, schemaInfoAt, schemaKeysAt } from '../../server/src/core/schema/validate';

describe('schema info for hovers and completions', () => {
  it('a top-level key: title, description, enum with descriptions, default', () => {
    const info = schemaInfoAt('goal', ['status'])!;
    assert.equal(info.title, 'Status');
    assert.deepEqual(info.enum, ['active', 'on-hold', 'met', 'revised', 'discontinued']);
    assert.equal(info.enumDescriptions!.length, 5);
    assert.equal(info.default, 'active');
  });

  it('follows $ref into shared definitions, with the local description winning', () => {
    const info = schemaInfoAt('goal-plan', ['review', 'next'])!;
    assert.equal(info.title, 'Next review');
    assert.match(info.description!, /GP201/);
    assert.deepEqual(info.type, ['string']);
    assert.deepEqual(info.examples, ['2026-12-01']); // from common.json#/$defs/date
    assert.equal(info.expected, 'a date like 2026-12-01');
  });

  it('walks open maps and lists: goal ids, instrument names, list items', () => {
    assert.equal(schemaInfoAt('session-log', ['goals', 'G7', 'progress'])!.title, 'Progress (GAS level)');
    assert.deepEqual(schemaInfoAt('session-log', ['goals', 'G7', 'decision'])!.enum, ['continue', 'revise', 'met', 'discontinued']);
    assert.equal(schemaInfoAt('session-log', ['measures', 'PHQ-9', 'items'])!.title, 'Item answers');
    assert.equal(schemaInfoAt('goal-plan', ['problems', 0, 'text'])!.title, 'Problem description');
    assert.equal(schemaInfoAt('config', ['instruments', 'OQ-45', 'rc'])!.title, 'Reliable change');
    assert.equal(schemaInfoAt('session-log', ['signed', 'by'])!.title, 'Signed by');
  });

  it('rules in the config: named rules have their own text, others the generic setting', () => {
    assert.match(schemaInfoAt('config', ['rules', 'vague-wording'])!.description!, /^GP101 \(vague-wording\), default warning/);
    const any = schemaInfoAt('config', ['rules', 'GP999'])!;
    assert.equal(any.title, 'Rule setting');
    assert.deepEqual(any.enum, ['error', 'warning', 'info', 'off']);
    assert.deepEqual(any.type!.sort(), ['object', 'string']);
  });

  it('values of several forms report every accepted type', () => {
    assert.deepEqual(schemaInfoAt('session-log', ['measures', 'GAD-7'])!.type!.sort(), ['number', 'object']);
    assert.deepEqual(schemaInfoAt('session-log', ['goals', 'G1'])!.type!.sort(), ['null', 'object']);
  });

  it('kind is a single allowed value', () => {
    assert.deepEqual(schemaInfoAt('session-log', ['kind'])!.enum, ['session-log']);
  });

  it('keys the schema does not describe give undefined', () => {
    assert.equal(schemaInfoAt('goal', ['owner']), undefined);
    assert.equal(schemaInfoAt('goal', ['measure', 'baseline', 'x']), undefined);
  });

  it('key completions list named keys, required first-class, and GAS levels', () => {
    const keys = schemaKeysAt('goal', []);
    assert.deepEqual(keys.filter((k) => k.required).map((k) => k.key), ['id', 'statement']);
    assert.ok(keys.some((k) => k.key === 'due' && k.info.title === 'Due'));
    assert.deepEqual(schemaKeysAt('goal', ['measure']).map((k) => k.key), ['instrument', 'baseline', 'target', 'unit']);
    assert.deepEqual(schemaKeysAt('goal', ['gas']).map((k) => k.key), ['-2', '-1', '0', '1', '2']);
    assert.deepEqual(schemaKeysAt('session-log', ['goals', 'G1']).map((k) => k.key), ['progress', 'value', 'note', 'decision']);
    assert.deepEqual(schemaKeysAt('session-log', ['goals']), []);
  });

  it('schemaFor gives the root schema of each kind', () => {
    assert.equal(schemaFor('goal').$id, 'https://goalplan.invalid/schemas/goal.json');
    assert.equal(schemaFor('config').$id, 'https://goalplan.invalid/schemas/goalplan-config.json');
  });
});
