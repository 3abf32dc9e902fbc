// What a command gets from the process: its output streams and folder. Commands never call
// process.exit or write to process.stdout directly, so tests can run them in-process too.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export interface Command {
  /** One line for `goalplan --help`. */
  summary: string;
  /** Runs the command; resolves to the exit code (0 clean, 1 findings, 2 usage or I/O failure). */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

/** Command-line words and file names can hold control characters; show them escaped. */
export function printable(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}
