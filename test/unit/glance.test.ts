// The panel's first screen (issue 14): alerts in one clinical order, past-due goals, values that
// break a rule labelled and never drawn as valid, and the "at a glance" table, most urgent first.
import { strict as assert } from 'node:assert';
import { parseHTML } from 'linkedom';
import { parseDocument } from '../../server/src/core/parse/document';
import { Workspace } from '../../server/src/core/model/workspace';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { buildProgress } from '../../server/src/core/progress';
import { ALERT_ORDER } from '../../server/src/core/progress/model';
import { clientView, goalChart } from '../../server/src/core/render';

const TODAY = '2026-11-26';

function goal(id: string, body: string): string {
  return ['```yaml goal', `id: ${id}`, 'statement: Client will do the thing that is measured here weekly.', body, '```', ''].join('\n');
}

const PLAN = ['---', 'kind: goal-plan', 'client: C-9', 'clinician: rk', 'created: 2026-06-01',
  'review:', '  every: 90d', '  last: 2026-06-01', '  next: 2026-09-01', '---', '',
  goal('G1', 'measure: {instrument: PHQ-9, baseline: 18, target: 8}\ndue: 2027-03-01'),
  goal('G2', 'measure: {instrument: ORS, baseline: 20, target: 45}\ndue: 2027-03-01'),
  goal('G3', 'measure: {instrument: GAD-7, baseline: 8, target: 14}\ndue: 2027-03-01'),
  goal('G4', 'measure: {instrument: count, baseline: 0, target: 3, unit: walks per week}\ndue: 2026-10-01'),
].join('\n');

function note(date: string, fm: string): string {
  return ['---', 'kind: session-log', 'client: C-9', `date: ${date}`, fm, `signed: {by: rk, date: ${date}}`, '---', ''].join('\n');
}

function progress() {
  const ws = new Workspace();
  const files: Record<string, string> = {
    'plan.md': PLAN,
    's1.md': note('2026-06-10', 'goals:\n  G4: {value: 1}\nmeasures:\n  PHQ-9: 18'),
    's2.md': note('2026-07-10', 'goals:\n  G4: {value: 2}\nmeasures:\n  PHQ-9: 25'),
    // A positive screen (PHQ-9 item 9) that no later session followed up: open risk.
    's3.md': note('2026-08-10', 'measures:\n  PHQ-9: {score: 25, items: [3, 3, 3, 3, 3, 3, 3, 3, 1]}'),
  };
  for (const [uri, text] of Object.entries(files)) ws.set(parseDocument(uri, text));
  return buildProgress(ws, 'C-9', { today: TODAY, config: defaultConfig() });
}

describe('at a glance (panel and report first screen)', () => {
  const p = progress();

  it('orders alerts: risk, deterioration, past due, overdue review, stalled, paperwork', () => {
    const kinds = p.alerts.map((a) => a.kind);
    assert.deepEqual(kinds.slice(0, 2), ['open-risk', 'risk-unnoted'], 'risk first: not followed up, and no risk note');
    for (const k of ['reliable-deterioration', 'past-due', 'review-overdue']) assert.ok(kinds.includes(k as never), `${k} alert present`);
    const ranks = kinds.map((k) => ALERT_ORDER.indexOf(k));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'alerts sorted by the clinical order');
    assert.ok(p.alerts.some((a) => a.kind === 'past-due' && a.goalId === 'G4'));
  });

  it('labels a baseline or target that breaks a rule and never draws it as valid', () => {
    const g2 = p.goals.find((g) => g.goalId === 'G2')!;
    assert.deepEqual(g2.invalid, ['target 45 is outside the ORS range 0-40']);
    assert.equal(g2.target, undefined, 'no target line at 45');
    const g3 = p.goals.find((g) => g.goalId === 'G3')!;
    assert.deepEqual(g3.invalid, ['target is not better than the baseline (GAD-7: lower is better)']);
    assert.equal(g3.target, undefined);
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    assert.equal(goalChart(g3, p, { document }).querySelector('[data-marker="target"]'), null, 'no target line for a wrong-direction target');
    assert.deepEqual(p.goals.find((g) => g.goalId === 'G1')!.invalid, []);
  });

  it('puts the glance table right after the alerts, most urgent first, with trend words and chips', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const view = clientView({ ...p, problems: { errors: 3, warnings: 1 } }, { document, interactive: true });
    const sections = Array.from(view.querySelectorAll('section')).map((s) => s.getAttribute('class')?.replace('gp-section gp-', ''));
    assert.ok(sections.indexOf('glance') >= 0 && sections.indexOf('glance') < sections.indexOf('alerts') && sections.indexOf('alerts') < sections.indexOf('goals'), `glance, then alerts, then charts: ${sections}`);
    assert.ok(sections.indexOf('risk') < sections.indexOf('glance'), 'risk above everything else');
    const rows = Array.from(view.querySelectorAll('table[data-table="glance"] tbody tr')).map((r) => r.textContent ?? '');
    assert.equal(rows.length, 2 + p.goals.length + p.instruments.length, 'the two risk alerts, then one row per goal and per instrument');
    assert.match(rows[0], /^Risk.*Risk not yet followed up/, `risk first: ${rows[0]}`);
    assert.match(rows[1], /^Risk.*no risk note/);
    assert.match(rows[2], /reliably worse|outside|not better/, `then the most urgent goal: ${rows[2]}`);
    const g1 = rows.find((r) => r.startsWith('Goal G1'))!;
    assert.match(g1, /25 on 2026-08-10/);
    assert.match(g1, /8 or lower/);
    assert.match(g1, /\+7 from 18/);
    assert.match(g1, /worse/);
    const g4 = rows.find((r) => r.startsWith('Goal G4'))!;
    assert.match(g4, /2 walks per week on 2026-07-10/);
    assert.match(g4, /improving/);
    assert.match(g4, /past due/);
    const banner = view.querySelector('.gp-banner');
    assert.match(banner?.textContent ?? '', /3 errors in this client's plan and notes/);
    assert.ok(banner?.querySelector('button[data-action="problems"]'), 'the banner opens the Problems panel');
    assert.equal(clientView(p, { document }).querySelector('.gp-banner'), null, 'no banner without errors');
  });

  it('skip links reach each part of the page; a goal behind its expected change is chipped not on track', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const g1 = p.goals.find((g) => g.goalId === 'G1')!;
    const late = { ...p, goals: p.goals.map((g) => (g === g1 ? { ...g, expected: { curve: false, line: [] }, notOnTrack: { date: '2026-08-10', score: 25, expected: 12, offCurve: true } } : g)) };
    const view = clientView(late, { document, interactive: true });
    document.body.appendChild(view);
    const links = Array.from(view.querySelectorAll('nav.gp-skip a'));
    assert.deepEqual(links.map((a) => a.textContent), ['at a glance', 'goals', 'instruments', 'reviews', 'sessions']);
    for (const a of links) {
      const target = document.getElementById((a.getAttribute('href') ?? '').slice(1));
      assert.ok(target, `${a.getAttribute('href')} exists`);
      assert.equal(target?.getAttribute('tabindex'), '-1', 'a skip target takes the focus');
    }
    const row = Array.from(view.querySelectorAll('table[data-table="glance"] tbody tr')).map((r) => r.textContent ?? '').find((r) => r.startsWith('Goal G1'))!;
    assert.match(row, /not on track/);
  });

  it('lists an unknown instrument without judging it, and never takes an out-of-range score as the latest (SPEC 5.8)', () => {
    const ws = new Workspace();
    const files: Record<string, string> = {
      'plan.md': PLAN,
      's1.md': note('2026-06-10', 'measures:\n  GAD-7: 9\n  GAD7: 7'),
      's2.md': note('2026-07-10', 'measures:\n  GAD-7: 6'),
      // 30 is outside GAD-7's 0-21: flagged, never the latest value or a trend point.
      's3.md': note('2026-08-10', 'measures:\n  GAD-7: 30\n  GAD7: 4'),
    };
    for (const [uri, text] of Object.entries(files)) ws.set(parseDocument(uri, text));
    const q = buildProgress(ws, 'C-9', { today: TODAY, config: defaultConfig() });
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const rows = Array.from(clientView(q, { document }).querySelectorAll('table[data-table="glance"] tbody tr')).map((r) => r.textContent ?? '');
    const unknown = rows.find((r) => r.startsWith('GAD7'))!;
    assert.match(unknown, /4 on 2026-08-10 \(not charted\)/);
    assert.match(unknown, /unknown instrument, not checked/);
    assert.doesNotMatch(unknown, /improving|worse|down|up|first value/, 'no trend for scores no rule checks');
    const gad = rows.find((r) => r.startsWith('GAD-7'))!;
    assert.match(gad, /6 on 2026-07-10/, `the latest accepted score: ${gad}`);
    assert.doesNotMatch(gad, /30/);
    assert.match(gad, /latest score outside the range/);
    assert.match(gad, /improving/, 'trend from 9 to 6, the flagged 30 left out');
  });
});
