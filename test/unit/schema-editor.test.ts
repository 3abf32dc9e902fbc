// `.goalplan.yaml` for the YAML extension (package.json contributes.yamlValidation): the
// contributed schema file exists and ships, is exactly what the generator makes from schemas/,
// stands alone (no $id, no reference outside itself, so an editor fetches nothing), and, loaded
// on its own by a plain ajv as an editor would, accepts the example clinic's configuration and
// gives the same verdicts as GoalPlan's own validator.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { validatorFor } from '../../server/src/core/schema/registry';
import { ROOTS } from '../../server/src/core/schema/schemaFiles';
import { selfContainedSchema } from '../../server/src/core/schema/selfContained';

const REPO = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  contributes: { yamlValidation?: Array<{ fileMatch: string | string[]; url: string }> };
};

function contribution() {
  const entries = pkg.contributes.yamlValidation ?? [];
  assert.equal(entries.length, 1, 'one yamlValidation entry');
  return entries[0];
}

function editorSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(REPO, contribution().url), 'utf8')) as Record<string, unknown>;
}

let compiled: ReturnType<Ajv2020['compile']> | undefined;
function plainAjvValidator() {
  // What an editor does: this one file, no other schema registered, unknown annotations ignored.
  // (Compiling the 80 rule entries takes a second or two: once per run.)
  compiled ??= new Ajv2020({ strict: false, allErrors: true }).compile(editorSchema());
  return compiled;
}

function refsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refsOf(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsOf(v, out);
    }
  }
  return out;
}

describe('.goalplan.yaml schema for the YAML extension (yamlValidation)', () => {
  it('package.json associates .goalplan.yaml, in any folder, with a shipped schema file', () => {
    const { fileMatch, url } = contribution();
    const patterns = [fileMatch].flat();
    // A pattern without a slash is matched against the file name (VS Code and the YAML extension).
    const matches = (p: string) => patterns.some((pat) => (pat.includes('/') ? picomatch(pat, { dot: true })(p) : picomatch(pat, { dot: true })(path.posix.basename(p))));
    for (const p of ['.goalplan.yaml', 'clinic/.goalplan.yaml', 'a/b/c/.goalplan.yaml']) assert.ok(matches(p), p);
    assert.ok(!matches('goalplan.yaml') && !matches('x.goalplan.yaml.bak'));
    assert.match(url, /^\.\/schemas\/[\w.-]+\.json$/);
    const ignore = readFileSync(path.join(REPO, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!schemas\/\*\.json$/m, 'the .vsix ships schemas/*.json');
  });

  it('is what `npm run schemas:generate` makes from schemas/ (not stale)', () => {
    assert.deepEqual(editorSchema(), JSON.parse(JSON.stringify(selfContainedSchema(ROOTS.config))),
      `${contribution().url} is stale: run npm run schemas:generate`);
  });

  it('stands alone: no $id, every $ref inside the file and resolvable', () => {
    const schema = editorSchema();
    assert.equal(schema.$id, undefined);
    const defs = (schema.$defs ?? {}) as Record<string, unknown>;
    const refs = refsOf(schema);
    assert.ok(refs.length > 0);
    for (const ref of refs) {
      const m = /^#\/\$defs\/(.+)$/.exec(ref);
      assert.ok(m, `${ref} points outside the file`);
      assert.ok(m[1] in defs, `${ref} has no definition`);
    }
  });

  it('a plain ajv loading only this file accepts the example clinic\'s configuration', () => {
    const validate = plainAjvValidator();
    for (const file of ['examples/clinic/.goalplan.yaml', 'test/fixtures/rules/GP004/pass/.goalplan.yaml']) {
      const config: unknown = parseYaml(readFileSync(path.join(REPO, file), 'utf8')) ?? {};
      assert.ok(validate(config), `${file}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('gives the same verdict as GoalPlan\'s own validator, valid and invalid', () => {
    const validate = plainAjvValidator();
    const own = validatorFor('config');
    const samples: unknown[] = [
      { root: true },
      { review: { maxInterval: '90d', dueSoon: 14 }, rules: { GP110: 'off', 'vague-wording': 'error' } },
      { review: { maxInterval: '3 months' } },
      { rules: { GP101: 'loud' } },
      { instruments: { X: { range: [0] } } },
      { root: 'yes' },
    ];
    const verdicts = samples.map((s) => [validate(s), own(s)]);
    for (const [i, [editor, ours]] of verdicts.entries()) assert.equal(editor, ours, JSON.stringify(samples[i]));
    assert.deepEqual(verdicts.map(([e]) => e), [true, true, false, false, false, false]);
  });
});
