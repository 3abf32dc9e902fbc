// `goalplan discharge --client ID [--date DATE] [--out FILE] [--today DATE] [paths...]`: writes a
// discharge summary draft filled from the files (SPEC 5.6, 5.8). The default path is
// discharge-DATE.md beside the plan. Never overwrites: the file is created exclusively, and the
// command fails when it exists.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localToday } from '../../core/dates';
import { dischargeDraft } from '../../core/discharge/draft';
import { dateOption, EXIT_FAILURE, EXIT_OK, parseCommandArgs, printable, todayOption, UsageError, type Command } from '../io';
import { loadFolder } from '../loadFolder';

const USAGE = `Usage: goalplan discharge --client ID [options] [paths...]

Writes a discharge summary draft for a client, filled from the files: one entry
per goal active when the plan closed with its outcome, the first and last held
scores per instrument, and the Summary, Progress and Recommendations sections.
Choose the reason and write the recommendations before signing it.
Never overwrites a file. Paths default to the current folder.

Options:
  --client ID     the client's code (required)
  --date DATE     the discharge date (default: today)
  --out FILE      where to write (default: discharge-DATE.md beside the plan)
  --today DATE    the date treated as today (default: local date)
  -h, --help      show this help
`;

export const command: Command = {
  summary: 'write a discharge summary draft for a client (never overwrites)',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      client: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const client = values.client;
    if (!client || /\s/.test(client)) throw new UsageError('--client ID is required (a code without spaces)');
    const today = todayOption(values.today);
    const date = dateOption('date', values.date) ?? (values.today ? today : localToday());
    const cwd = io.cwd;
    const paths = positionals.length ? positionals : ['.'];
    // An unreadable file is not part of the draft; `goalplan lint` reports it.
    const { ws, configFor } = await loadFolder(paths, io, { history: false });
    const roots = paths.map((p) => path.resolve(cwd, p));
    const plans = ws.plansOf(client);
    const config = configFor(plans.length ? plans[plans.length - 1].uri : path.join(cwd, 'plan.md'));
    const result = dischargeDraft(ws, client, date, today, config);
    if (!result.ok) {
      io.stderr(`goalplan discharge: client ${printable(client)} has no goal plan in ${roots.map((r) => printable(path.relative(cwd, r) || '.')).join(', ')}\n`);
      return EXIT_FAILURE;
    }
    const out = values.out ? path.resolve(cwd, values.out) : path.join(path.dirname(result.draft.plan.uri), `discharge-${date}.md`);
    const shown = path.relative(cwd, out).split(path.sep).join('/') || out;
    try {
      // 'wx': exclusive create. An existing file (even one created a moment ago) is never touched.
      fs.writeFileSync(out, result.draft.text, { flag: 'wx', mode: 0o644 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(code === 'EEXIST'
        ? `goalplan discharge: ${printable(shown)} already exists; not overwritten (choose another path with --out)\n`
        : `goalplan discharge: cannot write ${printable(shown)} (${code ?? 'EIO'})\n`);
      return EXIT_FAILURE;
    }
    io.stdout(`Wrote ${printable(shown)}: choose the reason and write the Recommendations before signing.\n`);
    return EXIT_OK;
  },
};
