// Which configuration applies to a file: the .goalplan.yaml cascade of its workspace folder
// (server/src/node/configResolver.ts, shared with the CLI), then the editor's `goalplan.*`
// settings on top (the user's explicit choice in their editor wins over the repository's files).
import * as path from 'node:path';
import { defaultConfig } from '../core/config/defaults';
import { mergeConfig } from '../core/config/merge';
import type { ResolvedConfig } from '../core/config/types';
import { ruleNames } from '../core/rules';
import { ConfigResolver, CONFIG_FILE, type ConfigFileReport } from '../node/configResolver';
import { isWithin } from '../node/discover';
import type { GoalPlanSettings } from '../shared/lspProtocol';

export { CONFIG_FILE };

export class ConfigStore {
  private resolvers: ConfigResolver[] = [];
  /** Resolved config -> the same with the editor settings laid over it (rebuilt when settings change). */
  private withSettingsCache = new WeakMap<ResolvedConfig, ResolvedConfig>();
  private readonly outside = defaultConfig();
  /**
   * The answer per document uri (the language server asks for every file it re-checks, 41 times
   * per keystroke in a 200-goal plan), dropped whenever roots, settings or a config file change.
   */
  private byUri = new Map<string, ResolvedConfig>();

  constructor(private roots: string[] = [], private settings: GoalPlanSettings = {}) {
    this.setRoots(roots);
  }

  setRoots(roots: string[]): void {
    this.roots = roots;
    this.byUri = new Map();
    // Longest first, so a nested workspace folder owns its files.
    this.resolvers = [...roots].sort((a, b) => b.length - a.length).map((r) => new ConfigResolver(r));
  }

  setSettings(settings: GoalPlanSettings): void {
    this.settings = settings;
    this.withSettingsCache = new WeakMap();
    this.byUri = new Map();
  }

  /** A config file changed (or everything, without a path). */
  invalidate(changed?: string): void {
    for (const r of this.resolvers) r.invalidate(changed);
    this.byUri = new Map();
  }

  /** configFor of a document's uri (`toPath` turns it into the file's path when not known yet). */
  configForUri(uri: string, toPath: (uri: string) => string): ResolvedConfig {
    let c = this.byUri.get(uri);
    if (!c) {
      c = this.configFor(toPath(uri));
      this.byUri.set(uri, c);
    }
    return c;
  }

  configFor(filePath: string): ResolvedConfig {
    const resolver = this.resolverFor(filePath);
    const base = resolver ? resolver.configFor(filePath) : this.outside;
    let c = this.withSettingsCache.get(base);
    if (!c) {
      c = withSettings(base, this.settings);
      this.withSettingsCache.set(base, c);
    }
    return c;
  }

  /** Diagnostics of .goalplan.yaml files (YAML syntax, schema, unknown rule names). */
  configReports(files: readonly string[]): ConfigFileReport[] {
    const out: ConfigFileReport[] = [];
    for (const f of files) {
      const r = this.resolverFor(f);
      if (r) out.push(...r.configFiles([f]));
    }
    return out;
  }

  private resolverFor(filePath: string): ConfigResolver | undefined {
    const p = path.resolve(filePath);
    return this.resolvers.find((r) => isWithin(p, r.workspaceRoot));
  }
}

/** Editor settings over a resolved config. */
export function withSettings(config: ResolvedConfig, settings: GoalPlanSettings): ResolvedConfig {
  const raw: Record<string, unknown> = {};
  if (settings.rules && typeof settings.rules === 'object' && Object.keys(settings.rules).length) raw.rules = settings.rules;
  const review: Record<string, unknown> = {};
  if (typeof settings.review?.maxInterval === 'string' && settings.review.maxInterval.trim()) review.maxInterval = settings.review.maxInterval.trim();
  if (typeof settings.review?.dueSoon === 'number') review.dueSoon = settings.review.dueSoon;
  if (Object.keys(review).length) raw.review = review;
  return Object.keys(raw).length ? mergeConfig(config, raw, ruleNames) : config;
}
