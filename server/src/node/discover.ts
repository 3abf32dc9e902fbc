// Finds the Markdown files to check under the given roots. Discovery is by content (SPEC 1), so
// every *.md is a candidate; this only decides which files are looked at: .git and node_modules
// are skipped, symlinks are followed only while they stay inside the workspace (a cloned repo
// must not make us read ~/.ssh), include/exclude globs from the config apply, and the result is
// sorted so every run sees the same order. Any file name works: spaces, quotes, newlines,
// leading dashes and non-ASCII are just bytes in a path here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlob } from './glob';
import type { ResolvedConfig } from '../core/config/types';
import { CONFIG_FILE } from './configResolver';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

export interface DiscoverOptions {
  /** Symlinks met in the walk whose target lies outside this folder are not followed (roots outside it: the root itself). */
  boundary?: string;
  /** The config of a file, for its include/exclude globs. */
  configFor?: (file: string) => ResolvedConfig;
  /** Folder the globs are relative to when `globBases` names none (default: the boundary, else the cwd). */
  globBase?: string;
  /** The folders a file's include and exclude globs are relative to (ConfigResolver.globBasesFor). */
  globBases?: (file: string) => { include?: string; exclude?: string };
}

export interface Discovered {
  /** Absolute paths of the Markdown files to check, sorted. */
  files: string[];
  /** Absolute paths of the .goalplan.yaml files met on the way, sorted. */
  configFiles: string[];
  /** Paths given or met that were skipped, with the reason (no file content, just names). */
  skipped: { path: string; reason: 'missing' | 'outside-workspace' | 'unreadable' }[];
}

export function discover(roots: readonly string[], opts: DiscoverOptions = {}): Discovered {
  const files = new Map<string, string>(); // real path -> first path seen (dedupes symlinked copies)
  const configs = new Set<string>();
  const skipped: Discovered['skipped'] = [];
  const visitedDirs = new Set<string>();

  for (const root of roots) {
    const abs = path.resolve(root);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      skipped.push({ path: abs, reason: 'missing' });
      continue;
    }
    // A path named on the command line is the user's choice and is read even through a link;
    // links met inside it must stay inside the workspace (or inside the root when it lies elsewhere).
    const real = realOrSelf(abs);
    const workspace = opts.boundary ? realOrSelf(path.resolve(opts.boundary)) : undefined;
    const boundary = workspace && isWithin(real, workspace) ? workspace : real;
    if (st.isDirectory()) walk(abs, real, boundary);
    else if (st.isFile()) {
      // An explicitly named file is checked whatever its extension (its config too).
      if (path.basename(abs) === CONFIG_FILE) configs.add(abs);
      else addFile(abs, real);
    }
  }

  function addFile(p: string, real: string): void {
    // Two ways to one file (a link inside the workspace): keep the smallest path, whatever the readdir order.
    const seen = files.get(real);
    if (seen === undefined || comparePaths(p, seen) < 0) files.set(real, p);
  }

  function walk(dir: string, realDir: string, boundary: string): void {
    if (visitedDirs.has(realDir)) return; // a symlink loop or a second way into the same folder
    visitedDirs.add(realDir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      skipped.push({ path: dir, reason: 'unreadable' });
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p, path.join(realDir, e.name), boundary);
      } else if (e.isFile()) {
        if (e.name === CONFIG_FILE) configs.add(p);
        else if (isMarkdown(e.name)) addFile(p, path.join(realDir, e.name));
      } else if (e.isSymbolicLink()) {
        let real: string;
        let st: fs.Stats;
        try {
          real = fs.realpathSync(p);
          st = fs.statSync(real);
        } catch {
          continue; // dangling link
        }
        if (!isWithin(real, boundary)) {
          skipped.push({ path: p, reason: 'outside-workspace' });
          continue;
        }
        if (st.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(p, real, boundary);
        } else if (st.isFile() && e.name === CONFIG_FILE) configs.add(p); // a linked config inside the workspace is checked too
        else if (st.isFile() && isMarkdown(e.name)) addFile(p, real);
      }
    }
  }

  // Configuration is per folder: ask once per folder whether any include/exclude glob applies,
  // so the common case (no globs) costs one lookup per folder, not per file.
  const globsIn = new Map<string, boolean>();
  const picked = [...files.values()].filter((f) => {
    const dir = path.dirname(f);
    let has = globsIn.get(dir);
    if (has === undefined) {
      const c = opts.configFor?.(f);
      globsIn.set(dir, (has = !!(c?.include?.length || c?.exclude?.length)));
    }
    return !has || globsAllow(f, opts);
  });
  return { files: picked.sort(comparePaths), configFiles: [...configs].sort(comparePaths), skipped };
}

function isMarkdown(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

const matchers = new Map<string, (p: string) => boolean>();
function matcher(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    // Linear-time (glob.ts): a folder like .github is not special to us; a pattern without a
    // slash matches the name anywhere (gitignore-like).
    m = compileGlob(glob);
    matchers.set(glob, m);
  }
  return m;
}

function globsAllow(file: string, opts: DiscoverOptions): boolean {
  if (!opts.configFor) return true;
  const config = opts.configFor(file);
  if (!config.include?.length && !config.exclude?.length) return true;
  const fallback = opts.globBase ?? opts.boundary ?? process.cwd();
  const bases = opts.globBases?.(file) ?? {};
  const rel = (base: string | undefined) => path.relative(base ?? fallback, file).split(path.sep).join('/');
  if (config.include?.length) {
    const r = rel(bases.include);
    if (!config.include.some((g) => matcher(g)(r))) return false;
  }
  if (config.exclude?.length) {
    const r = rel(bases.exclude);
    if (config.exclude.some((g) => matcher(g)(r))) return false;
  }
  return true;
}

/** Byte-wise (code unit) order: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

export function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}
