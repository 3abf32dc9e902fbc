// SPEC 5.6 in headless Chromium: `goalplan report --all` over the examples clinic draws, for every
// client, as many timeline marks as the progress model has facts: a risk mark per held session
// with a positive screen on every chart, an annotation per session with events or barriers, the
// goals' revisions, the SRS chart beside ORS with its alliance cutoff, readiness points, and the
// plan's agreement and signature lines. Counted in the rendered page, not in our own DOM.
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { command as report } from '../../server/src/cli/commands/report';
import { loadFolder } from '../../server/src/cli/loadFolder';
import type { CliIO } from '../../server/src/cli/io';
import { buildProgress, type ClientProgress } from '../../server/src/core/progress';
import { launchChromium } from '../helpers/chromium';

const REPO = path.resolve(__dirname, '..', '..');
const CLINIC = path.join(REPO, 'examples', 'clinic');
const RESULTS = path.join(REPO, 'test-results', 'timeline-browser');
const TODAY = '2026-11-26';
// C-0217 holds the clinic's one plan without the client's agreement (GP209, examples/clinic/README.md).
const CLIENTS = ['C-0142', 'C-0217', 'C-0388', 'C-0451', 'C-0704', 'C-0705', 'C-0735', 'C-0762'];

function quietIO(): CliIO & { err: string } {
  const io = { cwd: CLINIC, err: '', stdout: () => undefined, stderr: (t: string) => { io.err += t; } };
  return io;
}

interface Counts {
  charts: number;
  riskPerChart: number[];
  annotationsPerChart: number[];
  goalRevisions: number;
  pair: string | null;
  allianceCutoff: number;
  belowCutoff: number;
  readiness: number;
  planLines: Array<{ agreement: string | null; signed: string | null }>;
}

/** What the model says each client's view must show. */
function wanted(p: ClientProgress): Counts {
  const risk = p.sessions.filter((s) => s.held && s.risk?.length).length;
  const notes = p.sessions.filter((s) => !s.future && (s.events?.length || s.barriers?.length)).length;
  const srs = p.instruments.find((i) => i.role === 'alliance');
  const charts = p.goals.length + p.instruments.filter((i) => i.known).length + 1 + (p.readiness ? 1 : 0);
  return {
    charts,
    riskPerChart: Array(charts).fill(risk),
    annotationsPerChart: Array(charts).fill(notes),
    goalRevisions: p.goals.reduce((n, g) => n + (g.revisionMarks?.length ?? 0), 0),
    pair: srs?.beside ? `${srs.beside} ${srs.instrument}` : null,
    allianceCutoff: srs ? 1 : 0,
    belowCutoff: srs ? srs.points.filter((x) => !x.flagged && x.clinical === true).length : 0,
    readiness: p.readiness?.points.length ?? 0,
    planLines: p.plans.map((pl) => ({ agreement: pl.agreementCurrent ? 'agreed' : pl.agreementMissing ? 'missing' : 'none', signed: pl.signed ? 'yes' : 'no' })),
  };
}

async function counted(page: Page, client: string): Promise<Counts> {
  return page.evaluate((c) => {
    const view = document.querySelector(`article.gp-client[data-client="${c}"]`)!;
    const svgs = Array.from(view.querySelectorAll('svg[data-chart]'));
    return {
      charts: svgs.length,
      riskPerChart: svgs.map((s) => s.querySelectorAll('[data-marker="risk"] line').length),
      annotationsPerChart: svgs.map((s) => s.querySelectorAll('[data-marker="annotation"] > path, [data-marker="annotation"] > circle').length),
      goalRevisions: view.querySelectorAll('svg[data-chart="goal"] [data-marker="goal-revision"] line').length,
      pair: view.querySelector('.gp-pair')?.getAttribute('data-pair') ?? null,
      allianceCutoff: view.querySelectorAll('[data-marker="cutoff"][data-role="alliance"] line').length,
      belowCutoff: view.querySelectorAll('[data-marker="below-cutoff"] > *').length,
      readiness: view.querySelectorAll('svg[data-chart="readiness"] [data-points="readiness"] circle').length,
      planLines: Array.from(view.querySelectorAll('.gp-plan-status li'), (li) => ({ agreement: li.getAttribute('data-agreement'), signed: li.getAttribute('data-signed') })),
    };
  }, client);
}

describe('timeline marks in headless Chromium (examples clinic, goalplan report --all)', function () {
  this.timeout(240_000);
  let browser: Browser;
  let page: Page;
  const models = new Map<string, ClientProgress>();

  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    const loaded = await loadFolder([CLINIC], quietIO(), { history: false });
    for (const c of CLIENTS) models.set(c, JSON.parse(JSON.stringify(buildProgress(loaded.ws, c, { today: TODAY, config: loaded.config }))));
    const file = path.join(RESULTS, 'report-all.html');
    const io = quietIO();
    assert.equal(await report.run(['--all', '--today', TODAY, '--no-history', '--out', file], io), 0, io.err);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${file}`);
  });
  after(async () => browser?.close());

  it('the examples hold every kind of mark (so the counts below can fail)', () => {
    const all = [...models.values()].map(wanted);
    assert.ok(all.some((w) => w.riskPerChart[0] > 0), 'a client with a held positive screen');
    assert.ok(all.some((w) => w.annotationsPerChart[0] > 0), 'a client with events or barriers');
    assert.ok(all.some((w) => w.goalRevisions > 0), 'a goal with revisions');
    assert.ok(all.some((w) => w.pair === 'ORS SRS'), 'a client with ORS and SRS');
    assert.ok(all.some((w) => w.belowCutoff > 0), 'an SRS below the alliance cutoff');
    assert.ok(all.some((w) => w.readiness > 0), 'a client with readiness');
    assert.ok(all.some((w) => w.planLines.some((l) => l.agreement === 'agreed')), 'a plan with an agreement');
    assert.ok(all.some((w) => w.planLines.some((l) => l.agreement === 'missing')), 'a plan missing one (GP209)');
  });

  for (const client of CLIENTS) {
    it(`${client}: the page draws what the model says`, async () => {
      assert.deepEqual(await counted(page, client), wanted(models.get(client)!));
    });
  }

  it('every mark has a text alternative: titles on the marks, the chart\'s name, the note under the legend', async () => {
    const missing = await page.evaluate(() => Array.from(document.querySelectorAll(
      '[data-marker="risk"] line, [data-marker="annotation"] > *, [data-marker="goal-revision"] line, [data-marker="below-cutoff"] > *',
    )).filter((el) => !el.querySelector('title')?.textContent).length);
    assert.equal(missing, 0);
    const names = await page.locator('article[data-client="C-0142"] svg[data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const n of names) assert.match(n, /; 1 positive risk screen marked “risk”/);
    assert.match(await page.locator('article[data-client="C-0704"] .gp-timeline-note').innerText(), /a square marks events or barriers on/);
    await page.locator('article[data-client="C-0735"] .gp-pair').screenshot({ path: path.join(RESULTS, 'C-0735-ors-srs.png') });
    await page.locator('article[data-client="C-0704"] figure.gp-readiness').screenshot({ path: path.join(RESULTS, 'C-0704-readiness.png') });
  });
});
