// Property test: whatever sessions and plans say (valid or not), the progress model never throws,
// stays plain JSON, keeps series in date order and points only at lines that exist.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/core/parse/document';
import { Workspace } from '../../server/src/core/model/workspace';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { buildProgress, caseload } from '../../server/src/core/progress';

const RUNS = Number(process.env.GOALPLAN_FUZZ_RUNS ?? 60);

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const maybeBadDate = fc.oneof(day, fc.constantFrom('2026-02-30', 'soon', '2026-13-01'));
const instrument = fc.constantFrom('PHQ-9', 'phq-9', 'GAD-7', 'ORS', 'PCL-5', 'count', 'rating', 'SUDS', 'Mystery');
const num = fc.oneof(fc.integer({ min: -5, max: 90 }), fc.double({ min: -10, max: 100, noNaN: true }).map((x) => Math.round(x * 10) / 10));
const goalId = fc.constantFrom('G1', 'G2', 'G3', 'G4', 'constructor');

const goalBlock = fc.record({
  id: goalId, instrument, baseline: num, target: num, start: fc.option(maybeBadDate), due: fc.option(maybeBadDate),
  status: fc.option(fc.constantFrom('active', 'on-hold', 'met', 'revised', 'discontinued', 'weird')),
  closed: fc.option(maybeBadDate), weight: fc.option(fc.integer({ min: -1, max: 6 })),
}).map((g) => [
  '```yaml goal', `id: ${g.id}`, 'statement: Client will record 3 entries per week for 8 weeks.',
  'measure:', `  instrument: ${g.instrument}`, `  baseline: ${g.baseline}`, `  target: ${g.target}`, '  unit: entries',
  ...(g.start ? [`start: ${g.start}`] : []), ...(g.due ? [`due: ${g.due}`] : []), ...(g.status ? [`status: ${g.status}`] : []),
  ...(g.closed ? [`closed: ${g.closed}`] : []), ...(g.weight !== null ? [`weight: ${g.weight}`] : []), '```', '',
].join('\n'));

const plan = fc.record({ created: maybeBadDate, last: fc.option(day), next: fc.option(maybeBadDate), goals: fc.array(goalBlock, { maxLength: 5 }) })
  .map((p) => `---\nkind: goal-plan\nclient: C-1\nclinician: rk\ncreated: ${p.created}\n${p.last || p.next ? 'review:\n' : ''}${p.last ? `  last: ${p.last}\n` : ''}${p.next ? `  next: ${p.next}\n` : ''}---\n${p.goals.join('\n')}`);

const entry = fc.record({
  progress: fc.option(fc.integer({ min: -4, max: 4 })), value: fc.option(num), decision: fc.option(fc.constantFrom('continue', 'revise', 'met', 'discontinued')),
});
const session = fc.record({
  date: maybeBadDate,
  review: fc.boolean(),
  goals: fc.dictionary(goalId, fc.option(entry), { maxKeys: 4 }),
  measures: fc.dictionary(instrument, fc.oneof(num, fc.record({ score: fc.option(num), items: fc.option(fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 20 })) })), { maxKeys: 3 }),
  signed: fc.option(maybeBadDate),
}).map((s) => {
  const goals = Object.entries(s.goals).map(([id, e]) => `  ${id}:${e ? ` {${[
    e.progress !== null ? `progress: ${e.progress}` : '', e.value !== null ? `value: ${e.value}` : '', e.decision ? `decision: ${e.decision}` : '',
  ].filter(Boolean).join(', ')}}` : ''}`);
  const measures = Object.entries(s.measures).map(([k, m]) => typeof m === 'number' ? `  ${k}: ${m}` : `  ${k}: {${[
    m.score !== null ? `score: ${m.score}` : '', m.items ? `items: [${m.items.join(', ')}]` : '',
  ].filter(Boolean).join(', ')}}`);
  return `---\nkind: session-log\nclient: C-1\ndate: ${s.date}\nreview: ${s.review}\n${goals.length ? `goals:\n${goals.join('\n')}\n` : ''}${measures.length ? `measures:\n${measures.join('\n')}\n` : ''}${s.signed ? `signed: {by: rk, date: ${s.signed}}\n` : ''}---\n## Subjective\n`;
});

describe('progress model (property)', () => {
  it('never throws, is plain JSON, keeps date order and valid source lines', () => {
    fc.assert(fc.property(fc.array(plan, { maxLength: 2 }), fc.array(session, { maxLength: 6 }), day, (plans, sessions, today) => {
      const ws = new Workspace();
      const lines = new Map<string, number>();
      [...plans.map((t, i) => [`p${i}.md`, t]), ...sessions.map((t, i) => [`s${i}.md`, t])].forEach(([uri, text]) => {
        ws.set(parseDocument(uri, text));
        lines.set(uri, text.split('\n').length);
      });
      const p = buildProgress(ws, 'C-1', { today, config: defaultConfig() });
      assert.deepStrictEqual(JSON.parse(JSON.stringify(p)), p);
      const refs = [
        ...p.goals.flatMap((g) => [g.source, ...g.points.map((x) => x.source)]),
        ...p.instruments.flatMap((i) => i.points.map((x) => x.source)),
        ...p.gas.map((g) => g.source),
      ];
      for (const r of refs) assert.ok(r.line >= 0 && r.line < (lines.get(r.uri) ?? 0), `${r.uri}:${r.line}`);
      for (const g of p.goals) {
        const dates = g.points.map((x) => x.date);
        assert.deepEqual(dates, [...dates].sort());
        for (const x of g.points) if (x.level !== undefined) assert.ok(x.level >= -2 && x.level <= 2);
      }
      for (const g of p.gas) {
        assert.ok(Number.isFinite(g.tScore));
        assert.ok(g.levels.length > 0);
      }
      const c = caseload(ws, { today, config: defaultConfig() });
      assert.deepStrictEqual(JSON.parse(JSON.stringify(c)), c);
    }), { numRuns: RUNS, seed: process.env.GOALPLAN_FUZZ_SEED ? Number(process.env.GOALPLAN_FUZZ_SEED) : undefined });
  });
});
