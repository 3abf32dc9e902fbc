// Reading a repository in as few git processes as possible: one `rev-parse` (where is the
// repository, what is HEAD), one `git log --raw` pass over the goal files, one `cat-file --batch`
// for every blob we need, and (for the working copy) one `config` + one `status`. Never a
// process per commit or per file.
import { lstatSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { CommitInfo } from '../core/progress/types';
import { findGit, GitError, runGit } from './git';
import { CatFileBatchParser, LOG_FORMAT, parseLog, parseStatusV2, type LogCommit, type StatusEntry } from './parseGit';

export const DEFAULT_PATHSPECS: readonly string[] = ['*.md', '*.markdown'];

export interface RepoOptions {
  /** Workspace folder (absolute). Git runs here; only files under it are reported. */
  root: string;
  /**
   * Whether the user trusts this workspace (VS Code workspace trust; the CLI trusts the folder
   * it is pointed at unless told otherwise). False: no git process is started at all.
   */
  trusted: boolean;
  /** Pathspecs relative to root (default `*.md`, `*.markdown`, which match in every folder). */
  pathspecs?: readonly string[];
  /** Kill a git process after this many ms (default 60 s). */
  timeoutMs?: number;
  /** The git binary (default: the first git on PATH outside the workspace). */
  git?: string;
  /** Called once per git process started (the language server counts them). */
  onSpawn?: (subcommand: string) => void;
}

export type Unavailable = { available: false; reason: 'untrusted' | 'no-git' | 'not-a-repository' | 'linked-git-dir' | 'error' };

export interface Repo {
  available: true;
  git: string;
  root: string;
  /** Repository top level and the root's path inside it ('' or 'sub/dir/'). */
  top: string;
  prefix: string;
  head?: string;
}

/** Where the repository is, or why there is none. Starts one process (none when untrusted). */
export async function openRepo(opts: RepoOptions): Promise<Repo | Unavailable> {
  if (opts.trusted !== true) return { available: false, reason: 'untrusted' };
  const root = path.resolve(opts.root);
  const git = opts.git ?? findGit(root);
  if (!git) return { available: false, reason: 'no-git' };
  let out: { code: number; stdout: Buffer };
  try {
    out = await runGit(['rev-parse', '--show-toplevel', '--show-prefix', '--verify', '-q', 'HEAD'], {
      cwd: root, git, okCodes: [0, 1], timeoutMs: opts.timeoutMs, onSpawn: opts.onSpawn,
    });
  } catch (e) {
    if (e instanceof GitError && e.kind === 'not-found') return { available: false, reason: 'no-git' };
    if (e instanceof GitError && e.kind === 'exit') return { available: false, reason: 'not-a-repository' };
    return { available: false, reason: 'error' };
  }
  const lines = out.stdout.toString('utf8').split('\n');
  const top = lines[0] ?? '';
  const prefix = lines[1] ?? '';
  const head = out.code === 0 && /^[0-9a-f]{40,64}$/.test(lines[2] ?? '') ? lines[2] : undefined;
  // The root must lie inside the top level git reports; a repository whose config moves the
  // work tree elsewhere (core.worktree) is not read.
  if (!top || !inside(safeRealpath(root), safeRealpath(top))) return { available: false, reason: 'not-a-repository' };
  // A `.git` file (`gitdir: /elsewhere/.git`) or link whose repository lies outside the folder:
  // its commits and authors are someone else's, so they are not read (nothing past this
  // rev-parse, which only printed paths).
  if (linksElsewhere(top)) return { available: false, reason: 'linked-git-dir' };
  return { available: true, git, root, top, prefix, head };
}

/** True when `<top>/.git` is a file or link naming a git folder outside `top`. */
export function linksElsewhere(top: string): boolean {
  const dotGit = path.join(top, '.git');
  let st: Stats;
  try {
    st = lstatSync(dotGit);
  } catch {
    return true; // git found a repository, but not here: its directory is elsewhere (GIT_DIR, a parent's config)
  }
  if (st.isDirectory()) return false;
  let target: string;
  if (st.isSymbolicLink()) target = safeRealpath(dotGit);
  else {
    let text = '';
    try {
      text = readFileSync(dotGit, 'utf8').slice(0, 4096);
    } catch {
      return true;
    }
    const m = /^gitdir:[ \t]*(.+?)[ \t]*$/m.exec(text);
    if (!m) return true;
    target = safeRealpath(path.resolve(top, m[1]));
  }
  return !inside(target, safeRealpath(top));
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Absolute path under the root of a top-level-relative git path, or undefined when outside the root. */
export function absPathOf(repo: Repo, gitPath: string): string | undefined {
  if (repo.prefix && !gitPath.startsWith(repo.prefix)) return undefined;
  const rel = gitPath.slice(repo.prefix.length);
  return path.join(repo.root, ...rel.split('/'));
}

/** One `git log` pass: commits oldest first (parents before children), with raw changes and full blob ids. */
export async function logCommits(repo: Repo, opts: RepoOptions & { allRefs?: boolean }): Promise<LogCommit[]> {
  if (!repo.head && !opts.allRefs) return [];
  const out = await runGit([
    'log', '-z', '--raw', '--no-abbrev', '--find-renames', '--no-ext-diff', '--no-textconv', '--no-color',
    '--topo-order', '--reverse', `--format=${LOG_FORMAT}`,
    ...(opts.allRefs ? ['--all'] : ['HEAD']),
    '--', ...(opts.pathspecs ?? DEFAULT_PATHSPECS),
  ], { cwd: repo.root, git: repo.git, timeoutMs: opts.timeoutMs, onSpawn: opts.onSpawn });
  return parseLog(out.stdout);
}

export interface ReadBlobsOptions {
  timeoutMs?: number;
  onSpawn?: (s: string) => void;
  /**
   * Blobs larger than this are never read: their sizes come first from `cat-file --batch-check`
   * (a header per blob, no content), and only the others go to `cat-file --batch`, so 40
   * versions of a 20 MB note never sit in memory. Their ids land in `oversize`.
   */
  maxSize?: number;
  oversize?: Set<string>;
  /** Bytes received from `cat-file --batch` (for the memory test). */
  stats?: { bytes: number };
}

/** One `cat-file --batch` process for all the blobs (raw bytes: no filters, no textconv). */
export async function readBlobs(repo: Repo, oids: readonly string[], opts: ReadBlobsOptions): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  let unique = [...new Set(oids)].filter((o) => /^[0-9a-f]{40,64}$/.test(o) && !/^0+$/.test(o));
  if (unique.length === 0) return blobs;
  if (opts.maxSize !== undefined) {
    const check = await runGit(['cat-file', '--batch-check'], {
      cwd: repo.root, git: repo.git, input: unique.join('\n') + '\n', timeoutMs: opts.timeoutMs, onSpawn: opts.onSpawn,
    });
    const small = new Set<string>();
    for (const line of check.stdout.toString('utf8').split('\n')) {
      const [oid, type, size] = line.split(' ');
      if (type !== 'blob' || !/^\d+$/.test(size ?? '')) continue;
      if (Number(size) <= opts.maxSize) small.add(oid);
      else opts.oversize?.add(oid);
    }
    unique = unique.filter((o) => small.has(o));
    if (unique.length === 0) return blobs;
  }
  const parser = new CatFileBatchParser((oid, content) => {
    if (content) blobs.set(oid, content);
  });
  await runGit(['cat-file', '--batch'], {
    cwd: repo.root, git: repo.git, input: unique.join('\n') + '\n', timeoutMs: opts.timeoutMs, onSpawn: opts.onSpawn,
    onStdout: (c) => {
      if (opts.stats) opts.stats.bytes += c.length;
      parser.push(c);
    },
  });
  return blobs;
}

/**
 * Uncommitted state of the files matching the pathspecs. `git status` re-reads stat-dirty
 * files through the repository's clean/smudge filters, which are commands: every filter driver
 * any config defines is neutralised first (that needs one `git config` process).
 */
export async function workingCopy(repo: Repo, opts: RepoOptions): Promise<StatusEntry[]> {
  const drivers = await filterDrivers(repo, opts);
  const configEnv: Array<[string, string]> = [];
  for (const d of drivers) {
    configEnv.push([`filter.${d}.clean`, ''], [`filter.${d}.smudge`, ''], [`filter.${d}.process`, ''], [`filter.${d}.required`, 'false']);
  }
  const out = await runGit([
    'status', '--porcelain=v2', '-z', '--untracked-files=all', '--ignore-submodules=all', '--no-renames', '--ignored=no',
    '--', ...(opts.pathspecs ?? DEFAULT_PATHSPECS),
  ], { cwd: repo.root, git: repo.git, configEnv, timeoutMs: opts.timeoutMs, onSpawn: opts.onSpawn });
  return parseStatusV2(out.stdout);
}

async function filterDrivers(repo: Repo, opts: RepoOptions): Promise<string[]> {
  const out = await runGit(['config', '-z', '--name-only', '--get-regexp', '^filter\\.'], {
    cwd: repo.root, git: repo.git, okCodes: [0, 1], timeoutMs: opts.timeoutMs, onSpawn: opts.onSpawn,
  });
  const names = new Set<string>();
  for (const key of out.stdout.toString('utf8').split('\0')) {
    // filter.<driver>.<var>; the driver (a subsection) may itself contain dots
    const m = /^filter\.(.+)\.[^.]+$/s.exec(key.trim());
    if (m) names.add(m[1]);
  }
  return [...names];
}

export function commitInfoOf(c: LogCommit): CommitInfo {
  return {
    id: c.id,
    author: c.author,
    authorEmail: c.authorEmail,
    committedAt: c.committedAt,
    day: c.committedAt.slice(0, 10),
    authoredAt: c.authoredAt,
    subject: c.subject,
  };
}

/** Regular files only: symlinks (120000) and submodules (160000) are never read. */
export function isRegularMode(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}
