// SPEC 5.6's views on the charts' timelines (issues 11, 12, 13): SRS beside ORS with its alliance
// cutoff, events and barriers as annotations at their session's date, readiness as a small
// series, the goal's revisions as markers with their reasons, the plan's agreement and signature,
// and a risk mark on every chart at each held session with a positive screen. The model says
// which facts are valid (held sessions, the risk screen, the latest agreement); the views draw them.
import { strict as assert } from 'node:assert';
import { parseHTML } from 'linkedom';
import { parseDocument } from '../../server/src/core/parse/document';
import { Workspace } from '../../server/src/core/model/workspace';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { buildProgress, type ClientProgress } from '../../server/src/core/progress';
import { clientView, gasChart, goalChart, instrumentChart, readinessChart, serializeHtml } from '../../server/src/core/render';

const TODAY = '2026-11-26';
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

function goal(id: string, body: string): string {
  return ['```yaml goal', `id: ${id}`, 'statement: Client will do the thing that is measured here weekly.', body, '```', ''].join('\n');
}

function plan(extra: string, goals: string[]): string {
  return ['---', 'kind: goal-plan', 'client: C-9', 'clinician: rk', 'created: 2026-06-01', extra,
    'review:', '  every: 90d', '  last: 2026-09-01', '  next: 2026-11-30', '---', '', ...goals].join('\n');
}

const GOALS = [
  goal('G1', [
    'measure: {instrument: PHQ-9, baseline: 18, target: 8}', 'due: 2027-03-01',
    'revisions:', '  - date: 2026-09-01', `    reason: Homework moved to mornings ${PAYLOAD}`,
  ].join('\n')),
  goal('G2', 'measure: {instrument: count, baseline: 0, target: 3, unit: walks per week}\ndue: 2027-03-01\nstatus: revised\nclosed: 2026-09-01'),
  goal('G3', 'measure: {instrument: count, baseline: 1, target: 3, unit: walks per week}\ndue: 2027-03-01\nstart: 2026-09-01\nreplaces: G2'),
];

function note(date: string, fm: string): string {
  return ['---', 'kind: session-log', 'client: C-9', `date: ${date}`, fm, `signed: {by: rk, date: ${date}}`, '---', ''].join('\n');
}

const NOTES: Record<string, string> = {
  's1.md': note('2026-06-10', 'goals:\n  G1: {progress: 0}\nmeasures:\n  PHQ-9: 18\n  ORS: 20\n  SRS: 38\nreadiness: 6'),
  // Events and barriers (free text shown escaped), and an SRS below the alliance cutoff.
  's2.md': note('2026-07-10', `measures:\n  PHQ-9: 17\n  ORS: 22\n  SRS: 33\nbarriers: [external, homework]\nevents:\n  - 'Moved house ${PAYLOAD}'\nreadiness: 4`),
  // A positive risk screen (PHQ-9 item 9 answered 1) in a held session: the risk mark.
  's3.md': note('2026-08-10', 'measures:\n  PHQ-9: {score: 16, items: [2, 2, 2, 2, 2, 2, 2, 1, 1]}\n  ORS: 24\n  SRS: 37\nrisk: Passive thoughts, no plan; safety plan reviewed.\nreadiness: 7'),
  // A no-show: not held, so no data (no readiness point), but its barrier is on the timeline.
  's4.md': note('2026-09-10', 'type: no-show\nbarriers: [attendance]\nreadiness: 2'),
  // Dated after today: listed apart, never on a timeline or in a series.
  's5.md': note('2026-12-10', 'measures:\n  PHQ-9: {score: 12, items: [1, 1, 1, 1, 1, 1, 1, 1, 2]}\nevents: [Holiday]\nreadiness: 9'),
  's6.md': note('2026-10-10', 'measures:\n  PHQ-9: 14\n  ORS: 25\n  SRS: 36\nreadiness: 8'),
};

function progress(planExtra: string): ClientProgress {
  const ws = new Workspace();
  ws.set(parseDocument('plan.md', plan(planExtra, GOALS)));
  for (const [uri, text] of Object.entries(NOTES)) ws.set(parseDocument(uri, text));
  // What the webview receives: plain data.
  return JSON.parse(JSON.stringify(buildProgress(ws, 'C-9', { today: TODAY, config: defaultConfig() })));
}

function doc(): Document {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
}

const AGREED = 'agreement:\n  - {by: client, date: 2026-05-20, method: verbal}\n  - {by: guardian, date: 2026-06-03, method: signed}\nsigned: {by: rk, date: 2026-06-02}';

describe('timeline views (SPEC 5.6): alliance, annotations, readiness, revisions, agreement, risk', () => {
  const p = progress(AGREED);
  const d = doc();
  const view = clientView(p, { document: d }) as unknown as Element;

  describe('the model', () => {
    it('puts SRS, an alliance measure, right after ORS and says so', () => {
      assert.deepEqual(p.instruments.map((i) => i.instrument), ['PHQ-9', 'ORS', 'SRS']);
      const srs = p.instruments.find((i) => i.instrument === 'SRS')!;
      assert.equal(srs.role, 'alliance');
      assert.equal(srs.beside, 'ORS');
      assert.equal(srs.cutoff?.value, 36);
      assert.equal(p.instruments.find((i) => i.instrument === 'ORS')!.role, undefined);
    });

    it('reads readiness from held sessions only, on its 0-10 scale', () => {
      assert.deepEqual(p.readiness?.points.map((q) => [q.date, q.value]), [['2026-06-10', 6], ['2026-07-10', 4], ['2026-08-10', 7], ['2026-10-10', 8]]);
      assert.deepEqual([p.readiness?.min, p.readiness?.max], [0, 10]);
      assert.equal(p.readiness?.points[0].source.uri, 's1.md');
      assert.ok(p.readiness!.points[0].source.line > 0, 'the line of the readiness key');
    });

    it('gives the plan its latest agreement and signature, and GP209 reading', () => {
      const pl = p.plans[0];
      assert.deepEqual(pl.agreement, { by: 'guardian', date: '2026-06-03', method: 'signed' }, 'the latest date counts');
      assert.equal(pl.agreementCurrent, true);
      assert.equal(pl.agreementMissing, undefined);
      assert.equal(pl.signedBy, 'rk');
      assert.equal(pl.signedDate, '2026-06-02');
      const none = progress('').plans[0];
      assert.equal(none.agreement, undefined);
      assert.equal(none.agreementMissing, true, 'an open plan past the 14 days (GP209)');
      assert.equal(none.signed, false);
      const early = progress('agreement: {by: client, date: 2026-05-01, method: portal}').plans[0];
      assert.equal(early.agreementCurrent, false, 'dated before created: does not count');
      assert.equal(early.agreementMissing, true);
    });

    it('has the annotation line of a note with events or barriers', () => {
      const s2 = p.sessions.find((s) => s.uri === 's2.md')!;
      assert.equal(s2.annotationLine, NOTES['s2.md'].split('\n').findIndex((l) => l.startsWith('events:')));
    });
  });

  describe('the charts', () => {
    const charts = Array.from(view.querySelectorAll('svg[data-chart]'));

    it('draws a risk mark at the held positive screen on every timeline, risk first in its name', () => {
      assert.equal(charts.length, 3 + 3 + 1 + 1, 'three goals, three instruments, GAS, readiness');
      for (const svg of charts) {
        const rules = Array.from(svg.querySelectorAll('[data-marker="risk"] line'));
        assert.deepEqual(rules.map((r) => r.getAttribute('data-date')), ['2026-08-10'], svg.getAttribute('aria-label') ?? '');
        assert.match(rules[0].querySelector('title')!.textContent!, /Positive risk screen 2026-08-10 \(PHQ-9 item 9: 1\)/);
        const label = svg.querySelector('[data-marker="risk-label"] text')!;
        assert.match(label.textContent!, /risk/, 'a word, not a colour only');
        assert.equal(label.getAttribute('data-uri'), 's3.md');
        assert.match(svg.getAttribute('aria-label')!, /by session date(, alliance cutoff 36)?; 1 positive risk screen marked “risk”/, 'risk first');
      }
      assert.equal(view.querySelectorAll('[data-marker="risk"] line[data-date="2026-12-10"]').length, 0, 'a note dated after today is never a mark');
    });

    it('annotates events and barriers at their session\'s date, text in the title, escaped', () => {
      for (const svg of charts) {
        const marks = Array.from(svg.querySelectorAll('[data-marker="annotation"] > *'));
        assert.deepEqual(marks.map((m) => m.getAttribute('data-date')), ['2026-07-10', '2026-09-10']);
        assert.equal(marks[0].querySelector('title')!.textContent, `Session 2026-07-10: barriers: external, homework; Moved house ${PAYLOAD}`);
        assert.equal(marks[1].querySelector('title')!.textContent, 'Session 2026-09-10: barriers: attendance');
        assert.equal(marks[0].getAttribute('data-uri'), 's2.md');
      }
      const html = serializeHtml(view);
      assert.ok(!html.includes('<img'), 'free text never becomes markup');
      assert.ok(html.includes('Moved house &lt;img'));
      assert.match(view.querySelector('.gp-timeline-note')!.textContent!, /^On every timeline: “risk” marks a positive risk screen on 2026-08-10 \(PHQ-9 item 9: 1\); a square marks events or barriers on 2026-07-10, 2026-09-10/);
    });

    it('charts SRS beside ORS with its alliance cutoff at 36 and rings the scores below it', () => {
      const pair = view.querySelector('.gp-pair')!;
      assert.equal(pair.getAttribute('data-pair'), 'ORS SRS');
      assert.deepEqual(Array.from(pair.querySelectorAll('figure')).map((f) => f.getAttribute('data-instrument')), ['ORS', 'SRS']);
      const srs = pair.querySelector('svg[data-instrument="SRS"]')!;
      assert.equal(srs.getAttribute('data-role'), 'alliance');
      const cutoff = srs.querySelector('[data-marker="cutoff"][data-role="alliance"] line')!;
      assert.match(cutoff.querySelector('title')!.textContent!, /^alliance cutoff 36/);
      assert.ok(Array.from(srs.querySelectorAll('text')).some((t) => t.textContent === 'alliance cutoff 36'), 'a direct label');
      assert.deepEqual(Array.from(srs.querySelectorAll('[data-marker="below-cutoff"] > *')).map((c) => c.getAttribute('data-date')), ['2026-07-10']);
      assert.equal(srs.querySelector('[data-marker="baseline"]'), null, 'an alliance measure has no baseline line');
      const rows = Array.from(pair.querySelectorAll('figure[data-instrument="SRS"] tbody tr'), (tr) => tr.children[3].textContent);
      assert.deepEqual(rows, ['at or above the alliance cutoff', 'below the alliance cutoff', 'at or above the alliance cutoff', 'at or above the alliance cutoff']);
      const wide = clientView(p, { document: doc(), width: 1000 }) as unknown as Element;
      assert.deepEqual(Array.from(wide.querySelectorAll('.gp-pair svg'), (s) => s.getAttribute('width')), ['488', '488'], 'two halves at the panel width');
      assert.equal(wide.querySelector('svg[data-instrument="PHQ-9"]')!.getAttribute('width'), '1000');
    });

    it('chips low alliance in the glance table from the model (the latest SRS 36 after 37: a drop)', () => {
      assert.deepEqual(p.care?.lowAlliance, { score: 36, date: '2026-10-10', belowCutoff: false, droppedFrom: 37 });
      const row = Array.from(view.querySelectorAll('table[data-table="glance"] tbody tr')).find((tr) => tr.children[0].textContent === 'SRS')!;
      assert.deepEqual(Array.from(row.querySelectorAll('.gp-chip-alert'), (c) => c.textContent), ['alliance dropped from 37']);
    });

    it('draws readiness as a small series, one point per held session with it', () => {
      const svg = readinessChart(p, { document: doc() })!;
      assert.equal(svg.querySelectorAll('[data-points="readiness"] circle').length, 4);
      assert.deepEqual(Array.from(svg.querySelectorAll('circle.gp-point'), (c) => c.getAttribute('data-label')), [
        'Readiness 2026-06-10: 6 of 10', 'Readiness 2026-07-10: 4 of 10', 'Readiness 2026-08-10: 7 of 10', 'Readiness 2026-10-10: 8 of 10',
      ]);
      assert.equal(view.querySelectorAll('table[data-table="readiness"] tbody tr').length, 4);
      assert.equal(readinessChart(progress('').readiness ? { ...p, readiness: undefined } : p, { document: doc() }), undefined, 'no series, no chart');
    });

    it('marks the goal\'s revisions on its timeline, the reason on hover and in the table', () => {
      const g1 = goalChart(p.goals[0], p, { document: doc() });
      const rev = Array.from(g1.querySelectorAll('[data-marker="goal-revision"] line'));
      assert.deepEqual(rev.map((r) => r.getAttribute('data-date')), ['2026-09-01']);
      assert.equal(rev[0].querySelector('title')!.textContent, `G1 revised 2026-09-01: Homework moved to mornings ${PAYLOAD}`);
      // The direct label (its first text node; the reason is in its <title>).
      assert.deepEqual(Array.from(g1.querySelectorAll('.gp-goal-revision-label text'), (t) => t.firstChild?.textContent), ['revised']);
      const g2 = goalChart(p.goals[1], p, { document: doc() });
      assert.equal(g2.querySelector('[data-marker="goal-revision"] line title')!.textContent, 'G2 replaced by G3 on 2026-09-01');
      const table = view.querySelector('table[data-table="goal-revisions"][data-goal="G1"]')!;
      assert.deepEqual(Array.from(table.querySelectorAll('tbody td'), (td) => td.textContent), ['revised', `Homework moved to mornings ${PAYLOAD}`]);
      assert.equal(table.querySelector('img'), null);
      assert.equal(view.querySelectorAll('table[data-table="goal-revisions"]').length, 2, 'G1 (revisions) and G2 (replaced): G3 has none');
    });

    it('GAS and instrument charts carry the same timeline marks as goal charts', () => {
      for (const svg of [gasChart(p, { document: doc() }), instrumentChart(p.instruments[0], p, { document: doc() })]) {
        assert.equal(svg.querySelectorAll('[data-marker="risk"] line').length, 1);
        assert.equal(svg.querySelectorAll('[data-marker="annotation"] > *').length, 2);
      }
    });
  });

  describe('agreement and signature status', () => {
    it('says who agreed, when and how, and who signed', () => {
      const li = view.querySelector('.gp-plan-status li')!;
      assert.equal(li.getAttribute('data-agreement'), 'agreed');
      assert.equal(li.getAttribute('data-signed'), 'yes');
      assert.equal(li.textContent, 'Plan: Client agreement: Agreed by the guardian on 2026-06-03 (signed). Plan signature: Signed by rk on 2026-06-02.');
    });

    it('says when none is recorded (GP209) and when the plan is not signed, in words', () => {
      const none = clientView(progress(''), { document: doc() }) as unknown as Element;
      const li = none.querySelector('.gp-plan-status li')!;
      assert.equal(li.getAttribute('data-agreement'), 'missing');
      assert.equal(li.getAttribute('data-signed'), 'no');
      assert.equal(li.textContent, 'Plan: Client agreement: No agreement with the client recorded, past the grace period. Plan signature: Not signed.');
      assert.ok(li.querySelector('.gp-alert-text'), 'missing agreement is an alert');
    });
  });
});
