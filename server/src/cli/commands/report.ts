// `goalplan report --client ID [--out FILE] [--today DATE] [paths...]` (or `--all`): the progress
// panel's view as one self-contained HTML file an auditor can open offline, read with scripts
// off and print. Charts are inline SVG rendered here with linkedom by the same renderer the
// panel uses (server/src/core/render), so labels and dates match the panel exactly.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import type { ResolvedConfig } from '../../core/config/types';
import { localToday } from '../../core/dates';
import { Workspace } from '../../core/model/workspace';
import { buildProgress, caseload, type WorkspaceHistory } from '../../core/progress';
import { REPORT_CSS, REPORT_MARK, caseloadView, clientView, historyReason, reportHtml, shortCommit } from '../../core/render';
import { emptyHistory, readHistory } from '../../history/reader';
import { ConfigResolver } from '../../node/configResolver';
import { discover, isWithin } from '../../node/discover';
import { loadFile } from '../../node/lintFiles';
import { OutputRefusedError, writeOutFile } from '../../node/outFile';
import { EXIT_FAILURE, EXIT_OK, printable, UsageError, type CliIO, type Command , parseCommandArgs, todayOption } from '../io';

const USAGE = `Usage: goalplan report --client ID [options] [paths...]
       goalplan report --all [options] [paths...]

Writes one client's progress (goal timelines, instrument scores with severity and
reliable-change bands, GAS T-scores, reviews, sessions, plan revisions from git) as a
self-contained HTML file: no scripts, no network, printable. --all writes the caseload
table followed by every client. Paths default to the current folder.

Options:
  --client ID     the client to report on
  --all           every client, after the caseload table
  -o, --out FILE  write the report here (default: standard output); an existing
                  file is replaced only when it is an earlier report, or with --force,
                  and a plan or session note never
  --force         replace an existing --out file that is not a goalplan report
  --today DATE    the date treated as today (YYYY-MM-DD; default: local date)
  --no-history    do not read git history
  -h, --help      show this help
`;

export const command: Command = {
  summary: 'write a client\'s progress (or the caseload with --all) as an offline HTML report',
  async run(argv, io) {
    const args = parseReportArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    return report(args, io);
  },
};

export interface ReportArgs {
  help: boolean;
  client?: string;
  all: boolean;
  out?: string;
  force: boolean;
  today: string;
  history: boolean;
  paths: string[];
}

export function parseReportArgs(argv: string[]): ReportArgs {
  const { values, positionals } = parseCommandArgs(argv, {
    client: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    today: { type: 'string' },
    'no-history': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const today = values.help ? localToday() : todayOption(values.today);
  if (!values.help) {
    if (values.all && values.client !== undefined) throw new UsageError('use either --client or --all, not both');
    if (!values.all && (values.client === undefined || values.client.trim() === '')) throw new UsageError('--client ID (or --all) is required');
  }
  return {
    help: !!values.help,
    client: values.client,
    all: !!values.all,
    out: values.out,
    force: !!values.force,
    today,
    history: !values['no-history'],
    paths: positionals.length ? positionals : ['.'],
  };
}

// ---------------------------------------------------------------- loading (shared with caseload)

export interface LoadedFolder {
  ws: Workspace;
  history: WorkspaceHistory;
  /** The configuration of the first folder given (progress settings, instruments). */
  config: ResolvedConfig;
  /** The configuration that applies to a file (the cascade of .goalplan.yaml files). */
  configFor: (file: string) => ResolvedConfig;
  /** Path as shown to people: relative to the current folder, '/'-separated. */
  display: (abs: string) => string;
  /** Problems worth a line on stderr (names only, never content). */
  problems: string[];
}

/** Reads every goal file under the paths into a workspace, and (unless told not to) their git history. */
export async function loadFolder(paths: readonly string[], io: CliIO, opts: { history: boolean }): Promise<LoadedFolder> {
  const cwd = io.cwd;
  const resolver = new ConfigResolver(cwd);
  const display = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);
  const roots = paths.map((p) => path.resolve(cwd, p));
  const found = discover(roots, { boundary: cwd, configFor: (f) => resolver.configFor(f), globBase: cwd });
  const problems: string[] = [];
  for (const s of found.skipped) {
    if (s.reason === 'missing') problems.push(`no such file or folder: ${printable(display(s.path))}`);
    else if (s.reason === 'unreadable') problems.push(`cannot read folder: ${printable(display(s.path))}`);
  }
  const ws = new Workspace();
  for (const file of found.files) {
    try {
      ws.set(loadFile(file, resolver).doc);
    } catch (error) {
      problems.push(`cannot read ${printable(display(file))} (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
    }
  }
  const dirs = roots.map((r) => (isDirectory(r) ? r : path.dirname(r)));
  const config = resolver.configFor(path.join(dirs[0] ?? cwd, 'report.md'));
  const history = opts.history ? await historyOf(dirs) : emptyHistory();
  return { ws, history, config, configFor: (f) => resolver.configFor(f), display, problems };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One history read per distinct folder (a folder inside another one given is covered by it). */
async function historyOf(dirs: readonly string[]): Promise<WorkspaceHistory> {
  const unique = [...new Set(dirs)].filter((d, _, all) => !all.some((o) => o !== d && isWithin(d, o)));
  // The CLI runs on the folders its user named: that is the trust decision (the editor asks Workspace Trust instead).
  const parts = await Promise.all(unique.map((root) => readHistory({ root, trusted: true })));
  const merged = emptyHistory(parts[0]?.reason);
  for (const h of parts) {
    if (!h.available) continue;
    merged.available = true;
    delete merged.reason;
    merged.head ??= h.head;
    Object.assign(merged.plans, h.plans);
    Object.assign(merged.notes, h.notes);
    Object.assign(merged.workingCopy, h.workingCopy);
  }
  return merged;
}

// ---------------------------------------------------------------- report

async function report(args: ReportArgs, io: CliIO): Promise<number> {
  const loaded = await loadFolder(args.paths, io, { history: args.history });
  for (const p of loaded.problems) io.stderr(`goalplan report: ${p}\n`);
  const { ws, history, config, display } = loaded;
  const opts = { today: args.today, config, history };
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const doc = document as unknown as Document;
  const viewOpts = { document: doc, interactive: false, displayPath: display };

  let title: string;
  const body: Element[] = [];
  if (args.all) {
    const load = caseload(ws, opts);
    title = `GoalPlan caseload report ${args.today}`;
    body.push(caseloadView(load.rows, { ...viewOpts, today: args.today, head: load.head, linkClients: true }));
    for (const row of load.rows) body.push(clientView(buildProgress(ws, row.client, opts), viewOpts));
  } else {
    const client = args.client as string;
    if (!ws.clients().includes(client)) {
      io.stderr(`goalplan report: no plan or session note for client '${printable(client)}' under ${args.paths.map((p) => printable(p)).join(', ')}\n`);
      return EXIT_FAILURE;
    }
    title = `GoalPlan progress report: ${client} (${args.today})`;
    body.push(clientView(buildProgress(ws, client, opts), viewOpts));
  }
  const html = reportHtml({
    title,
    body,
    footer: [
      `Generated by goalplan report for ${args.today}.`,
      history.available
        ? `Files and git history as of commit ${history.head ? shortCommit(history.head) : '(no commits yet)'}${Object.keys(history.workingCopy).length ? ', plus uncommitted changes (working copy)' : ''}.`
        : `No git history (${historyReason(history.reason)}).`,
      'Dates are YYYY-MM-DD. This file contains health information: store and share it as such.',
    ],
    styleSrc: `'sha256-${createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64')}'`,
  });

  if (args.out === undefined) {
    io.stdout(html);
  } else {
    const out = path.resolve(io.cwd, args.out);
    try {
      writeOutFile(out, html, { force: args.force, ownMark: REPORT_MARK });
    } catch (error) {
      io.stderr(error instanceof OutputRefusedError
        ? `goalplan report: not writing ${printable(display(out))}: ${error.reason}\n`
        : `goalplan report: cannot write ${printable(display(out))} (${(error as NodeJS.ErrnoException).code ?? 'EIO'})\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`goalplan report: wrote ${printable(display(out))}\n`);
  }
  return loaded.problems.length ? EXIT_FAILURE : EXIT_OK;
}
