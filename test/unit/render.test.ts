// The shared renderer under linkedom (as `goalplan report` runs it): the stable SVG marks (one
// series per goal, one circle per point), the table alternatives, and that no text from a file
// (statement, problem, client id, file name, commit message, author) ever becomes markup.
import { strict as assert } from 'node:assert';
import { parseHTML } from 'linkedom';
import {
  caseloadView, clientView, escapeHtml, serializeHtml, gasChart, goalChart, goalChartMode, instrumentChart, plottedGoalPoints, reportHtml, sharedGoalDates, axisTitle, fmtFieldChange, fieldLabel, valueWithUnit, plural,
} from '../../server/src/core/render';
import type { ClientProgress } from '../../server/src/core/progress';
import { EVIL_AUTHOR, EVIL_CLIENT, GOAL_IDS, PAYLOAD, SESSIONS, makeFixture, type Fixture } from '../helpers/progressFixture';

function freshDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
}

/** Re-parses serialised HTML: what a browser would build from the report file. */
function reparse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Every element and attribute of a parsed page that could run script. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'iframe', 'object', 'embed', 'link', 'image', 'foreignobject'].includes(tag)) found.push(`<${tag}>`);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
      if (/^(href|src|xlink:href)$/i.test(a.name) && !a.value.startsWith('#')) found.push(`${tag}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

describe('renderer (linkedom)', function () {
  this.timeout(60_000);
  let fx: Fixture;
  let p: ClientProgress;
  before(async () => {
    fx = await makeFixture();
    p = fx.progress;
  });
  after(() => fx?.remove());

  it('the fixture is what the tests assume (3 goals, PHQ-9 in 4 sessions, G2 GAS only, G3 no data)', () => {
    assert.deepEqual(p.goals.map((g) => g.goalId), [...GOAL_IDS]);
    assert.equal(p.client, EVIL_CLIENT);
    assert.equal(goalChartMode(p.goals[0]), 'value');
    assert.equal(goalChartMode(p.goals[1]), 'gas');
    assert.equal(plottedGoalPoints(p.goals[0]).length, SESSIONS.length);
    assert.equal(plottedGoalPoints(p.goals[1]).length, SESSIONS.length);
    assert.equal(plottedGoalPoints(p.goals[2]).length, 0);
    assert.ok(p.history.available, 'the fixture has git history');
  });

  it('draws one series per goal and one circle per recorded point', () => {
    const doc = freshDocument();
    const view = clientView(p, { document: doc });
    for (const g of p.goals) {
      const series = view.querySelectorAll(`svg[data-chart="goal"] [data-series="goal"][data-goal="${g.goalId}"]`);
      assert.equal(series.length, 1, `one series for ${g.goalId}`);
      const n = plottedGoalPoints(g).length;
      assert.equal(series[0].getAttribute('data-count'), String(n));
      assert.equal(view.querySelectorAll(`[data-points="goal"][data-goal="${g.goalId}"] circle`).length, n, `${g.goalId} circles`);
      if (n > 0) assert.equal(series[0].querySelectorAll('path').length, 1, `${g.goalId} is one line`);
    }
    assert.equal(view.querySelectorAll('[data-series="goal"]').length, p.goals.length);
  });

  it('each point carries its note and line, and the values in order', () => {
    const doc = freshDocument();
    const g1 = p.goals[0];
    const svg = goalChart(g1, p, { document: doc });
    const circles = Array.from(svg.querySelectorAll('[data-points="goal"] circle'));
    assert.deepEqual(circles.map((c) => c.getAttribute('data-date')), SESSIONS.map((s) => s.date));
    assert.deepEqual(circles.map((c) => c.getAttribute('data-uri')), g1.points.map((x) => x.source.uri));
    assert.deepEqual(circles.map((c) => Number(c.getAttribute('data-line'))), g1.points.map((x) => x.source.line));
    // Lower PHQ-9 is drawn lower: y grows downwards in SVG.
    const ys = circles.map((c) => Number(c.getAttribute('cy')));
    for (let i = 1; i < ys.length; i++) assert.ok(ys[i] > ys[i - 1], 'falling scores are drawn lower');
    // A chart is one image: static in the report, ONE tab stop in the panel (the arrow keys move
    // between its points); no point is a tab stop and no shape carries ARIA (axe: prohibited).
    assert.equal(svg.getAttribute('role'), 'img');
    assert.equal(svg.getAttribute('tabindex'), null);
    const live = goalChart(g1, p, { document: doc, interactive: true });
    assert.equal(live.getAttribute('role'), 'img');
    assert.equal(live.getAttribute('tabindex'), '0');
    assert.match(live.getAttribute('aria-label') ?? '', /^Goal G1: .*arrow keys/);
    assert.equal(live.querySelectorAll('[tabindex]').length, 0, 'no tab stop inside the chart');
    assert.equal(live.querySelectorAll('[aria-label], [aria-description], [role]').length, 0, 'no ARIA on shapes');
    for (const c of Array.from(live.querySelectorAll('[data-points="goal"] circle'))) {
      assert.match(c.getAttribute('data-label') ?? '', /^G1 \d{4}-\d{2}-\d{2}, value \d+/);
    }
  });

  it('draws goal charts of one client on one date range, at the width asked, with direction in the axis title', () => {
    const doc = freshDocument();
    const range = sharedGoalDates(p);
    const a = goalChart(p.goals[0], p, { document: doc, goalDates: range, width: 900 });
    const b = goalChart(p.goals[1], p, { document: doc, goalDates: range, width: 900 });
    const ticks = (svg: Element) => Array.from(svg.querySelectorAll('[data-label="x-axis tick label"] text')).map((t) => t.textContent);
    assert.deepEqual(ticks(a), ticks(b), 'same x axis');
    assert.equal(a.getAttribute('width'), '900');
    const phq = instrumentChart(p.instruments[0], p, { document: doc });
    assert.ok(Array.from(phq.querySelectorAll('text')).some((t) => /lower is better/.test(t.textContent ?? '')), 'axis says lower is better');
    assert.equal(axisTitle('ORS', 'higher'), 'ORS, higher is better');
  });

  it('marks baseline, target, due, reviews, revisions from git and late notes', () => {
    const doc = freshDocument();
    const g1 = p.goals[0];
    const svg = goalChart(g1, p, { document: doc });
    for (const m of ['baseline', 'target', 'due', 'rc-band', 'review']) assert.ok(svg.querySelector(`[data-marker="${m}"]`), `${m} marker`);
    const revisions = Array.from(svg.querySelectorAll('[data-marker="revision"] > *'));
    assert.equal(revisions.length, g1.revisions.length, 'one marker per commit that changed G1');
    assert.deepEqual(revisions.map((r) => r.getAttribute('data-commit')), g1.revisions.map((r) => r.commit));
    const late = Array.from(svg.querySelectorAll('[data-marker="late"] > *'));
    assert.deepEqual(late.map((l) => l.getAttribute('data-date')), ['2026-05-18'], 'the note committed 10 days late');
    // Plot's own <style> is removed: a nonce-only CSP would block it.
    assert.equal(svg.querySelectorAll('style').length, 0);
  });

  it('puts GAS-only goals on -2..2 and instruments over their severity bands', () => {
    const doc = freshDocument();
    const g2 = goalChart(p.goals[1], p, { document: doc });
    assert.equal(g2.getAttribute('data-mode'), 'gas');
    const ticks = Array.from(g2.querySelectorAll('[data-label="y-axis tick label"] text')).map((t) => t.textContent);
    assert.deepEqual(ticks, ['-2', '-1', '0', '+1', '+2']);
    const phq = instrumentChart(p.instruments[0], p, { document: doc });
    assert.equal(phq.querySelectorAll('[data-points="instrument"] circle').length, p.instruments[0].points.length);
    assert.equal(phq.querySelectorAll('[data-marker="bands"] rect').length, p.instruments[0].bands.length);
    assert.ok(phq.querySelector('[data-marker="rc-band"] rect'), 'reliable change band from baseline');
    assert.equal(!!phq.querySelector('[data-marker="cutoff"]'), !!p.instruments[0].cutoff, 'cutoff line when the instrument has one');
    const withCutoff = instrumentChart({ ...p.instruments[0], cutoff: { value: 10, clinical: 'at-or-above' } }, p, { document: doc });
    assert.equal(withCutoff.querySelectorAll('[data-marker="cutoff"] line').length, 1, 'cutoff line');
    const gas = gasChart(p, { document: doc });
    assert.equal(gas.querySelectorAll('[data-points="gas"] circle').length, p.gas.length);
    assert.ok(p.gas.length > 0);
  });

  it('gives every chart a text summary and a captioned table with one row per point', () => {
    const view = clientView(p, { document: freshDocument() });
    const figures = Array.from(view.querySelectorAll('figure.gp-figure'));
    assert.equal(figures.length, p.goals.length + p.instruments.length + 1);
    for (const f of figures) {
      assert.ok(f.querySelector('svg'), 'chart');
      assert.ok(f.querySelector('p.gp-summary')?.textContent, 'summary');
      assert.ok(f.querySelector('table > caption')?.textContent, 'captioned table');
    }
    for (const g of p.goals) {
      const rows = view.querySelectorAll(`table[data-goal="${g.goalId}"] tbody tr`);
      assert.equal(rows.length, Math.max(1, g.points.length), `${g.goalId} table rows`);
    }
    assert.match(view.querySelector('figure[data-goal="G1"] p.gp-summary')!.textContent!, /baseline 14, target 6, due 2026-12-14\. 4 values recorded; latest 8 on 2026-09-14/);
  });

  it('escapes text from files everywhere: nothing in the serialised view is markup', () => {
    const doc = freshDocument();
    const html = [clientView(p, { document: doc }), clientView(p, { document: doc, interactive: true }), caseloadView(fx.caseload.rows, { document: doc })]
      .map((v) => serializeHtml(v)).join('\n');
    assert.ok(!html.includes('<img'), 'no raw <img');
    assert.ok(!html.includes('<script'), 'no raw <script');
    // With every `<` from files escaped, each remaining tag is the renderer's own: none has a handler.
    assert.ok(!/<[^>]*\son[a-z]+\s*=/i.test(html.replace(/"[^"]*"/g, '""')), 'no event handler attribute in any tag');
    // Even linkedom's own serialiser (the browser's algorithm: quotes escaped in attributes) yields nothing active.
    const plain = reparse(`<!DOCTYPE html><html><body>${clientView(p, { document: doc }).outerHTML}</body></html>`);
    assert.deepEqual(activeContent(plain), []);
    assert.ok(html.includes('&lt;img src=x onerror=window.__pwned=1&gt;'), 'the payload is shown as text');
    const back = reparse(`<!DOCTYPE html><html><body>${html}</body></html>`);
    assert.deepEqual(activeContent(back), []);
    const text = back.body.textContent ?? '';
    for (const s of [PAYLOAD, EVIL_CLIENT, '<script>window.__pwned=1</script>', `Re-target G1, add G3 ${PAYLOAD}`, EVIL_AUTHOR.replace(/;$/, '').slice(0, 30)]) {
      assert.ok(text.includes(s), `shown as text: ${s}`);
    }
    // Problem text changed in a commit shows in the revision table, as text.
    assert.ok(text.includes(`Low mood ${PAYLOAD}`), 'problem text');
  });

  it('keeps an entity-looking author literal (no double decoding)', () => {
    const view = clientView(p, { document: freshDocument() });
    const authors = Array.from(view.querySelectorAll('.gp-author')).map((a) => a.textContent);
    assert.ok(authors.length > 0);
    for (const a of authors) assert.ok(a?.includes('&lt;b&gt'), `author text kept as written: ${a}`);
  });

  it('escapeHtml escapes the five HTML specials and backtick', () => {
    assert.equal(escapeHtml(PAYLOAD), '&lt;img src=x onerror=window.__pwned=1&gt;');
    assert.equal(escapeHtml(`"'&\``), '&quot;&#39;&amp;&#96;');
    assert.equal(escapeHtml(undefined), '');
  });

  it('the report page escapes its title and footer and has no script', () => {
    const html = reportHtml({ title: `Report ${PAYLOAD}`, body: clientView(p, { document: freshDocument() }), footer: [`by ${PAYLOAD}`] });
    const back = reparse(html);
    assert.deepEqual(activeContent(back), []);
    assert.equal(back.querySelector('title')?.textContent, `Report ${PAYLOAD}`);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
  });

  it('renders the caseload with one row per client, client ids as text', () => {
    const view = caseloadView(fx.caseload.rows, { document: freshDocument(), interactive: true, today: '2026-11-26' });
    const rows = view.querySelectorAll('table[data-table="caseload"] tbody tr');
    assert.equal(rows.length, fx.caseload.rows.length);
    const button = view.querySelector('button[data-client]');
    assert.equal(button?.getAttribute('data-client'), EVIL_CLIENT);
    assert.equal(button?.textContent, EVIL_CLIENT);
  });

  it('speaks plainly: no commit hashes or key paths in the text, units in the number of their value', () => {
    const view = clientView(p, { document: freshDocument(), interactive: true });
    // What is read on the page; a chart mark's hover tooltip (<title>) may name the commit: that is asking.
    for (const t of Array.from(view.querySelectorAll('title'))) t.remove();
    const text = view.textContent ?? '';
    const commits = p.plans.flatMap((pl) => pl.revisions.map((r) => r.commit.id.slice(0, 8)));
    assert.ok(commits.length > 0, 'the fixture has plan revisions');
    for (const c of commits) assert.ok(!text.includes(c), `no commit hash ${c} in what the clinician reads`);
    assert.doesNotMatch(text, /\b(review|measure)\.(last|next|every|target|baseline)\b/, 'no key paths');
    assert.doesNotMatch(text, /\brho\b/);
    assert.equal(fmtFieldChange({ field: 'measure.target', old: 9, new: 7 }), 'target: 9 → 7');
    assert.equal(fieldLabel('review.next'), 'next review');
    assert.equal(fieldLabel('gas.1'), 'GAS level +1');
    assert.equal(valueWithUnit('1', 1, 'meetings per month'), '1 meeting per month');
    assert.equal(valueWithUnit('3', 3, 'meetings per month'), '3 meetings per month');
    assert.equal(valueWithUnit('1', 1, 'panic attacks per week'), '1 panic attack per week');
    assert.equal(valueWithUnit('1', 1, 'classes'), '1 classes', 'no guess past a plain -s');
    assert.equal(valueWithUnit('1', 1, 'class'), '1 class');
    assert.equal(valueWithUnit('1', 1, 'status checks'), '1 status checks');
    assert.equal(plural(1, 'day'), '1 day');
    assert.equal(plural(2, 'day'), '2 days');
  });

  it('caseload: risk and clinical columns first, sortable headers with aria-sort, overdue in words, no mid-token wraps', () => {
    const base = fx.caseload.rows[0];
    const rows = [
      { ...base, client: 'C-A', deteriorations: 0, pastDueGoals: [], noNextReview: false, nextReview: '2027-01-10', reviewOverdueDays: undefined, openRisk: '2026-11-20' },
      { ...base, client: 'C-B', deteriorations: 2, pastDueGoals: ['G2'], noNextReview: false, nextReview: '2026-11-01', reviewOverdueDays: 25 },
      { ...base, client: 'C-C', deteriorations: 0, pastDueGoals: [], noNextReview: true, nextReview: undefined, reviewOverdueDays: undefined },
      { ...base, client: 'C-D', deteriorations: 0, pastDueGoals: [], noNextReview: false, nextReview: '2026-11-25', reviewOverdueDays: 1 },
    ];
    const doc = freshDocument();
    const heads = (v: Element) => Array.from(v.querySelectorAll('thead th')).map((t) => t.textContent?.replace(/ [▲▼]$/, ''));
    const order = (v: Element) => Array.from(v.querySelectorAll('tbody tr')).map((r) => r.getAttribute('data-row-client'));
    const plain = caseloadView(rows, { document: doc, today: '2026-11-26' });
    assert.deepEqual(heads(plain).slice(0, 5), ['Client', 'Open risk', 'Reliably worse', 'Past-due goals', 'Next review']);
    assert.equal(plain.querySelectorAll('button').length, 0, 'the report has no buttons');
    const text = (v: Element, client: string) => v.querySelector(`tr[data-row-client="${client}"]`)?.textContent ?? '';
    assert.match(text(plain, 'C-B'), /2026-11-01, overdue by 25 days/);
    assert.match(text(plain, 'C-D'), /overdue by 1 day(?!s)/);
    // Open risk (SPEC 5.6): the date of the screen not yet followed up, marked, in the second column.
    assert.match(plain.querySelector('tr[data-row-client="C-A"] td')?.outerHTML ?? '', /data-risk="open"[^>]*>⚠ since 2026-11-20</);
    assert.equal(plain.querySelector('tr[data-row-client="C-B"] td')?.textContent, '');
    assert.match(text(plain, 'C-C'), /no date set/);
    assert.match(text(plain, 'C-B'), /2 measures/);
    for (const cell of Array.from(plain.querySelectorAll('tbody tr > :first-child'))) assert.match(cell.getAttribute('class') ?? '', /gp-nowrap/, 'ids never wrap');

    const live = caseloadView(rows, { document: doc, interactive: true, today: '2026-11-26', sort: { column: 'review', descending: true } });
    assert.deepEqual(order(live), ['C-C', 'C-B', 'C-D', 'C-A'], 'most urgent review first: none set, then longest overdue');
    assert.equal(live.querySelector('th[aria-sort]')?.getAttribute('aria-sort'), 'descending');
    assert.equal(live.querySelectorAll('th button[data-action="sort"]').length, heads(live).length, 'every header sorts');
    assert.deepEqual(order(caseloadView(rows, { document: doc, interactive: true, sort: { column: 'client', descending: false } })), ['C-A', 'C-B', 'C-C', 'C-D']);
    assert.deepEqual(order(caseloadView(rows, { document: doc, interactive: true, sort: { column: 'worse', descending: true } }))[0], 'C-B');
  });
});
