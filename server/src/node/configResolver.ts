// Which configuration applies to a file (SPEC 3): every .goalplan.yaml from the workspace root
// down to the file's folder, merged with the nearer file overriding the farther key by key;
// `root: true` stops the search upward. Results are cached per folder; invalidate() drops what
// a changed config file can affect. Each config file is also a checked file: configFiles()
// returns its own diagnostics (GP001 YAML syntax, GP002 schema and unknown rule names).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../core/config/defaults';
import { mergeConfig } from '../core/config/merge';
import type { ResolvedConfig } from '../core/config/types';
import { computeLineStarts } from '../core/parse/lines';
import { parseYamlRegion } from '../core/parse/yamlRegion';
import { ruleByName, ruleNames } from '../core/rules';
import { validateConfig } from '../core/schema/validate';
import type { Diagnostic, Issue, Severity } from '../core/types';
import { decode, readInside } from './readFile';

export const CONFIG_FILE = '.goalplan.yaml';
/** A config file is small; anything larger is refused rather than parsed. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigFileReport {
  path: string;
  /** The file's text (for line/column of the diagnostics); empty when unreadable. */
  text: string;
  lineStarts: number[];
  diagnostics: Diagnostic[];
  /**
   * I/O failure (code only, e.g. EACCES), when the file could not be read at all. EOUTSIDE: the
   * file is a link (or lies under a linked folder) whose target is outside the workspace folder;
   * it is refused, not read (see `refusedConfigMessage`).
   */
  error?: string;
}

/** What the CLI and the server say about a refused configuration file (`error: 'EOUTSIDE'`). */
export function refusedConfigMessage(display: string): string {
  return `${display} links to a file outside the workspace folder; its settings are not used (replace the link with a copy of the file)`;
}

interface LoadedConfig {
  /** The schema-cleaned value (invalid values removed), or undefined when the YAML is broken. */
  value: Record<string, unknown> | undefined;
  root: boolean;
  report: ConfigFileReport;
}

export interface ConfigResolverOptions {
  /** Use this one file instead of the cascade (CLI --config). */
  explicitConfig?: string;
}

export class ConfigResolver {
  readonly workspaceRoot: string;
  private readonly explicit: string | undefined;
  private readonly byFolder = new Map<string, ResolvedConfig>();
  /** Folder of the config file that set `include` / `exclude` of a resolved config (globs are relative to it). */
  private readonly globDirs = new WeakMap<ResolvedConfig, { include?: string; exclude?: string }>();
  private readonly files = new Map<string, LoadedConfig | null>();

  constructor(workspaceRoot: string, opts: ConfigResolverOptions = {}) {
    this.workspaceRoot = path.resolve(workspaceRoot);
    this.explicit = opts.explicitConfig ? path.resolve(opts.explicitConfig) : undefined;
  }

  configFor(filePath: string): ResolvedConfig {
    return this.forFolder(path.dirname(path.resolve(filePath)));
  }

  /**
   * The folders that a file's `include` and `exclude` globs are relative to: the folder of the
   * .goalplan.yaml that set them (so a config means the same from wherever the CLI runs).
   */
  globBasesFor(filePath: string): { include?: string; exclude?: string } {
    return this.globDirs.get(this.configFor(filePath)) ?? {};
  }

  /**
   * Forgets cached results. With a path: that config file (if it is one) and every folder at or
   * below the path's folder; without: everything.
   */
  invalidate(changed?: string): void {
    if (!changed) {
      this.byFolder.clear();
      this.files.clear();
      return;
    }
    const p = path.resolve(changed);
    this.files.delete(p);
    const dir = path.basename(p) === CONFIG_FILE ? path.dirname(p) : p;
    for (const folder of [...this.byFolder.keys()]) if (isWithin(folder, dir)) this.byFolder.delete(folder);
    if (this.explicit === p) this.byFolder.clear();
  }

  /**
   * Diagnostics of config files: of the given paths, or of every config file read so far (the
   * explicit --config file included).
   */
  configFiles(paths?: readonly string[]): ConfigFileReport[] {
    const list = paths ? paths.map((p) => path.resolve(p)) : [...this.files.keys()];
    const out: ConfigFileReport[] = [];
    for (const p of [...new Set(list)].sort()) {
      const loaded = this.load(p);
      if (loaded) out.push(loaded.report);
    }
    return out;
  }

  private forFolder(dir: string): ResolvedConfig {
    const cached = this.byFolder.get(dir);
    if (cached) return cached;
    let result: ResolvedConfig;
    if (this.explicit) {
      const loaded = this.load(this.explicit);
      result = this.merge(defaultConfig(), loaded, path.dirname(this.explicit));
    } else {
      const loaded = this.load(path.join(dir, CONFIG_FILE));
      const parent = path.dirname(dir);
      // The cascade stops at the workspace root (or the file system root for files outside it).
      const top = dir === this.workspaceRoot || parent === dir || loaded?.root === true;
      const base = top ? defaultConfig() : this.forFolder(parent);
      result = this.merge(base, loaded, dir);
    }
    this.byFolder.set(dir, result);
    return result;
  }

  private merge(base: ResolvedConfig, loaded: LoadedConfig | null, dir: string): ResolvedConfig {
    if (!loaded?.value) return base;
    const merged = mergeConfig(base, loaded.value, ruleNames);
    const inherited = this.globDirs.get(base) ?? {};
    this.globDirs.set(merged, {
      include: Array.isArray(loaded.value.include) ? dir : inherited.include,
      exclude: Array.isArray(loaded.value.exclude) ? dir : inherited.exclude,
    });
    return merged;
  }

  private load(file: string): LoadedConfig | null {
    if (this.files.has(file)) return this.files.get(file)!;
    let loaded: LoadedConfig | null;
    try {
      const st = fs.statSync(file);
      if (!st.isFile()) loaded = null;
      else if (st.size > MAX_CONFIG_BYTES) {
        const report = emptyReport(file);
        report.error = 'EFBIG';
        loaded = { value: undefined, root: false, report };
      } else if (file !== this.explicit && isWithin(file, this.workspaceRoot)) {
        // A .goalplan.yaml of the workspace is read like every other file of it: its real path
        // (links resolved) must stay inside the folder, or a cloned repository could switch
        // rules off or point `include` elsewhere from a file it does not contain (readInside
        // throws EOUTSIDE, and reads the real path without following a link swapped in since).
        // An explicit --config names its file on purpose and is read where it is.
        const read = readInside(file, [this.workspaceRoot], MAX_CONFIG_BYTES);
        if (read.truncated) {
          const report = emptyReport(file);
          report.error = 'EFBIG';
          loaded = { value: undefined, root: false, report };
        } else loaded = parseConfigText(file, read.text);
      } else loaded = parseConfigText(file, decode(fs.readFileSync(file)).text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') loaded = null;
      else {
        const report = emptyReport(file);
        report.error = code ?? 'EIO';
        loaded = { value: undefined, root: false, report };
      }
    }
    this.files.set(file, loaded);
    return loaded;
  }
}

function emptyReport(file: string): ConfigFileReport {
  return { path: file, text: '', lineStarts: [0], diagnostics: [] };
}

/** Parses and checks one config text. Exported for the language server (unsaved buffers) and tests. */
export function parseConfigText(file: string, text: string): LoadedConfig {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const span = { start, end: text.length };
  const region = parseYamlRegion('frontmatter', text.slice(start), span, { start: 0, end: text.length });
  const diagnostics: Diagnostic[] = [];
  const push = (rule: 'GP001' | 'GP002', issue: Issue) => {
    const r = ruleByName(rule)!;
    diagnostics.push({ uri: file, span: issue.span, rule: r.id, alias: r.alias, severity: severityOf(r.defaultSeverity), message: issue.message });
  };
  for (const e of region.syntaxErrors) push('GP001', { span: e.span, message: `configuration: ${e.message}` });
  let value: Record<string, unknown> | undefined;
  if (region.syntaxErrors.length === 0) {
    const check = validateConfig(region);
    for (const i of check.issues) push('GP002', i);
    value = check.cleaned ?? {};
    const rules = value.rules;
    if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
      for (const name of Object.keys(rules)) {
        if (ruleNames.resolve(name)) continue;
        push('GP002', { span: region.rangeOf(['rules', name], 'key'), message: `\`${name}\` is not a GoalPlan rule id (GP101) or alias (vague-wording)` });
      }
    }
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const root = value?.root === true;
  return { value, root, report: { path: file, text, lineStarts: computeLineStarts(text), diagnostics } };
}

function severityOf(s: Severity | 'off'): Severity {
  return s === 'off' ? 'info' : s;
}

function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
