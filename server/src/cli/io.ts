import { terminalSafe } from './format/terminal';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, localToday } from '../core/dates';

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

/**
 * A mistake on the command line: printed with a pointer to --help, exit code 2. Each command is
 * its own bundle with its own copy of this class, so the dispatcher recognises one by a shared
 * brand (`isUsageError`), not by `instanceof`.
 */
const USAGE = Symbol.for('goalplan.UsageError');
export class UsageError extends Error {
  readonly [USAGE] = true;
}

export function isUsageError(e: unknown): e is UsageError {
  return typeof e === 'object' && e !== null && (e as { [USAGE]?: unknown })[USAGE] === true;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

/**
 * Command-line words and file names can hold control characters: show them escaped (also C1
 * controls and bidi overrides, which JSON escaping leaves as they are: format/terminal.ts).
 */
export function printable(s: string): string {
  return terminalSafe(JSON.stringify(s).slice(1, -1));
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with positionals, strict, and its errors turned into usage errors (they name the option, never file content). */
export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

/** A date option: a real calendar date, or undefined when not given. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name} must be a calendar date like 2026-11-26, not '${printable(value)}'`);
  return value;
}

/** --today: the given calendar date, or the local date. */
export function todayOption(value: string | undefined): string {
  return dateOption('today', value) ?? localToday();
}
