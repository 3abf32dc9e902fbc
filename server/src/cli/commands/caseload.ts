// `goalplan caseload [--format table|csv|json] [--from DATE --to DATE] [--clinician ID]`: the
// auditor's export, one row per client (plan dates, reviews due/held/overdue, goals by status,
// sessions, late/unsigned/edited notes), stamped with today and the commit it was read at. The
// rows come from the same progress model as the panel and `goalplan report`.
import { caseload, type Caseload, type CaseloadRow, type GoalStatus } from '../../core/progress';
import { goalsByStatusText, historyReason, overdueText } from '../../core/render';
import { csvCell, terminalSafe } from '../format/terminal';
import { EXIT_FAILURE, EXIT_OK, printable, UsageError, type Command , parseCommandArgs, todayOption, dateOption } from '../io';
import { loadFolder } from '../loadFolder';

const USAGE = `Usage: goalplan caseload [options] [paths...]

One row per client: plan dates, reviews due / held / overdue, goals by status,
sessions, late, unsigned and edited-after-signature notes, stalled goals, goals not
on track, low alliance (SRS), missed sessions, overdue measures, missing agreement
and missing discharge summaries. Clients with an open plan come first; clients whose
plans are all closed follow, marked closed. Stamped with today and the git commit
the files were read at. Paths default to the current folder.

Options:
  -f, --format NAME  table (default), csv or json
  --from DATE        count sessions and reviews from this date (YYYY-MM-DD)
  --to DATE          ... up to this date (inclusive)
  --clinician ID     only clients whose current plan names this clinician
  --today DATE       the date treated as today (default: local date)
  --no-history       do not read git history (no late or edited-note counts)
  -h, --help         show this help
`;

const FORMATS = ['table', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export interface CaseloadArgs {
  help: boolean;
  format: Format;
  from?: string;
  to?: string;
  clinician?: string;
  today: string;
  history: boolean;
  paths: string[];
}

export const command: Command = {
  summary: 'export the caseload (one row per client) as a table, CSV or JSON',
  async run(argv, io) {
    const args = parseCaseloadArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const loaded = await loadFolder(args.paths, io, { history: args.history });
    for (const p of loaded.problems) io.stderr(`goalplan caseload: ${p}\n`);
    const load = caseload(loaded.ws, {
      today: args.today, config: loaded.config, history: loaded.history, from: args.from, to: args.to, clinician: args.clinician,
    });
    const stamp = { today: args.today, head: load.head, history: loaded.history.available ? undefined : historyReason(loaded.history.reason) };
    io.stdout(args.format === 'json' ? formatJson(load) : args.format === 'csv' ? formatCsv(load) : formatTable(load, stamp));
    return loaded.problems.length ? EXIT_FAILURE : EXIT_OK;
  },
};

export function parseCaseloadArgs(argv: string[]): CaseloadArgs {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string', short: 'f' },
    from: { type: 'string' },
    to: { type: 'string' },
    clinician: { type: 'string' },
    today: { type: 'string' },
    'no-history': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${printable(String(values.format))}' (use table, csv or json)`);
  const today = todayOption(values.today);
  dateOption('from', values.from);
  dateOption('to', values.to);
  if (values.from && values.to && values.from > values.to) throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  return {
    help: !!values.help,
    format,
    from: values.from,
    to: values.to,
    clinician: values.clinician,
    today,
    history: !values['no-history'],
    paths: positionals.length ? positionals : ['.'],
  };
}

const STATUSES: readonly GoalStatus[] = ['active', 'on-hold', 'met', 'revised', 'discontinued'];

/** The export's columns: header and value of each, in order (shared by table and CSV). */
const COLUMNS: ReadonlyArray<readonly [string, (r: CaseloadRow) => string | number | undefined]> = [
  ['client', (r) => r.client],
  ['clinician', (r) => r.clinician],
  ['plan', (r) => r.planStatus],
  ['plan_created', (r) => r.planCreated],
  ['plan_closed', (r) => r.planClosed],
  ['plans', (r) => r.plans],
  ['review_last', (r) => r.reviewLast],
  ['review_next', (r) => r.nextReview],
  ['reviews_due', (r) => r.reviewsDue],
  ['reviews_held', (r) => r.reviewsHeld],
  ['reviews_overdue', (r) => r.reviewsOverdue],
  ['review_overdue_days', (r) => r.reviewOverdueDays],
  ['no_next_review', (r) => (r.noNextReview ? 'yes' : '')],
  ...STATUSES.map((s) => [`goals_${s.replace('-', '_')}`, (r: CaseloadRow) => r.goalsByStatus[s] ?? 0] as const),
  ['sessions', (r) => r.sessions],
  ['last_session', (r) => r.lastSession],
  ['late_notes', (r) => r.lateNotes],
  ['unsigned_notes', (r) => r.unsignedNotes],
  ['edited_after_signature', (r) => r.editedAfterSignature],
  ['stalled_goals', (r) => r.stalledGoals.join(' ')],
  ['deteriorations', (r) => r.deteriorations],
  ['past_due_goals', (r) => r.pastDueGoals.join(' ')],
  ['missing_agreement', (r) => (r.missingAgreement ? 'yes' : '')],
  ['missing_discharge_summary', (r) => (r.missingDischargeSummary ?? []).join(' ')],
  // SPEC 5.6: the date of a positive risk screen no later held session followed up. Added last so
  // existing spreadsheets keep their columns; the table and the views show it first.
  ['open_risk', (r) => r.openRisk],
  ['not_on_track_goals', (r) => r.notOnTrackGoals.join(' ')],
  ['low_alliance_srs', (r) => r.lowAlliance],
  // SPEC 5.7: empty (not 0) for a client whose plans are all closed, like the other open-plan columns.
  ['missed_sessions', (r) => (r.closed ? '' : r.missedSessions)],
  ['overdue_measures', (r) => r.overdueMeasures.join(' ')],
  // SPEC 5.7: 'yes' when every plan of the client is closed (those rows come last).
  ['closed', (r) => (r.closed ? 'yes' : '')],
];

export function formatJson(load: Caseload): string {
  return `${JSON.stringify(load, null, 2)}\n`;
}

/**
 * RFC 4180 CSV, every row stamped with as_of and commit (a comment line would break CSV readers).
 * A cell that a spreadsheet would read as a formula gets an apostrophe (format/terminal.ts
 * csvCell): ids and names come from files other people wrote.
 */
export function formatCsv(load: Caseload): string {
  const cell = csvCell;
  const header = [...COLUMNS.map(([h]) => h), 'as_of', 'commit'];
  const lines = [header.join(',')];
  for (const r of load.rows) lines.push([...COLUMNS.map(([, f]) => cell(f(r))), cell(load.today), cell(load.head)].join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const TABLE_COLUMNS: ReadonlyArray<readonly [string, (r: CaseloadRow) => string]> = [
  ['Client', (r) => r.client],
  ['Open risk', (r) => (r.openRisk ? `since ${r.openRisk}` : '')],
  ['Clinician', (r) => r.clinician ?? ''],
  ['Plan', (r) => planText(r)],
  ['Next review', (r) => (r.noNextReview ? 'none set' : r.nextReview ?? '')],
  ['Review', (r) => (r.reviewOverdueDays !== undefined ? overdueText(r.reviewOverdueDays) : '')],
  ['Due/held/overdue', (r) => `${r.reviewsDue}/${r.reviewsHeld}/${r.reviewsOverdue}`],
  ['Goals', (r) => goalsByStatusText(r)],
  ['Sessions', (r) => String(r.sessions)],
  ['Last session', (r) => r.lastSession ?? ''],
  ['Late', (r) => String(r.lateNotes)],
  ['Unsigned', (r) => String(r.unsignedNotes)],
  ['Edited', (r) => String(r.editedAfterSignature)],
  ['Stalled', (r) => r.stalledGoals.join(' ')],
  ['Past due', (r) => r.pastDueGoals.join(' ')],
  ['Worse', (r) => (r.deteriorations ? String(r.deteriorations) : '')],
  ['Not on track', (r) => r.notOnTrackGoals.join(' ')],
  ['Low SRS', (r) => (r.lowAlliance === undefined ? '' : String(r.lowAlliance))],
  ['Missed', (r) => (r.missedSessions ? String(r.missedSessions) : '')],
  ['Overdue measures', (r) => r.overdueMeasures.join(' ')],
  ['Agreement', (r) => (r.missingAgreement ? 'missing' : '')],
  ['Discharge summary', (r) => (r.missingDischargeSummary?.length ? `missing (closed ${r.missingDischargeSummary.join(' ')})` : '')],
];

/** "active since 2026-08-03", "closed 2026-10-26" (the closed date when there is one), "no plan". */
function planText(r: CaseloadRow): string {
  if (!r.planStatus) return 'no plan';
  if (r.planStatus === 'closed') return r.planClosed ? `closed ${r.planClosed}` : 'closed';
  return r.planCreated ? `active since ${r.planCreated}` : 'active';
}

export function formatTable(load: Caseload, stamp: { today: string; head?: string; history?: string }): string {
  // Control characters and bidi overrides from file content would drive the terminal: show them escaped.
  const clean = (s: string) => terminalSafe(s);
  const rows = load.rows.map((r) => TABLE_COLUMNS.map(([, f]) => clean(f(r))));
  const widths = TABLE_COLUMNS.map(([h], i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const filters = [load.from || load.to ? `sessions ${load.from ?? '…'} to ${load.to ?? '…'}` : '', load.clinician !== undefined ? `clinician ${clean(load.clinician)}` : '']
    .filter(Boolean).join(', ');
  return [
    `Caseload as of ${stamp.today}, ${stamp.head ? `commit ${stamp.head}` : `no git history (${stamp.history ?? 'no commits'})`}${filters ? `; ${filters}` : ''}: ${load.rows.length} client${load.rows.length === 1 ? '' : 's'}`,
    '',
    line(TABLE_COLUMNS.map(([h]) => h)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
  ].join('\n');
}
