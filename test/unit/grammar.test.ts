// Checks the TextMate injection grammar: valid JSON with the fields VS Code needs, every regex
// compiles, and each pattern matches (and refuses) representative lines. VS Code runs these
// regexes with Oniguruma; the grammar sticks to syntax both engines share, so JS RegExp is a
// faithful enough stand-in here.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Captures {
  [group: string]: { name?: string; patterns?: Array<{ include?: string }> };
}
interface GrammarRule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Captures;
  patterns?: GrammarRule[];
  include?: string;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: GrammarRule[];
  repository: Record<string, GrammarRule>;
}

const GRAMMAR_PATH = join(__dirname, '..', '..', 'syntaxes', 'goalplan.injection.tmLanguage.json');

function loadGrammar(): Grammar {
  return JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;
}

/** Every regex source in the grammar, with where it sits, for the compile check. */
function allRegexes(rule: GrammarRule, where: string, out: Array<[string, string]>): void {
  for (const key of ['match', 'begin', 'end'] as const) {
    const src = rule[key];
    if (src !== undefined) out.push([`${where}.${key}`, src]);
  }
  rule.patterns?.forEach((p, i) => allRegexes(p, `${where}.patterns[${i}]`, out));
}

describe('goalplan injection grammar', () => {
  const grammar = loadGrammar();
  const regex = (key: string): RegExp => {
    const src = grammar.repository[key]?.match;
    assert.ok(src, `repository.${key} has a match`);
    return new RegExp(src);
  };
  const captureNamed = (key: string, line: string, scope: string): string | undefined => {
    const m = regex(key).exec(line);
    if (!m) return undefined;
    const caps = grammar.repository[key].captures ?? {};
    const group = Object.keys(caps).find((g) => caps[g].name === scope);
    return group === undefined ? undefined : m[Number(group)];
  };

  it('is an injection grammar VS Code can register', () => {
    assert.equal(grammar.scopeName, 'goalplan.injection');
    assert.match(grammar.injectionSelector, /L:text\.html\.markdown/);
    assert.match(grammar.injectionSelector, /meta\.embedded\.block\.frontmatter/);
    assert.match(grammar.injectionSelector, /meta\.embedded\.block\.yaml/);
    assert.ok(grammar.patterns.length > 0);
  });

  it('includes only repository entries that exist', () => {
    const includes: string[] = [];
    const collect = (r: GrammarRule): void => {
      if (r.include) includes.push(r.include);
      r.patterns?.forEach(collect);
      for (const c of Object.values(r.captures ?? {})) c.patterns?.forEach((p) => p.include && includes.push(p.include));
    };
    grammar.patterns.forEach(collect);
    Object.values(grammar.repository).forEach(collect);
    assert.ok(includes.length >= 5);
    for (const inc of includes) {
      assert.ok(inc.startsWith('#'), `${inc} is a local include`);
      assert.ok(grammar.repository[inc.slice(1)], `${inc} exists in the repository`);
    }
  });

  it('compiles every regex as a JS RegExp and avoids Oniguruma-only syntax', () => {
    const found: Array<[string, string]> = [];
    grammar.patterns.forEach((p, i) => allRegexes(p, `patterns[${i}]`, found));
    for (const [name, rule] of Object.entries(grammar.repository)) allRegexes(rule, `repository.${name}`, found);
    assert.ok(found.length >= 6, 'the grammar has its patterns');
    for (const [where, src] of found) {
      assert.doesNotThrow(() => new RegExp(src), `${where} compiles`);
      // \h, \A, \G, \z, possessive quantifiers and atomic groups mean different things (or
      // nothing) in JavaScript, so the test could not vouch for them.
      assert.doesNotMatch(src, /\\[hAGzZ]|[*+?}]\+|\(\?>/, `${where} uses only shared syntax`);
    }
  });

  describe('suppression comments', () => {
    it('matches the HTML forms and scopes their rule names', () => {
      const re = regex('suppression-html');
      for (const line of [
        '<!-- goalplan-disable-next-line GP101 -->',
        '<!-- goalplan-disable GP401 -->',
        '<!-- goalplan-enable GP401 -->',
        '<!--goalplan-disable-->',
        '<!-- goalplan-disable-next-line GP101 vague-wording GP109 -->',
      ]) assert.ok(re.test(line), line);
      assert.equal(captureNamed('suppression-html', '<!-- goalplan-disable-next-line GP101 -->', 'keyword.control.suppression.goalplan'), 'goalplan-disable-next-line');
      const rules = regex('suppression-html').exec('<!-- goalplan-disable GP401 phi-identifier -->')?.[3] ?? '';
      assert.equal(rules.trim(), 'GP401 phi-identifier');
    });

    it('does not match ordinary HTML comments or other tools', () => {
      const re = regex('suppression-html');
      for (const line of ['<!-- TODO: ask about sleep -->', '<!-- markdownlint-disable MD013 -->', '<!-- goalplan-disabled GP101 -->']) {
        assert.ok(!re.test(line), line);
      }
    });

    it('matches the YAML line comment only at the end of a line', () => {
      const re = regex('suppression-yaml');
      assert.ok(re.test('due: 2027-01-13 # goalplan-disable-line GP109'));
      assert.ok(re.test('  # goalplan-disable-next-line horizon-mismatch'));
      assert.equal(captureNamed('suppression-yaml', 'due: 2027-01-13 # goalplan-disable-line GP109', 'keyword.control.suppression.goalplan'), 'goalplan-disable-line');
      assert.ok(!re.test('due: 2027-01-13 # agreed in supervision'));
      assert.ok(!re.test('# goalplan-disable-line GP109, see notes'), 'free text after the rule list is not a suppression');
    });

    it('scopes rule ids and aliases inside the list', () => {
      const patterns = grammar.repository['rule-name'].patterns ?? [];
      const [idRe, aliasRe] = patterns.map((p) => new RegExp(p.match ?? '$^'));
      assert.ok(idRe.test('GP101') && !idRe.test('GP10'));
      assert.ok(aliasRe.test('vague-wording') && aliasRe.test('phi-identifier'));
      assert.ok(!aliasRe.test('GP101'));
    });
  });

  describe('goal and problem ids', () => {
    it('highlights the value after id:, parent: and problem:', () => {
      const scope = 'constant.other.goal-id.goalplan';
      assert.equal(captureNamed('id-reference', 'id: G1', scope), 'G1');
      assert.equal(captureNamed('id-reference', 'parent: G12', scope), 'G12');
      assert.equal(captureNamed('id-reference', 'problem: P3', scope), 'P3');
      assert.equal(captureNamed('id-reference', '  - id: P1', scope), 'P1');
      assert.equal(captureNamed('id-reference', 'parent: "G0"   # long-term goal', scope), 'G0');
      assert.equal(captureNamed('id-reference', 'id: G1', 'entity.name.tag.yaml'), 'id');
    });

    it('leaves other keys and other values alone', () => {
      const re = regex('id-reference');
      for (const line of ['client: C-0142', 'idx: G1', 'id: G1a', 'id: "G1\'', 'statement: parent: G1 is fine', 'problem: see P3 notes', 'id: X1']) {
        assert.ok(!re.test(line), line);
      }
    });

    it('highlights goal ids used as keys under goals:', () => {
      assert.equal(captureNamed('goal-key', '  G1:', 'constant.other.goal-id.goalplan'), 'G1');
      assert.equal(captureNamed('goal-key', '    G12: {progress: 1}', 'constant.other.goal-id.goalplan'), 'G12');
      const re = regex('goal-key');
      for (const line of ['G1:', '  Goal: x', '  G1x:', '  GP101: warning', '  G1 is on track']) assert.ok(!re.test(line), line);
    });
  });

  describe('ISO dates', () => {
    it('matches calendar dates in values and prose', () => {
      const re = new RegExp(regex('iso-date').source, 'g');
      assert.deepEqual('created: 2026-08-03'.match(re), ['2026-08-03']);
      assert.deepEqual('review on 2026-10-26 and 2027-01-18.'.match(re), ['2026-10-26', '2027-01-18']);
      assert.deepEqual('closed: "2026-12-31"'.match(re), ['2026-12-31']);
    });

    it('does not match phone numbers, times or impossible months', () => {
      const re = regex('iso-date');
      for (const line of ['555-201-3344', '2026-13-01', '2026-00-10', '2026-09-32', '12026-09-16', '2026-09-160', 'start: "10:00"', 'x-2026-09-16']) {
        assert.ok(!re.test(line), line);
      }
    });
  });
});
