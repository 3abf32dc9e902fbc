// `goalplan plan --client ID --out FILE [--for-client] [--today DATE] [paths...]` (SPEC 5.6): the
// client's current plan as one self-contained HTML page to print or hand over: problems, values,
// strengths, each goal in the client's words and then its statement, measure, due date and
// interventions, the review schedule, discharge criteria, agreement and signature lines.
// --for-client is the copy the client takes home (no diagnosis code, risk note or questionnaire
// score; plain words). The page is built in the core (core/render/planPage.ts) from the core's
// model (core/progress/printPlan.ts), the same as the panel's *Print plan*.
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { printablePlan } from '../../core/progress/printPlan';
import { PLAN_MARK, planPageHtml } from '../../core/render/planPage';
import { planStyleSrc } from '../../node/planPage';
import { OutputRefusedError, writeOutFile } from '../../node/outFile';
import { EXIT_FAILURE, EXIT_OK, printable, UsageError, type CliIO, type Command, parseCommandArgs, todayOption } from '../io';
import { loadFolder } from '../loadFolder';

const USAGE = `Usage: goalplan plan --client ID --out FILE [options] [paths...]

Writes the client's current plan as one self-contained HTML page to print or
hand over (no scripts, no network): problems, values, strengths, each goal in
the client's words and then its statement, measure, due date and interventions,
the review schedule, discharge criteria, and agreement and signature lines.
Fields a rule rejects are left out (the clinician's copy says which).
Paths default to the current folder.

Options:
  --client ID     the client's code (required)
  -o, --out FILE  where to write the page (required); an existing file is
                  replaced only when it is an earlier printable plan, or with
                  --force, and a plan or session note never
  --for-client    the copy the client takes home: no diagnosis codes, risk
                  notes or questionnaire scores, and plain words
  --force         replace an existing --out file that goalplan did not write
  --today DATE    the date treated as today (YYYY-MM-DD; default: local date)
  -h, --help      show this help
`;

export interface PlanArgs {
  client: string;
  out: string;
  forClient: boolean;
  force: boolean;
  today: string;
  paths: string[];
}

export const command: Command = {
  summary: "write a client's plan as a printable HTML page (--for-client: the client's copy)",
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      client: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'for-client': { type: 'boolean' },
      force: { type: 'boolean' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const client = values.client;
    if (!client || /\s/.test(client)) throw new UsageError('--client ID is required (a code without spaces)');
    if (!values.out) throw new UsageError('--out FILE is required');
    return plan({
      client, out: values.out, forClient: !!values['for-client'], force: !!values.force,
      today: todayOption(values.today), paths: positionals.length ? positionals : ['.'],
    }, io);
  },
};

async function plan(args: PlanArgs, io: CliIO): Promise<number> {
  const loaded = await loadFolder(args.paths, io, { history: false });
  for (const p of loaded.problems) io.stderr(`goalplan plan: ${p}\n`);
  const { ws, display } = loaded;
  const planDoc = ws.planForDate(args.client, args.today)?.plan;
  const config = planDoc ? loaded.configFor(planDoc.uri) : loaded.config;
  const result = printablePlan(ws, args.client, { today: args.today, config });
  if (!result.ok) {
    io.stderr(`goalplan plan: client '${printable(args.client)}' has no goal plan under ${args.paths.map((p) => printable(p)).join(', ')}\n`);
    return EXIT_FAILURE;
  }
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const html = planPageHtml(result.plan, { document: document as unknown as Document, forClient: args.forClient, styleSrc: planStyleSrc() });
  const out = path.resolve(io.cwd, args.out);
  try {
    writeOutFile(out, html, { force: args.force, ownMark: PLAN_MARK });
  } catch (error) {
    io.stderr(error instanceof OutputRefusedError
      ? `goalplan plan: not writing ${printable(display(out))}: ${error.reason}\n`
      : `goalplan plan: cannot write ${printable(display(out))} (${(error as NodeJS.ErrnoException).code ?? 'EIO'})\n`);
    return EXIT_FAILURE;
  }
  io.stderr(`goalplan plan: wrote ${printable(display(out))}${args.forClient ? ' (the client\'s copy)' : ''}\n`);
  return loaded.problems.length ? EXIT_FAILURE : EXIT_OK;
}
