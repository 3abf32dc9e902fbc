// Issue 13 acceptance: `goalplan plan --for-client` output checked in headless Chromium, for every
// client of the examples clinic: no script (none in the DOM, and the page's CSP allows none), no
// network request (every request the page makes is recorded and refused), no diagnosis code or
// risk note in the text, every goal active today present with its client's words and statement.
// Both copies also pass axe-core's WCAG 2.2 A/AA rules.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { command as plan } from '../../server/src/cli/commands/plan';
import { loadFolder } from '../../server/src/cli/loadFolder';
import type { CliIO } from '../../server/src/cli/io';
import { buildProgress } from '../../server/src/core/progress';
import type { Workspace } from '../../server/src/core/model/workspace';
import { launchChromium } from '../helpers/chromium';

const REPO = path.resolve(__dirname, '..', '..');
const CLINIC = path.join(REPO, 'examples', 'clinic');
const RESULTS = path.join(REPO, 'test-results', 'plan-browser');
const TODAY = '2026-11-26';
/** An ICD-10-shaped code (F41.1, F33, Z63.0). */
const ICD10 = /\b[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b/;
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

function quietIO(): CliIO & { err: string } {
  const io = { cwd: CLINIC, err: '', stdout: () => undefined, stderr: (t: string) => { io.err += t; } };
  return io;
}

describe('goalplan plan --for-client in headless Chromium (examples clinic, every client)', function () {
  this.timeout(180_000);
  let browser: Browser;
  let ws: Workspace;
  let config: Awaited<ReturnType<typeof loadFolder>>['config'];

  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    const loaded = await loadFolder([CLINIC], quietIO(), { history: false });
    ws = loaded.ws;
    config = loaded.config;
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  it('the clinic has clients with diagnosis codes, risk notes and active goals to leave out or show', () => {
    const clients = ws.clients().filter((c) => ws.plansOf(c).length);
    assert.ok(clients.length >= 8);
    assert.ok(clients.every((c) => ws.plansOf(c).some((p) => typeof p.plan?.diagnosis === 'string')), 'every plan has a diagnosis code');
    assert.ok(ws.sessionsOf('C-0388').some((s) => typeof s.session?.risk === 'string'), 'a client with risk notes');
  });

  it("both copies pass axe-core's WCAG 2.2 A/AA rules (C-0388: open risk, C-0705: closed plan)", async () => {
    for (const client of ['C-0388', 'C-0705']) {
      for (const copy of [[], ['--for-client']]) {
        const file = path.join(RESULTS, `${client}-plan${copy.length ? '-for-client' : ''}-axe.html`);
        const io = quietIO();
        assert.equal(await plan.run(['--client', client, ...copy, '--today', TODAY, '--force', '--out', file], io), 0, io.err);
        const page = await browser.newPage();
        await page.goto(`file://${file}`);
        // Through the DevTools protocol: the page's own CSP (no script) stays as it is.
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(async (tags) => {
          const r = await (globalThis as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } })
            .axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
        }, WCAG_TAGS);
        await page.close();
        assert.deepEqual(violations, [], `${client} ${copy.join(' ') || "clinician's copy"}`);
      }
    }
  });

  for (const client of ['C-0142', 'C-0217', 'C-0388', 'C-0451', 'C-0623', 'C-0704', 'C-0705', 'C-0735', 'C-0762']) {
    it(`${client}: no script, no request, no diagnosis code or risk note, every active goal`, async () => {
      const file = path.join(RESULTS, `${client}-plan-for-client.html`);
      const io = quietIO();
      assert.equal(await plan.run(['--client', client, '--for-client', '--today', TODAY, '--force', '--out', file], io), 0, io.err);

      const page = await browser.newPage();
      const url = `file://${file}`;
      const requests: string[] = [];
      const violations: string[] = [];
      // Every request the page makes goes through here: the page itself is the only one allowed.
      await page.route('**/*', (route) => {
        const u = route.request().url();
        if (u === url) return route.continue();
        requests.push(u);
        return route.abort();
      });
      page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
      page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
      await page.goto(url, { waitUntil: 'load' });
      const facts = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))).length,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
        text: document.body.innerText,
        goals: Array.from(document.querySelectorAll('article[data-goal]')).map((a) => ({ id: a.getAttribute('data-goal')!, text: (a as HTMLElement).innerText })),
        lang: document.documentElement.lang,
      }));
      await page.screenshot({ path: path.join(RESULTS, `${client}-plan-for-client.png`), fullPage: true });
      await page.close();

      assert.equal(facts.scripts, 0, 'no <script>');
      assert.equal(facts.handlers, 0, 'no event handler or javascript: URL');
      assert.match(facts.csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/, 'the CSP allows no script and no fetch');
      assert.deepEqual(requests, [], 'no network request');
      assert.deepEqual(violations, [], 'the inline stylesheet matches its hash');
      assert.equal(facts.lang, 'en');

      assert.doesNotMatch(facts.text, ICD10, 'no diagnosis code');
      for (const p of ws.plansOf(client)) if (p.plan?.diagnosis) assert.ok(!facts.text.includes(p.plan.diagnosis), 'not the plan\'s diagnosis');
      assert.doesNotMatch(facts.text, /\brisk\b/i, 'no risk wording');
      for (const s of ws.sessionsOf(client)) {
        const note = s.session?.risk;
        if (typeof note === 'string' && note.trim()) assert.ok(!facts.text.includes(note.trim()), 'no risk note');
      }

      const progress = buildProgress(ws, client, { today: TODAY, config });
      const active = progress.goals.filter((g) => g.planUri === progress.currentPlanUri && g.activeToday);
      assert.deepEqual(facts.goals.map((g) => g.id), active.map((g) => g.goalId), 'every goal active today, in plan order, and no other as a goal block');
      for (const g of active) {
        const shown = facts.goals.find((x) => x.id === g.goalId)!.text;
        if (g.statement) assert.ok(shown.includes(g.statement.trim()), `${g.goalId}: statement`);
        if (g.clientWords) assert.ok(shown.indexOf(g.clientWords.trim()) < shown.indexOf(g.statement!.trim()), `${g.goalId}: the client's words come first`);
      }
      assert.ok(readFileSync(file, 'utf8').includes('gp-for-client'));
    });
  }
});
