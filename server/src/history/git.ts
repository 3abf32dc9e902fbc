// The one place GoalPlan starts git. Every call goes through runGit(): an argument array (never
// a shell), a resolved absolute git binary, a scrubbed environment and command-line config that
// switches off everything a repository's own config could use to run a command on our behalf
// (fsmonitor, hooks, pagers, external diff, textconv, signature checks, filters, transports).
// The workspace's repository is other people's data (a cloned repo, a shared folder): reading
// its history must never execute anything it names.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export class GitError extends Error {
  constructor(message: string, readonly code: number | null, readonly kind: 'not-found' | 'exit' | 'timeout' | 'spawn') {
    super(message);
    this.name = 'GitError';
  }
}

/**
 * Config given on the command line outranks every config file (system, global, repository,
 * includes), so these cannot be overridden by the repository. Read-only commands need none of
 * what they switch off.
 */
export const HARDENING_CONFIG: readonly string[] = [
  'core.fsmonitor=false', // a configured fsmonitor is a command git runs on status/diff
  'core.hooksPath=/dev/null', // no hook can run (none should for reads; belt and braces)
  'core.pager=cat',
  'pager.log=false',
  'pager.status=false',
  'diff.external=', // with --no-ext-diff below
  'core.sshCommand=false',
  'core.gitProxy=',
  'core.askPass=',
  'credential.helper=',
  'protocol.allow=never', // no transport at all (also stops lazy fetches in partial clones)
  'log.showSignature=false', // would run gpg.program on every commit
  'gpg.program=false',
  'core.untrackedCache=false',
  'core.splitIndex=false',
  'core.quotePath=false',
  'status.showUntrackedFiles=all',
  'submodule.recurse=false',
  'diff.ignoreSubmodules=all',
];

/** Environment for git: inherited variables minus every GIT_* (they redirect repos and commands), plus our own. */
export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    if (/^GIT_/i.test(k) || /^(PAGER|LESS|SSH_ASKPASS|EDITOR|VISUAL)$/i.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0', // status must not rewrite the index (nor fire post-index-change)
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_ASKPASS: 'false',
    SSH_ASKPASS: 'false',
    GIT_NO_REPLACE_OBJECTS: '1', // history as committed, not as a replace ref rewrites it
    GIT_NO_LAZY_FETCH: '1',
    GIT_PROTOCOL_FROM_USER: '0',
    GIT_TRACE2: '0',
    GIT_TRACE2_EVENT: '0',
    GIT_TRACE2_PERF: '0',
    LC_ALL: 'C', // stable, untranslated messages
    LANG: 'C',
  };
}

/**
 * The git executable: the first `git` on PATH whose directory is absolute and not inside the
 * workspace (a repository must not be able to ship its own "git"). Undefined when none.
 */
export function findGit(workspaceRoot: string, envPath: string | undefined = process.env.PATH): string | undefined {
  const root = path.resolve(workspaceRoot);
  const exe = process.platform === 'win32' ? ['git.exe', 'git.cmd'] : ['git'];
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const d = path.resolve(dir);
    if (d === root || d.startsWith(root + path.sep)) continue;
    for (const name of exe) {
      const candidate = path.join(d, name);
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

function withConfigEnv(env: NodeJS.ProcessEnv, pairs: ReadonlyArray<readonly [string, string]>): NodeJS.ProcessEnv {
  if (pairs.length === 0) return env;
  const out: NodeJS.ProcessEnv = { ...env, GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([k, v], i) => {
    out[`GIT_CONFIG_KEY_${i}`] = k;
    out[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return out;
}

export interface RunOptions {
  /** Working directory (the workspace root). */
  cwd: string;
  git: string;
  /** Extra `-c key=value` pairs. */
  config?: readonly string[];
  /**
   * Extra config as [key, value] through GIT_CONFIG_COUNT/KEY_n/VALUE_n: same precedence as -c,
   * but keys may contain any character (a filter driver named `a=b` cannot be written as -c).
   */
  configEnv?: ReadonlyArray<readonly [string, string]>;
  /** Written to stdin, then stdin is closed. */
  input?: string | Buffer;
  /** Kill git after this many ms (default 60 s). */
  timeoutMs?: number;
  /** Exit codes that are not errors (default [0]). */
  okCodes?: readonly number[];
  /** Streaming consumer of stdout; when set, stdout is not collected. */
  onStdout?: (chunk: Buffer) => void;
  /** Called once per process started, with the git subcommand (for counters and tests). */
  onSpawn?: (subcommand: string) => void;
}

export interface RunResult {
  code: number;
  stdout: Buffer;
}

/** Runs `git <hardening> <args>` and collects stdout. stderr is drained but never echoed (it may quote file content). */
export function runGit(args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const fullArgs = [
    '--no-pager',
    ...HARDENING_CONFIG.flatMap((c) => ['-c', c]),
    ...(opts.config ?? []).flatMap((c) => ['-c', c]),
    ...args,
  ];
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(opts.git, fullArgs, {
        cwd: opts.cwd,
        env: withConfigEnv(gitEnv(), opts.configEnv ?? []),
        shell: false,
        windowsHide: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (e) {
      reject(new GitError(`cannot start git: ${(e as Error).message}`, null, 'spawn'));
      return;
    }
    opts.onSpawn?.(args[0] ?? '');
    const chunks: Buffer[] = [];
    let stderrBytes = 0;
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      reject(new GitError(`git ${args[0]} timed out`, null, 'timeout'));
    }, opts.timeoutMs ?? 60_000);
    child.stdout.on('data', (c: Buffer) => (opts.onStdout ? opts.onStdout(c) : chunks.push(c)));
    child.stderr.on('data', (c: Buffer) => {
      stderrBytes += c.length;
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new GitError(`cannot start git: ${e.code ?? e.message}`, null, e.code === 'ENOENT' ? 'not-found' : 'spawn'));
    });
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const ok = opts.okCodes ?? [0];
      if (code !== null && ok.includes(code)) resolve({ code, stdout: Buffer.concat(chunks) });
      else reject(new GitError(`git ${args[0]} exited with ${code} (${stderrBytes} bytes on stderr)`, code, 'exit'));
    });
    child.stdin.on('error', () => {
      // git may exit before reading all of stdin (e.g. on an error); the exit code tells.
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}
