// `--cache`: a content-hash cache like eslint's. Files are grouped by client (cross-file rules
// only look within a client); a group's key covers the path and content hash of each of its
// files, the resolved config of each, today and the tool version. A group whose key is
// unchanged reuses its stored results; every other group is linted again. So a pre-commit run
// re-checks only changed files and the plans and sessions of the same client.
//
// The cache file stores diagnostics, and messages can quote a few words of a goal; it is
// written owner-only (0600) and belongs in .gitignore.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import pkg from '../../../package.json';
import type { ResolvedConfig } from '../core/config/types';
import { allRules } from '../core/rules';
import type { ConfigResolver } from '../node/configResolver';
import { hashBytes } from '../node/readFile';
import { clientIn } from '../node/clientHint';
import type { FileResult, LintRun } from '../node/lintFiles';

const FORMAT = 1;

interface CacheData {
  format: number;
  tool: string;
  files: Record<string, { hash: string; group: string }>;
  groups: Record<string, { key: string; results: FileResult[] }>;
}

/** Tool version and rule catalog: a new version or rule set invalidates everything. */
const TOOL = `${pkg.version}:${allRules.map((r) => `${r.id}/${r.defaultSeverity}`).join(',')}`;

export interface CachedLintOptions {
  location: string;
  resolver: ConfigResolver;
  today: string;
  /** Lints the files that need it (single thread or workers). */
  lint: (files: string[]) => Promise<LintRun>;
}

export async function lintWithCache(files: readonly string[], opts: CachedLintOptions): Promise<LintRun> {
  const old = readCache(opts.location);
  const configHash = configHasher(opts.resolver);

  // 1. Current content hash of every file, and its group: from the cache when the file is
  //    unchanged, else a cheap guess from its front matter (checked after linting, step 3).
  const hashOf = new Map<string, string | undefined>();
  const groupOf = new Map<string, string>();
  for (const f of files) {
    let hash: string | undefined;
    let bytes: Buffer | undefined;
    try {
      bytes = fs.readFileSync(f);
      hash = hashBytes(bytes);
    } catch {
      hash = undefined; // unreadable: linted again, which reports the error
    }
    hashOf.set(f, hash);
    const entry = old.files[f];
    if (hash !== undefined && entry && entry.hash === hash) groupOf.set(f, entry.group);
    else groupOf.set(f, groupKey(f, bytes ? clientIn(bytes.subarray(0, 4096).toString('utf8')) : undefined));
  }

  // 2. Groups whose key matches the stored one keep their results.
  const members = new Map<string, string[]>();
  for (const f of files) {
    const g = groupOf.get(f)!;
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(f);
  }
  const keyOf = (paths: readonly string[], hashes: (p: string) => string | undefined) =>
    sha(JSON.stringify([TOOL, opts.today, [...paths].sort().map((p) => [p, hashes(p) ?? '', configHash(p)])]));
  const reused = new Map<string, FileResult>();
  const stale: string[] = [];
  for (const [g, paths] of members) {
    const stored = old.groups[g];
    const ok = stored && paths.every((p) => hashOf.get(p) !== undefined) && stored.key === keyOf(paths, (p) => hashOf.get(p))
      && stored.results.length === paths.length;
    if (ok) for (const r of stored.results) reused.set(r.path, r);
    else stale.push(...paths);
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

  // 4. Store the new state: groups from the real clients of this run's results.
  const next: CacheData = { format: FORMAT, tool: TOOL, files: {}, groups: {} };
  const newMembers = new Map<string, FileResult[]>();
  for (const r of results) {
    if (r.error || r.hash === undefined) continue; // never cache a failure
    const g = groupKey(r.path, r.client);
    next.files[r.path] = { hash: r.hash, group: g };
    let list = newMembers.get(g);
    if (!list) newMembers.set(g, (list = []));
    list.push(r);
  }
  for (const [g, rs] of newMembers) {
    next.groups[g] = { key: keyOf(rs.map((r) => r.path), (p) => next.files[p]?.hash), results: rs };
  }
  // A rule that failed leaves results that may be incomplete: keep the old cache then. An
  // unchanged run (nothing stale, no file gone) has nothing new to store.
  const unchanged = staleSet.size === 0 && Object.keys(old.files).length === Object.keys(next.files).length;
  if (run.ruleErrors.length === 0 && !unchanged) writeCache(opts.location, next);
  return { results, ruleErrors: run.ruleErrors };
}

function groupKey(path: string, client: string | undefined): string {
  return client !== undefined ? `c:${client}` : `f:${path}`;
}

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Hash of the resolved config of a file, computed once per config object (one per folder). */
function configHasher(resolver: ConfigResolver): (file: string) => string {
  const memo = new WeakMap<ResolvedConfig, string>();
  return (file) => {
    const c = resolver.configFor(file);
    let h = memo.get(c);
    if (!h) memo.set(c, (h = sha(JSON.stringify(c))));
    return h;
  };
}

function readCache(location: string): CacheData {
  const empty: CacheData = { format: FORMAT, tool: TOOL, files: {}, groups: {} };
  try {
    const data = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheData;
    if (data?.format !== FORMAT || data.tool !== TOOL || typeof data.files !== 'object' || typeof data.groups !== 'object') return empty;
    // A cache from another tool version or a corrupt file is simply ignored.
    return { ...data, files: Object.assign(Object.create(null), data.files), groups: Object.assign(Object.create(null), data.groups) };
  } catch {
    return empty;
  }
}

function writeCache(location: string, data: CacheData): void {
  const tmp = `${location}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
    fs.renameSync(tmp, location);
  } catch {
    fs.rmSync(tmp, { force: true });
    // A cache that cannot be written only costs time next run.
  }
}
