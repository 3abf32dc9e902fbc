// The `goalplan` command: a small dispatcher over cli/commands/<name>.ts. A new subcommand is a
// new file exporting `command: Command` and one line in COMMANDS.
import pkg from '../../../package.json';
import { EXIT_FAILURE, isUsageError, printable, type CliIO, type Command } from './io';

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  lint: () => import('./commands/lint'),
  report: () => import('./commands/report'),
  caseload: () => import('./commands/caseload'),
  discharge: () => import('./commands/discharge'),
  plan: () => import('./commands/plan'),
};

function help(summaries: [string, string][]): string {
  const width = Math.max(...summaries.map(([n]) => n.length));
  return [
    'Usage: goalplan <command> [options]',
    '',
    'Commands:',
    ...summaries.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`),
    '',
    'Options:',
    '  -h, --help     show help (also `goalplan <command> --help`)',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const summaries: [string, string][] = [];
    for (const [name, load] of Object.entries(COMMANDS)) summaries.push([name, (await load()).command.summary]);
    io.stdout(help(summaries));
    return first === undefined ? EXIT_FAILURE : 0;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!load) {
    io.stderr(`goalplan: unknown command '${printable(first)}'. Run \`goalplan --help\` for the list.\n`);
    return EXIT_FAILURE;
  }
  try {
    return await (await load()).command.run(rest, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`goalplan ${first}: ${error.message}\nRun \`goalplan ${first} --help\` for usage.\n`);
      return EXIT_FAILURE;
    }
    // A bug: name the command and the error kind only; never dump data that may hold note text.
    const e = error as NodeJS.ErrnoException;
    io.stderr(`goalplan ${first}: internal error (${e?.code ?? e?.name ?? 'Error'}); please report it with the command you ran\n`);
    if (process.env.GOALPLAN_DEBUG) io.stderr(`${e?.stack ?? String(e)}\n`);
    return EXIT_FAILURE;
  }
}

// Run when executed directly, or required by bin/goalplan.js (node resolves the main module's
// real path, so this holds for node_modules/.bin links too); never when a test imports main().
if (require.main === module || /[\\/]bin[\\/]goalplan\.js$/.test(require.main?.filename ?? '')) {
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_FAILURE;
    },
  );
}
