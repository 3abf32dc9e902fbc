// Issue 15, property test: over random goal files (block and flow YAML, every quoting style, ids
// made of YAML indicators, dates from year 0000 to 9999, review intervals up to 99999999999y,
// note bodies ending in open fences or comments, signed and unsigned notes) and random rename
// targets, whatever a front end applies (each offered fix, fix-all, rename) leaves every file
// parsing, and changes no key but the ones the fix or rename is about. The check here is
// independent of the core's verifier: it compares the plain values of the YAML before and after.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../../server/src/core/edits/apply';
import { combineFixes, soundFixes } from '../../../server/src/core/edits/fixes';
import { renameGoal } from '../../../server/src/core/edits/renameGoal';
import { lintAll } from '../../../server/src/core/lint';
import { Workspace } from '../../../server/src/core/model/workspace';
import { parseDocument } from '../../../server/src/core/parse/document';
import type { ParsedDocument } from '../../../server/src/core/types';

const TODAY = '2026-11-26';

// ------------------------------------------------------------------ generators

/** Ids of YAML-indicator characters and words that retype when written plain. */
const idArb = fc.oneof(
  fc.constantFrom('G1', 'G2', 'true', 'false', 'null', '~', '1e3', '0142', '007', '.inf', 'yes', '?', '-', '[G]', '{G}', '*G', '&G', '!G', '|', '>', "'G'", '"G"', 'G#1', 'a: b', 'G,1', '%G', '@G', '`G', '\\x41'),
  fc.string({ unit: fc.constantFrom('G', '1', '0', 'x', ':', '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '-', '?', '~', '\\', 'é'), minLength: 1, maxLength: 5 }),
);

/** A string written as YAML, in a style that can hold it (by simple rules, not the code under test). */
function scalarArb(v: string): fc.Arbitrary<string> {
  const styles: string[] = [JSON.stringify(v), `'${v.replace(/'/g, "''")}'`];
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(v) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(v)) styles.push(v);
  return fc.constantFrom(...styles);
}

const dateArb = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const nearEdgeDateArb = fc.oneof(dateArb, fc.constantFrom('0000-01-01', '0026-09-01', '0099-12-28', '9999-10-01', '9999-12-28', '2026-01-31'));
const everyArb = fc.constantFrom('12w', '90d', '1mo', '3mo', '1y', '99999999999y', '0d');

const reviewArb = fc.tuple(everyArb, nearEdgeDateArb, fc.integer({ min: 0, max: 6 })).map(([every, last, shape]) => [
  '',
  `review:\n  every: ${every}\n  last: ${last}`,
  `review: {every: ${every}, last: ${last}}`,
  `review: {every: ${every}, last: ${last},}`,
  `review: {\n    every: ${every},\n    last: ${last}\n  }`,
  'review: {}',
  'review:',
][shape]);

interface Gen {
  plan: string;
  sessions: string[];
  ids: string[];
  target: string;
}

const genArb: fc.Arbitrary<Gen> = fc.record({
  ids: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
  review: reviewArb,
  created: nearEdgeDateArb,
  target: idArb,
  seed: fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }),
}).chain(({ ids, review, created, target, seed }) => {
  const idSources = ids.map((id) => scalarArb(id));
  return fc.tuple(fc.tuple(...idSources), fc.tuple(...idSources), fc.tuple(...idSources)).map(([inPlan, inParent, inSession]) => {
    const pick = (i: number, n: number) => seed[i % seed.length] % n;
    const blocks = ids.map((_, i) => {
      const parent = i > 0 && pick(i, 2) === 0 ? inParent[0] : undefined;
      const due = pick(i + 5, 3) === 0 ? '2026-01-10' : undefined;
      if (pick(i + 10, 2) === 0) {
        return ['```yaml goal', `{id: ${inPlan[i]}, statement: Client will walk daily for twenty minutes.${parent ? `, parent: ${parent}` : ''}${due ? `, due: ${due}` : ''}}`, '```'].join('\n');
      }
      return ['```yaml goal', `id: ${inPlan[i]}`, 'statement: Client will walk daily for twenty minutes.', ...(parent ? [`parent: ${parent}`] : []), ...(due ? [`due: ${due}`] : []), '```'].join('\n');
    });
    const plan = ['---', 'kind: goal-plan', 'client: C-1', 'clinician: RK', `created: ${created}`, ...(review ? [review] : []), '---', '', ...blocks, ''].join('\n');
    const sessions = [0, 1].map((k) => {
      const keys = ids.filter((_, i) => pick(20 + i + k, 2) === 0).map((id) => inSession[ids.indexOf(id)]);
      const goals = keys.length === 0 ? [] : pick(30 + k, 2) === 0
        ? ['goals:', ...keys.flatMap((key, i) => [`  ${key}:`, ...(i % 2 ? ['    progress: 1'] : [])])]
        : [`goals: {${keys.map((key, i) => `${key}: ${i % 2 ? '{progress: 1}' : 'null'}`).join(', ')}}`];
      const signed = pick(32 + k, 3) === 0 ? ['signed:', '  by: RK', `  date: ${created}`] : [];
      const ending = ['', '\n```\nraw notes', '\n<!-- draft', '\n~~~\n'][pick(34 + k, 4)];
      return ['---', 'kind: session-log', 'client: C-1', `date: ${created}`, 'format: DAP', ...goals, ...signed, '---', '', '## Data', '', `Seen.${ending}`, ''].join('\n');
    });
    return { plan, sessions, ids, target };
  });
});

// ------------------------------------------------------------------ the check

/** Every leaf of a YAML value by its path ("review.next", "goals.G1.progress"). */
function leaves(v: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
    for (const [k, x] of Object.entries(v)) leaves(x, prefix ? `${prefix}\u0000${k}` : k, out);
  } else if (Array.isArray(v) && v.length > 0) {
    v.forEach((x, i) => leaves(x, `${prefix}\u0000${i}`, out));
  } else out.set(prefix, v);
  return out;
}

function regionsOf(doc: ParsedDocument): unknown[] {
  return [doc.frontMatter?.raw, ...doc.goalBlocks.map((b) => b.region.raw)];
}

/** Paths that changed between two YAML values, other than those `allowed` accepts. */
function unexpectedChanges(before: unknown, after: unknown, allowed: (path: string) => boolean): string[] {
  const a = leaves(before);
  const b = leaves(after);
  const out: string[] = [];
  for (const p of new Set([...a.keys(), ...b.keys()])) {
    if (allowed(p)) continue;
    if (!a.has(p) || !b.has(p) || JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p))) out.push(p.replace(/\u0000/g, '.'));
  }
  return out;
}

/** The keys a fix may touch: a review date, a goal's due/status/closed (GP201/GP204/GP205). */
const FIX_KEYS = (p: string) => p === 'review' || p.startsWith('review\u0000') || /^(due|status|closed)$/.test(p);

function assertSound(before: ParsedDocument, text: string, allowed: (p: string) => boolean, what: string): void {
  const after = parseDocument(before.uri, text);
  assert.equal(after.broken && !before.broken, false, `${what}: the file no longer parses\n${text}`);
  assert.equal(after.kind, before.kind, what);
  assert.equal(after.goalBlocks.length, before.goalBlocks.length, what);
  const b = regionsOf(before);
  const a = regionsOf(after);
  b.forEach((r, i) => assert.deepEqual(unexpectedChanges(r, a[i], allowed), [], `${what}: other keys changed\n${before.text}\n=>\n${text}`));
}

function workspaceOf(g: Gen): Workspace {
  const ws = new Workspace();
  ws.set(parseDocument('c/plan.md', g.plan));
  g.sessions.forEach((s, i) => ws.set(parseDocument(`c/s${i}.md`, s)));
  return ws;
}

describe('property: fixes, fix-all and rename never break a file or change another key', function () {
  this.timeout(300_000);

  it('each offered fix and fix-all, on random goal files', () => {
    fc.assert(fc.property(genArb, (g) => {
      const ws = workspaceOf(g);
      const diags = lintAll(ws, { today: TODAY, onRuleError: (rule, _uri, e) => assert.fail(`${rule.id} threw: ${String(e)}`) });
      for (const [uri, list] of diags) {
        const doc = ws.get(uri)!;
        for (const d of list) {
          // (Snippet fixes hold `$1` tab stops for the clinician; no front end applies them as text.)
          for (const fix of soundFixes(doc, d).fixes.filter((f) => !f.snippet)) assertSound(doc, applyEdits(doc.text, fix.edits), FIX_KEYS, `${d.rule} "${fix.title}"`);
        }
        const all = combineFixes(doc, list);
        if (all.edits.length) assertSound(doc, all.text, FIX_KEYS, 'fix-all');
      }
    }), { numRuns: 150 });
  });

  it('rename to a random id, on random goal files', () => {
    fc.assert(fc.property(genArb, (g) => {
      const ws = workspaceOf(g);
      const plan = ws.get('c/plan.md')!;
      fc.pre(!plan.broken && plan.goalBlocks.every((b) => b.goal?.id !== undefined));
      const old = g.ids[0];
      const sessions = ws.all().filter((d) => d.kind === 'session-log');
      const r = renameGoal(plan, sessions, old, g.target);
      if (!r.ok) return; // refused with a reason: nothing written
      for (const doc of [plan, ...sessions]) {
        const text = applyEdits(doc.text, r.edits.get(doc.uri) ?? []);
        const renamed = (p: string) => p === 'id' || p === 'parent' || p.startsWith(`goals\u0000${old}`) || p.startsWith(`goals\u0000${g.target}`);
        assertSound(doc, text, renamed, `rename ${old} -> ${g.target}`);
        const after = parseDocument(doc.uri, text);
        if (doc === plan) {
          const ids = after.goalBlocks.map((b) => b.goal?.id);
          assert.deepEqual(ids, plan.goalBlocks.map((b) => (b.goal?.id === old ? g.target : b.goal?.id)), text);
          assert.deepEqual(after.goalBlocks.map((b) => b.goal?.parent), plan.goalBlocks.map((b) => (b.goal?.parent === old ? g.target : b.goal?.parent)));
        } else if (!doc.broken) {
          const before = (doc.frontMatter?.raw as { goals?: Record<string, unknown> }).goals ?? {};
          const now = (after.frontMatter?.raw as { goals?: Record<string, unknown> }).goals ?? {};
          const expected = Object.fromEntries(Object.entries(before).map(([k, v]) => [k === old ? g.target : k, v]));
          assert.deepEqual(now, expected, text);
        }
      }
    }), { numRuns: 150 });
  });
});
