// SARIF output validated against the SARIF 2.1.0 JSON Schema kept in test/schemas (see its
// README for source and licence), with the draft the schema declares and format checks on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { allRules } from '../../server/src/core/rules';
import { copyClinic, ensureBuilt, PLAN, runCli, tmpWorkspace } from './cli-harness';

const SCHEMA = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));

function validator() {
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the u flag rejects.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

describe('goalplan lint --format sarif', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  const validate = validator();

  it('the schema check itself rejects a broken log (control)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'A', helpUri: 'docs/a.md' }] } } }] }), false, 'helpUri must be an absolute URI');
  });

  it('is valid SARIF 2.1.0 for the demo clinic, with rule metadata and located results', () => {
    const dir = copyClinic();
    const r = runCli(['lint', 'clinic', '--format', 'sarif', '--today', '2026-11-26'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run = log.runs[0];
    const rules = run.tool.driver.rules!;
    assert.deepEqual(rules.map((x) => x.id), allRules.map((x) => x.id));
    for (const rule of rules) {
      const src = allRules.find((x) => x.id === rule.id)!;
      assert.equal(rule.name, src.alias);
      assert.equal(rule.shortDescription?.text, src.description);
      assert.equal(rule.properties?.docs, `docs/rules/${src.id}.md`);
      assert.equal(rule.defaultConfiguration?.level, { error: 'error', warning: 'warning', info: 'note', off: 'none' }[src.defaultSeverity]);
    }
    const json = JSON.parse(runCli(['lint', 'clinic', '--format', 'json', '--today', '2026-11-26'], { cwd: dir }).stdout);
    assert.equal(run.results!.length, json.length);
    run.results!.forEach((res, i) => {
      const j = json[i];
      assert.equal(res.ruleId, j.rule);
      assert.equal(rules[res.ruleIndex!].id, j.rule);
      assert.equal(res.level, { error: 'error', warning: 'warning', info: 'note' }[j.severity as string]);
      const loc = res.locations![0].physicalLocation!;
      assert.equal(decodeURIComponent(loc.artifactLocation!.uri!), j.file);
      assert.deepEqual(loc.region, { startLine: j.line, startColumn: j.column, endLine: j.endLine, endColumn: j.endColumn });
    });
  });

  it('encodes odd file names as valid relative URIs', () => {
    const names = ['with space/plan #1.md', 'ünïcode/план.md', "quote'\"/x?.md"];
    const files: Record<string, string> = {};
    names.forEach((n, i) => (files[n] = PLAN.replace('C-1', `C-${i + 10}`).replace('due: 2027-02-01\n', '')));
    const dir = tmpWorkspace(files);
    const r = runCli(['lint', '--format', 'sarif', '--today', '2026-11-26'], { cwd: dir });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const uris = [...new Set(log.runs[0].results!.map((x) => x.locations![0].physicalLocation!.artifactLocation!.uri!))];
    assert.deepEqual(uris.map(decodeURIComponent).sort(), [...names].sort());
    for (const u of uris) assert.doesNotMatch(u, /[ #?"\u0080-\uffff]/); // ' is a legal URI character
  });
});
