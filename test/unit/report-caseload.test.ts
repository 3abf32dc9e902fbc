// `goalplan caseload`: the auditor's export in three formats, stamped with today and the commit,
// filtered by window and clinician, and safe to open in a spreadsheet.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { command as caseloadCmd, formatCsv, parseCaseloadArgs } from '../../server/src/cli/commands/caseload';
import { caseloadView, sortCaseload, CASELOAD_COLUMNS } from '../../server/src/core/render';
import { UsageError, type CliIO } from '../../server/src/cli/io';
import type { Caseload, CaseloadRow } from '../../server/src/core/progress';
import { EVIL_CLIENT, makeFixture, type Fixture } from '../helpers/progressFixture';

const REPO = path.resolve(__dirname, '..', '..');
const CLINIC = path.join(REPO, 'examples', 'clinic');
const TODAY = '2026-11-26';

async function run(argv: string[], cwd = REPO): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, stdout: (t) => { out += t; }, stderr: (t) => { err += t; } };
  const code = await caseloadCmd.run(argv, io);
  return { code, out, err };
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('goalplan caseload', function () {
  this.timeout(120_000);
  let fx: Fixture;
  let head: string;
  before(async () => {
    fx = await makeFixture();
    head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: fx.dir, encoding: 'utf8' }).trim();
  });
  after(() => fx?.remove());

  it('json: one row per client of the example clinic', async () => {
    const r = await run(['--format', 'json', '--today', TODAY, '--no-history', CLINIC]);
    assert.equal(r.code, 0, r.err);
    const load = JSON.parse(r.out) as Caseload;
    assert.equal(load.today, TODAY);
    // SPEC 5.7: clients with an open plan first (C-0577, a note and no plan yet, among them), then C-0705, discharged.
    assert.deepEqual(load.rows.map((x) => x.client), ['C-0142', 'C-0217', 'C-0388', 'C-0451', 'C-0577', 'C-0623', 'C-0704', 'C-0735', 'C-0762', 'C-0705']);
    const c0388 = load.rows.find((x) => x.client === 'C-0388')!;
    assert.equal(c0388.reviewsOverdue, 1, 'C-0388 missed its review (README)');
    assert.equal(load.rows.find((x) => x.client === 'C-0577')!.plans, 0, 'a client with a note and no plan yet');
  });

  it('is stamped with the commit and today in every format', async () => {
    const json = JSON.parse((await run(['-f', 'json', '--today', TODAY], fx.dir)).out) as Caseload;
    assert.equal(json.head, head);
    assert.equal(json.today, TODAY);
    const table = (await run(['--today', TODAY], fx.dir)).out;
    assert.equal(table.split('\n')[0], `Caseload as of ${TODAY}, commit ${head}: 1 client`);
    const csv = parseCsv((await run(['-f', 'csv', '--today', TODAY], fx.dir)).out);
    const header = csv[0];
    assert.deepEqual(header.slice(-2), ['as_of', 'commit']);
    assert.equal(csv.length, 2);
    assert.deepEqual(csv[1].slice(-2), [TODAY, head]);
    assert.equal(csv[1][header.indexOf('late_notes')], '1', 'the note committed 10 days late');
    assert.equal(csv[1][header.indexOf('client')], EVIL_CLIENT, 'a client id with markup is just text in CSV');
    const noHistory = (await run(['--today', TODAY, '--no-history'], fx.dir)).out;
    assert.match(noHistory.split('\n')[0], /no git history/);
  });

  it('filters by window and clinician', async () => {
    const all = JSON.parse((await run(['-f', 'json', '--today', TODAY, '--no-history', CLINIC])).out) as Caseload;
    const windowed = JSON.parse((await run(['-f', 'json', '--today', TODAY, '--no-history', '--from', '2026-10-01', '--to', '2026-10-31', CLINIC])).out) as Caseload;
    assert.equal(windowed.from, '2026-10-01');
    const total = (l: Caseload) => l.rows.reduce((n, x) => n + x.sessions, 0);
    assert.ok(total(windowed) > 0 && total(windowed) < total(all), 'fewer sessions in October than in all time');
    const rk = JSON.parse((await run(['-f', 'json', '--today', TODAY, '--no-history', '--clinician', 'RK', CLINIC])).out) as Caseload;
    assert.ok(rk.rows.length > 0 && rk.rows.every((x) => x.clinician === 'RK'));
    assert.ok(rk.rows.length < all.rows.length);
  });

  it('json, csv and table carry the measurement-based-care columns (SPEC 5.6), read from the examples clinic', async () => {
    const load = JSON.parse((await run(['-f', 'json', '--today', TODAY, '--no-history', CLINIC])).out) as Caseload;
    const by = (id: string) => load.rows.find((r) => r.client === id)!;
    // C-0704: PHQ-9 18-19 for five months against its expected curve.
    assert.deepEqual(by('C-0704').notOnTrackGoals, ['G1']);
    // C-0735: the SRS fell from 38 to 33.
    assert.equal(by('C-0735').lowAlliance, 33);
    assert.deepEqual(by('C-0735').notOnTrackGoals, []);
    // C-0762: a no-show and a client's cancellation after the clinician's cancellation; GAD-7 (4w) overdue.
    assert.equal(by('C-0762').missedSessions, 2);
    assert.deepEqual(by('C-0762').overdueMeasures, ['GAD-7']);
    // The clean case has none of them; every row has every column.
    const clean = by('C-0142');
    assert.deepEqual([clean.notOnTrackGoals, clean.lowAlliance, clean.missedSessions, clean.overdueMeasures], [[], undefined, 0, []]);
    for (const r of load.rows) assert.ok(Array.isArray(r.notOnTrackGoals) && typeof r.missedSessions === 'number' && Array.isArray(r.overdueMeasures), r.client);

    const csv = parseCsv((await run(['-f', 'csv', '--today', TODAY, '--no-history', CLINIC])).out);
    const col = (name: string) => csv[0].indexOf(name);
    const csvRow = (id: string) => csv.find((r) => r[0] === id)!;
    assert.equal(csvRow('C-0704')[col('not_on_track_goals')], 'G1');
    assert.equal(csvRow('C-0735')[col('low_alliance_srs')], '33');
    assert.equal(csvRow('C-0762')[col('missed_sessions')], '2');
    assert.equal(csvRow('C-0762')[col('overdue_measures')], 'GAD-7');
    const table = (await run(['--today', TODAY, '--no-history', CLINIC])).out;
    for (const h of ['Not on track', 'Low SRS', 'Missed', 'Overdue measures']) assert.ok(table.includes(h), h);
  });

  it('lists the discharged client (all plans closed) last, marked closed, with the open-plan columns empty (SPEC 5.7)', async () => {
    const load = JSON.parse((await run(['-f', 'json', '--today', TODAY, '--no-history', CLINIC])).out) as Caseload;
    const last = load.rows[load.rows.length - 1];
    assert.equal(last.client, 'C-0705');
    assert.equal(last.closed, true);
    assert.equal(last.planStatus, 'closed');
    assert.equal(last.planClosed, '2026-10-26');
    assert.deepEqual([last.notOnTrackGoals, last.missedSessions, last.overdueMeasures, last.missingAgreement], [[], 0, [], undefined]);
    for (const r of load.rows.slice(0, -1)) assert.equal(r.closed, undefined, `${r.client} has an open plan (or no plan yet)`);
    // C-0762's closed 2025 episode does not make it a closed client: its current plan is open.
    const c0762 = load.rows.find((r) => r.client === 'C-0762')!;
    assert.equal(c0762.planStatus, 'active');
    assert.deepEqual(c0762.missingDischargeSummary, ['2025-06-30']);
    // C-0217's draft plan has no agreement yet; open clients keep the column.
    assert.equal(load.rows.find((r) => r.client === 'C-0217')!.missingAgreement, true);

    const csv = parseCsv((await run(['-f', 'csv', '--today', TODAY, '--no-history', CLINIC])).out);
    const col = (name: string) => csv[0].indexOf(name);
    assert.equal(csv[csv.length - 1][0], 'C-0705');
    const closedCsv = csv[csv.length - 1];
    assert.deepEqual(['closed', 'plan', 'plan_closed'].map((c) => closedCsv[col(c)]), ['yes', 'closed', '2026-10-26']);
    for (const c of ['not_on_track_goals', 'missed_sessions', 'overdue_measures', 'missing_agreement']) assert.equal(closedCsv[col(c)], '', c);
    assert.equal(csv.find((r) => r[0] === 'C-0142')![col('missed_sessions')], '0', 'an open client counts its missed sessions');
    assert.equal(csv.find((r) => r[0] === 'C-0217')![col('missing_agreement')], 'yes');

    const table = (await run(['--today', TODAY, '--no-history', CLINIC])).out.split('\n').filter((l) => /^C-\d{4}/.test(l));
    assert.match(table[table.length - 1], /^C-0705 .* closed 2026-10-26 /);
    assert.match(table.find((l) => l.startsWith('C-0217'))!, / missing$/, 'the table shows the missing agreement');
    assert.match(table.find((l) => l.startsWith('C-0762'))!, /missing \(closed 2025-06-30\)$/, 'and the missing discharge summary');
  });

  it('keeps open-plan clients first when the panel sorts by any column, either way', async () => {
    const load = JSON.parse((await run(['-f', 'json', '--today', TODAY, '--no-history', CLINIC])).out) as Caseload;
    for (const c of CASELOAD_COLUMNS) {
      for (const descending of [false, true]) {
        const sorted = sortCaseload(load.rows, { column: c.key, descending }, TODAY);
        assert.equal(sorted.length, load.rows.length);
        assert.equal(sorted[sorted.length - 1].client, 'C-0705', `${c.key} ${descending ? 'descending' : 'ascending'}`);
      }
    }
    // Sorting still sorts the open clients: by client, descending, C-0762 comes first.
    assert.equal(sortCaseload(load.rows, { column: 'client', descending: true }, TODAY)[0].client, 'C-0762');
    const document = parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as Document;
    const view = caseloadView(load.rows, { document, interactive: true, today: TODAY, sort: { column: 'client', descending: true } });
    const trs = Array.from(view.querySelectorAll('tbody tr'));
    assert.equal(trs[trs.length - 1].getAttribute('data-row-client'), 'C-0705');
    assert.equal(trs[trs.length - 1].getAttribute('data-closed'), 'true');
    assert.match(trs[trs.length - 1].textContent ?? '', /closed 2026-10-26/);
    assert.equal(trs.filter((tr) => tr.getAttribute('data-closed')).length, 1);
  });

  it('CSV cells a spreadsheet would run as formulas are defused and quoting is RFC 4180', () => {
    const row = (client: string, clinician?: string): CaseloadRow => ({
      client, clinician, plans: 1, reviewsDue: 0, reviewsHeld: 0, reviewsOverdue: 0,
      goalsByStatus: { active: 1, 'on-hold': 0, met: 0, revised: 0, discontinued: 0 },
      sessions: 0, lateNotes: 0, unsignedNotes: 0, editedAfterSignature: 0, stalledGoals: [], deteriorations: 0, pastDueGoals: [], noNextReview: false,
      notOnTrackGoals: [], missedSessions: 0, overdueMeasures: [],
    });
    const text = formatCsv({ version: 1, today: TODAY, rows: [row('=HYPERLINK("http://x","y")', '+cmd'), row('C-1', 'a,"b"\nc')] });
    const rows = parseCsv(text);
    assert.equal(rows[1][0], `'=HYPERLINK("http://x","y")`);
    assert.equal(rows[1][1], "'+cmd");
    assert.equal(rows[2][1], 'a,"b"\nc');
  });

  it('rejects bad arguments', () => {
    assert.throws(() => parseCaseloadArgs(['--format', 'xml']), UsageError);
    assert.throws(() => parseCaseloadArgs(['--from', '2026-13-01']), UsageError);
    assert.throws(() => parseCaseloadArgs(['--from', '2026-11-01', '--to', '2026-10-01']), UsageError);
    assert.equal(parseCaseloadArgs([]).format, 'table');
  });
});
