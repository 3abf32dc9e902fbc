// `goalplan lint [paths...]`: checks goal plans, session logs and .goalplan.yaml files under the
// given paths and prints the findings. Exit 0 when clean (warnings and info allowed), 1 when an
// error is found (or more warnings than --max-warnings), 2 on a usage or I/O failure.
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { CONFIG_FILE, ConfigResolver, refusedConfigMessage } from '../../node/configResolver';
import { discover, comparePaths } from '../../node/discover';
import { lintPaths, toOut, type FileResult, type LintRun } from '../../node/lintFiles';
import { historyReason } from '../../core/render/labels';
import { lintWithCache } from '../cache';
import { fixFiles } from '../fix';
import { scanHistory } from '../history';
import { FORMATTERS, type ReportFile } from '../format';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, printable, UsageError, type CliIO, type Command , parseCommandArgs, todayOption } from '../io';
import { lintParallel } from '../workers';

/** Below this many files a worker pool costs more (startup) than it saves. */
const PARALLEL_THRESHOLD = 200;

const USAGE = `Usage: goalplan lint [options] [paths...]

Checks goal plans and session logs (Markdown files whose front matter says
kind: goal-plan or kind: session-log) and .goalplan.yaml files under the given
paths (default: the current folder).

Options:
  -f, --format NAME      stylish (default), json or sarif
  --today DATE           the date rules treat as today (YYYY-MM-DD; default: local date)
  -c, --config FILE      use this configuration file instead of the .goalplan.yaml files
  --fix                  apply every safe fix (files are written atomically), then report what is left
  --cache                re-check only changed files and the files of the same client
                         (ignored with --fix; the cache file holds messages: keep it out of git)
  --cache-location FILE  where the cache is kept (default: .goalplan-cache in the current folder)
  --quiet                report errors only
  --max-warnings N       exit with 1 when there are more than N warnings
  --history              also check every committed version of every goal file for direct
                         identifiers (GP401): an identifier committed once stays in git history
  --workers N            worker threads (default: one per CPU when there are more than ${PARALLEL_THRESHOLD} files; 0 = none)
  -h, --help             show this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O failure.
`;

export const command: Command = {
  summary: 'check goal plans, session notes and .goalplan.yaml files',
  async run(argv, io) {
    const args = parse(argv);
    if (args.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    return lint(args, io);
  },
};

interface LintArgs {
  help: boolean;
  paths: string[];
  format: string;
  today: string;
  config?: string;
  fix: boolean;
  cache: boolean;
  cacheLocation?: string;
  quiet: boolean;
  maxWarnings?: number;
  workers?: number;
  history: boolean;
}

function parse(argv: string[]): LintArgs {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string', short: 'f' },
    today: { type: 'string' },
    config: { type: 'string', short: 'c' },
    fix: { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    quiet: { type: 'boolean' },
    'max-warnings': { type: 'string' },
    workers: { type: 'string' },
    history: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = values.format ?? 'stylish';
  if (!Object.prototype.hasOwnProperty.call(FORMATTERS, format)) throw new UsageError(`unknown format '${printable(format)}' (use stylish, json or sarif)`);
  const today = todayOption(values.today);
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, not '${printable(v)}'`);
    return Number(v);
  };
  return {
    help: !!values.help,
    paths: positionals.length ? positionals : ['.'],
    format,
    today,
    config: values.config,
    fix: !!values.fix,
    cache: !!values.cache,
    cacheLocation: values['cache-location'],
    quiet: !!values.quiet,
    maxWarnings: int('max-warnings', values['max-warnings']),
    workers: int('workers', values.workers),
    history: !!values.history,
  };
}

async function lint(args: LintArgs, io: CliIO): Promise<number> {
  const cwd = io.cwd;
  let failed = false;
  const fail = (msg: string) => {
    failed = true;
    io.stderr(`goalplan lint: ${msg}\n`);
  };
  const explicitConfig = args.config ? path.resolve(cwd, args.config) : undefined;
  const resolver = new ConfigResolver(cwd, { explicitConfig });
  const display = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);

  const found = discover(args.paths.map((p) => path.resolve(cwd, p)), { boundary: cwd, configFor: (f) => resolver.configFor(f), globBases: (f) => resolver.globBasesFor(f) });
  for (const s of found.skipped) {
    if (s.reason === 'missing') fail(`no such file or folder: ${printable(display(s.path))}`);
    else if (s.reason === 'unreadable') fail(`cannot read folder: ${printable(display(s.path))}`);
    else if (path.basename(s.path) === CONFIG_FILE) io.stderr(`goalplan lint: ${refusedConfigMessage(printable(display(s.path)))}\n`);
    else io.stderr(`goalplan lint: not following ${printable(display(s.path))}: it links outside ${printable(display(cwd) || '.')}\n`);
  }
  if (explicitConfig) {
    const r = resolver.configFiles([explicitConfig]);
    if (r.length === 0) fail(`configuration file not found: ${printable(display(explicitConfig))}`);
  }

  if (args.fix) {
    const outcome = fixFiles(found.files, resolver, args.today);
    for (const f of outcome.failed) {
      fail(f.code === 'ECHANGED'
        ? `${printable(display(f.path))} changed on disk while fixing; left as it was`
        : f.reason
          ? `not fixing ${printable(display(f.path))}: ${f.reason}; left as it was`
          : `cannot write ${printable(display(f.path))} (${f.code}); left as it was`);
    }
    for (const d of outcome.dropped) {
      io.stderr(`goalplan lint: ${printable(display(d.path))}: fix "${printable(d.title)}" (${d.rule}) not applied: ${d.reason}\n`);
    }
  }

  const workers = args.workers ?? (found.files.length > PARALLEL_THRESHOLD ? Math.min(availableParallelism(), 8) : 0);
  const lintSome = (files: string[]): Promise<LintRun> =>
    workers >= 2 && files.length > 1 ? lintParallel(files, { workers, resolver, explicitConfig, today: args.today }) : Promise.resolve(lintPaths(files, resolver, args.today));
  const run = args.cache && !args.fix
    ? await lintWithCache(found.files, { location: path.resolve(cwd, args.cacheLocation ?? '.goalplan-cache'), resolver, today: args.today, lint: lintSome })
    : await lintSome(found.files);
  // A rule that threw is a bug, and its file's findings are incomplete: never a passing run.
  for (const e of run.ruleErrors) fail(`internal error: rule ${e.rule} failed on ${printable(display(e.path))} (its other findings are shown; please report this bug)`);

  const files: (FileResult & { label?: string })[] = [...run.results];
  for (const r of run.results) if (r.error) fail(`cannot read ${printable(display(r.path))} (${r.error})`);
  // Config files are checked like any other file (SPEC 3).
  const configPaths = [...found.configFiles, ...(explicitConfig ? [explicitConfig] : [])];
  for (const c of resolver.configFiles(configPaths)) {
    if (c.error === 'EOUTSIDE') io.stderr(`goalplan lint: ${refusedConfigMessage(printable(display(c.path)))}\n`);
    else if (c.error) fail(`cannot read ${printable(display(c.path))} (${c.error})`);
    files.push({ path: c.path, diagnostics: c.diagnostics.map((d) => toOut(c.text, c.lineStarts, d)) });
  }

  if (args.history) {
    const roots = args.paths.map((p) => path.resolve(cwd, p));
    const scan = await scanHistory(cwd, roots, resolver, args.today, display);
    if (scan.unavailable) fail(`--history: git history is not available here (${historyReason(scan.unavailable)})`);
    for (const e of scan.ruleErrors) fail(`internal error: rule ${e.rule} failed on ${printable(e.file)} (please report this bug)`);
    for (const f of scan.files) files.push({ path: f.file, diagnostics: f.diagnostics, label: f.file });
  }

  const report: ReportFile[] = files
    .map((f) => ({ file: f.label ?? display(f.path), diagnostics: args.quiet ? f.diagnostics.filter((d) => d.severity === 'error') : f.diagnostics }))
    .sort((a, b) => comparePaths(a.file, b.file));
  // The same file can be named twice (a path and its folder): report it once.
  const unique = report.filter((f, i) => i === 0 || f.file !== report[i - 1].file);
  io.stdout(FORMATTERS[args.format](unique));

  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (failed) return EXIT_FAILURE;
  if (errors > 0) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`goalplan lint: ${warnings} warnings exceed --max-warnings ${args.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
