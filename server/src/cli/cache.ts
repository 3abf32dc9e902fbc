// `--cache`: a content-hash cache like eslint's. Files are grouped by client (cross-file rules
// only look within a client); a group's key covers the path and content hash of each of its
// files, the resolved config of each, today and the tool version. A group whose key is
// unchanged reuses its stored results; every other group is linted again. So a pre-commit run
// re-checks only changed files and the plans and sessions of the same client.
//
// Reading and hashing every file would cost most of a warm run (tens of MB), so each file's
// stat (size, mtime, ctime, inode) is stored with its hash, like eslint's "metadata" strategy
// and git's index: when the stat is unchanged the stored hash is used without reading the file;
// when it changed (a touch, a fresh checkout) the content is hashed, and only a changed hash
// makes the file's group stale. A file modified within RACY_MS of the run could change again
// within the file system's timestamp granularity without its stat changing, so its stat is not
// stored and its content is hashed again next time (git's "racily clean" rule).
//
// The cache file is kept small because a warm run is mostly its parsing: per group, one array
// per file and the diagnostics of only the files that have some (a file's client is its group's).
// It stores diagnostics, and messages can quote a few words of a goal; it is written owner-only
// (0600) and belongs in .gitignore. A run that changes nothing does not rewrite it.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import pkg from '../../../package.json';
import type { ResolvedConfig } from '../core/config/types';
import { allRules } from '../core/rules';
import type { ConfigResolver } from '../node/configResolver';
import { HEAD_BYTES, hashBytes } from '../node/readFile';
import { clientIn } from '../node/clientHint';
import type { FileResult, LintRun, OutDiagnostic } from '../node/lintFiles';

const FORMAT = 2;

/** Files modified this close to the run (ms) do not get their stat stored (see above). */
const RACY_MS = 2_000;

/** What a file looked like on disk before its hash was taken. */
interface Stat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** [path, hash], or [path, hash, size, mtimeMs, ctimeMs, ino] when its stat can be trusted. */
type StoredFile = [string, string] | [string, string, number, number, number, number];

interface StoredGroup {
  key: string;
  files: StoredFile[];
  /** Diagnostics by index in `files`; a file not named here has none. */
  diagnostics: Record<string, OutDiagnostic[]>;
}

interface CacheData {
  format: number;
  tool: string;
  groups: Record<string, StoredGroup>;
}

/** Tool version and rule catalog: a new version or rule set invalidates everything. */
const TOOL = `${pkg.version}:${allRules.map((r) => `${r.id}/${r.defaultSeverity}`).join(',')}`;

export interface CachedLintOptions {
  location: string;
  resolver: ConfigResolver;
  today: string;
  /** Lints the files that need it (single thread or workers). */
  lint: (files: string[]) => Promise<LintRun>;
  /** The time (ms since the epoch) a file's stat is judged racy against (default: now; tests move it). */
  now?: number;
}

export async function lintWithCache(files: readonly string[], opts: CachedLintOptions): Promise<LintRun> {
  const runStart = opts.now ?? Date.now();
  const old = readCache(opts.location);
  // Synchronous stats: measured faster here than fs.stat callbacks on libuv's threads.
  const stats = files.map(statFile);
  const configHash = configHasher(opts.resolver);

  // 1. Current content hash of every file, and its group: from the cache when the file's stat
  //    (else its content hash) is unchanged, else a cheap guess from its front matter (checked
  //    after linting, step 3). The stat is taken before any read, so a stored stat is never
  //    newer than the content its hash was taken from.
  const hashOf = new Map<string, string | undefined>();
  const statOf = new Map<string, Stat>();
  const groupOf = new Map<string, string>();
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const st = stats[i];
    const entry = old.files.get(f);
    let hash: string | undefined;
    let group: string;
    if (st) statOf.set(f, st);
    if (st && entry && entry.file.length === 6 && sameStat(entry.file, st)) {
      hash = entry.file[1];
      group = entry.group;
    } else {
      const read = st ? readForHash(f, st, opts.resolver.configFor(f).maxFileSize) : undefined;
      hash = read?.hash; // unreadable: linted again, which reports the error
      if (hash !== undefined && entry && entry.file[1] === hash) group = entry.group;
      else group = groupKey(f, read ? clientIn(read.head) : undefined);
    }
    hashOf.set(f, hash);
    groupOf.set(f, group);
  }

  // 2. Groups whose key matches the stored one keep their results.
  const members = new Map<string, string[]>();
  for (const f of files) {
    const g = groupOf.get(f)!;
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(f);
  }
  const keyOf = (paths: readonly string[], hashes: (p: string) => string | undefined): string => {
    // NUL cannot occur in a path, and the other parts are hex or fixed text: the key is unambiguous.
    const h = createHash('sha256').update(`${TOOL}\0${opts.today}\0`);
    for (const p of [...paths].sort()) h.update(`${p}\0${hashes(p) ?? ''}\0${configHash(p)}\0`);
    return h.digest('hex');
  };
  const reused = new Map<string, FileResult>();
  const stale: string[] = [];
  for (const [g, paths] of members) {
    const stored = own(old.groups, g);
    const ok = stored !== undefined && stored.files.length === paths.length && paths.every((p) => hashOf.get(p) !== undefined)
      && stored.key === keyOf(paths, (p) => hashOf.get(p));
    if (ok) {
      const client = g.startsWith('c:') ? g.slice(2) : undefined;
      stored.files.forEach(([p, hash], i) => reused.set(p, { path: p, hash, client, diagnostics: own(stored.diagnostics, String(i)) ?? [] }));
    } else stale.push(...paths);
  }

  // 3. Lint what is stale (in the original order, so shards and output do not depend on the cache).
  const staleSet = new Set(stale);
  const run = staleSet.size > 0 ? await opts.lint(files.filter((f) => staleSet.has(f))) : { results: [], ruleErrors: [] };
  const fresh = new Map(run.results.map((r) => [r.path, r]));
  // A changed file whose real client differs from the guess may join a client whose other
  // files were reused: lint that whole client again.
  const freshClients = new Set([...fresh.values()].map((r) => r.client).filter((c): c is string => c !== undefined));
  const mixed = new Set([...reused.values()].filter((r) => r.client !== undefined && freshClients.has(r.client)).map((r) => r.client!));
  if (mixed.size > 0) {
    const again = files.filter((f) => { const c = (fresh.get(f) ?? reused.get(f))?.client; return c !== undefined && mixed.has(c); });
    const rerun = await opts.lint(again);
    for (const r of rerun.results) fresh.set(r.path, r);
    run.ruleErrors.push(...rerun.ruleErrors);
  }
  const results = files.map((f) => fresh.get(f) ?? reused.get(f)!);

  // 4. Store the new state, grouped by the real clients of this run's results. A rule that
  //    failed leaves results that may be incomplete: keep the old cache then. A run where
  //    nothing was stale, no file came or went and no stored stat changed has nothing to store.
  const storedFile = (r: FileResult & { hash: string }): StoredFile => {
    const st = statOf.get(r.path);
    const trusted = st !== undefined && st.mtimeMs < runStart - RACY_MS && st.ctimeMs < runStart - RACY_MS;
    return trusted ? [r.path, r.hash, st.size, st.mtimeMs, st.ctimeMs, st.ino] : [r.path, r.hash];
  };
  const cacheable = (r: FileResult): r is FileResult & { hash: string } => !r.error && r.hash !== undefined; // never cache a failure
  const changed = staleSet.size > 0 || old.files.size !== files.length
    || results.some((r) => !cacheable(r) || !sameStored(old.files.get(r.path)?.file, storedFile(r)));
  if (run.ruleErrors.length > 0 || !changed) return { results, ruleErrors: run.ruleErrors };
  const next: CacheData = { format: FORMAT, tool: TOOL, groups: {} };
  const newMembers = new Map<string, FileResult[]>();
  for (const r of results) {
    if (!cacheable(r)) continue;
    const g = groupKey(r.path, r.client);
    let list = newMembers.get(g);
    if (!list) newMembers.set(g, (list = []));
    list.push(r);
  }
  for (const [g, rs] of newMembers) {
    const group: StoredGroup = { key: keyOf(rs.map((r) => r.path), (p) => fresh.get(p)?.hash ?? reused.get(p)?.hash), files: [], diagnostics: {} };
    rs.forEach((r, i) => {
      group.files.push(storedFile(r as FileResult & { hash: string }));
      if (r.diagnostics.length > 0) group.diagnostics[i] = r.diagnostics;
    });
    next.groups[g] = group;
  }
  writeCache(opts.location, next);
  return { results, ruleErrors: run.ruleErrors };
}

function groupKey(path: string, client: string | undefined): string {
  return client !== undefined ? `c:${client}` : `f:${path}`;
}

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** An own property only: a parsed cache is a plain object (a key is never "constructor", but be sure). */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The stat of a file, undefined when it is missing or not a regular file. */
function statFile(file: string): Stat | undefined {
  try {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    return st?.isFile() ? { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino } : undefined;
  } catch {
    return undefined; // unreadable folder on the way: linted again, which reports the error
  }
}

function sameStat(f: StoredFile, st: Stat): boolean {
  return f[2] === st.size && f[3] === st.mtimeMs && f[4] === st.ctimeMs && f[5] === st.ino;
}

function sameStored(a: StoredFile | undefined, b: StoredFile): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The hash of a file exactly as the linter computes it (readFileSafe: the whole file, or only its
 * head when it exceeds maxFileSize), and the text of its head for the client guess.
 */
function readForHash(file: string, st: Stat, maxFileSize: number): { hash: string; head: string } | undefined {
  try {
    if (st.size <= maxFileSize) {
      const bytes = fs.readFileSync(file);
      if (bytes.length <= maxFileSize) return { hash: hashBytes(bytes), head: bytes.subarray(0, 4096).toString('utf8') };
    }
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.allocUnsafe(HEAD_BYTES);
      let got = 0;
      for (let n = -1; n !== 0 && got < buf.length; got += n) n = fs.readSync(fd, buf, got, buf.length - got, got);
      // The linter makes no client guess for an oversized file either; a wrong group costs a
      // re-lint, never a wrong result.
      return { hash: hashBytes(buf.subarray(0, got)), head: '' };
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Hash of the resolved config of a file, computed once per config object and per folder. */
function configHasher(resolver: ConfigResolver): (file: string) => string {
  const memo = new WeakMap<ResolvedConfig, string>();
  const byFolder = new Map<string, string>();
  return (file) => {
    const dir = path.dirname(file);
    let h = byFolder.get(dir);
    if (h !== undefined) return h;
    const c = resolver.configFor(file);
    h = memo.get(c);
    if (!h) memo.set(c, (h = sha(JSON.stringify(c))));
    byFolder.set(dir, h);
    return h;
  };
}

interface OldCache {
  groups: Record<string, StoredGroup>;
  /** Every stored file, with its group. */
  files: Map<string, { file: StoredFile; group: string }>;
}

/** The stored cache; one from another tool version or format, or a damaged one, is ignored (a damaged group alone is dropped). */
function readCache(location: string): OldCache {
  const groups: Record<string, StoredGroup> = Object.create(null);
  const files = new Map<string, { file: StoredFile; group: string }>();
  let data: CacheData;
  try {
    data = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheData;
  } catch {
    return { groups, files };
  }
  if (data?.format !== FORMAT || data.tool !== TOOL || typeof data.groups !== 'object' || data.groups === null) return { groups, files };
  for (const [g, group] of Object.entries(data.groups)) {
    if (!validGroup(group)) continue;
    groups[g] = group;
    for (const file of group.files) files.set(file[0], { file, group: g });
  }
  return { groups, files };
}

function validGroup(g: StoredGroup): boolean {
  return typeof g === 'object' && g !== null && typeof g.key === 'string' && Array.isArray(g.files)
    && typeof g.diagnostics === 'object' && g.diagnostics !== null && Object.values(g.diagnostics).every(Array.isArray)
    && g.files.every((f) => Array.isArray(f) && (f.length === 2 || f.length === 6) && typeof f[0] === 'string' && typeof f[1] === 'string');
}

/**
 * Writes the cache next to its final place under a random name opened O_CREAT|O_EXCL|O_NOFOLLOW,
 * then renames it over the location: a file or link planted at a predictable name cannot make
 * the write land anywhere else (rename replaces a link at the location itself, never its target).
 */
function writeCache(location: string, data: CacheData): void {
  const tmp = path.join(path.dirname(location), `.${path.basename(location)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
    created = true;
    fs.writeFileSync(fd, JSON.stringify(data));
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, location);
  } catch {
    if (fd !== undefined) fs.closeSync(fd);
    // Only a file this run created is removed (an EEXIST means the name was someone else's).
    if (created) fs.rmSync(tmp, { force: true });
    // A cache that cannot be written only costs time next run.
  }
}
