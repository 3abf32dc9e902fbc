// Which configuration applies to a file: every .goalplan.yaml from the workspace root down to the
// file's folder (SPEC 3), then the editor's `goalplan.*` settings on top (the user's explicit
// choice in their editor wins over the repository's files).
//
// A minimal private resolver until server/src/node/configResolver.ts lands; it caches per folder
// and is invalidated by the file watcher when a .goalplan.yaml changes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultConfig } from '../core/config/defaults';
import { mergeConfig } from '../core/config/merge';
import type { ResolvedConfig } from '../core/config/types';
import { ruleNames } from '../core/rules';
import type { GoalPlanSettings } from '../shared/lspProtocol';

export const CONFIG_FILE = '.goalplan.yaml';

export class ConfigStore {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  /** Folders whose .goalplan.yaml failed to read or parse (reported by name, never content). */
  readonly unreadable = new Set<string>();

  constructor(private roots: string[], private settings: GoalPlanSettings = {}, private readonly log: (m: string) => void = () => {}) {}

  setRoots(roots: string[]): void {
    this.roots = roots;
    this.invalidate();
  }

  setSettings(settings: GoalPlanSettings): void {
    this.settings = settings;
    this.invalidate();
  }

  invalidate(_changed?: string): void {
    // Any .goalplan.yaml may apply to every folder below it: drop the whole cache (cheap to rebuild).
    this.byFolder.clear();
    this.unreadable.clear();
  }

  configFor(filePath: string): ResolvedConfig {
    const dir = path.dirname(filePath);
    let c = this.byFolder.get(dir);
    if (!c) {
      c = withSettings(this.fileConfigFor(dir), this.settings);
      this.byFolder.set(dir, c);
    }
    return c;
  }

  /** The folders from the nearest root containing `dir` down to `dir`, with `root: true` cutting the chain. */
  private fileConfigFor(dir: string): ResolvedConfig {
    const root = this.roots.filter((r) => dir === r || dir.startsWith(r.endsWith(path.sep) ? r : r + path.sep)).sort((a, b) => b.length - a.length)[0];
    const chain: unknown[] = [];
    for (let d = dir; ; d = path.dirname(d)) {
      const raw = this.read(d);
      if (raw !== undefined) {
        chain.unshift(raw);
        if (raw && typeof raw === 'object' && (raw as { root?: unknown }).root === true) break;
      }
      if (!root || d === root || path.dirname(d) === d) break;
    }
    return chain.reduce<ResolvedConfig>((acc, raw) => mergeConfig(acc, raw, ruleNames), defaultConfig());
  }

  private read(dir: string): unknown {
    const file = path.join(dir, CONFIG_FILE);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      return parseYaml(text, { schema: 'core' }) ?? undefined;
    } catch {
      this.unreadable.add(dir);
      this.log(`config ${file} does not parse; ignored`);
      return undefined;
    }
  }
}

/** Editor settings over a resolved config. */
export function withSettings(config: ResolvedConfig, settings: GoalPlanSettings): ResolvedConfig {
  const raw: Record<string, unknown> = {};
  if (settings.rules && typeof settings.rules === 'object') raw.rules = settings.rules;
  if (settings.review && typeof settings.review === 'object') raw.review = settings.review;
  return Object.keys(raw).length ? mergeConfig(config, raw, ruleNames) : config;
}
