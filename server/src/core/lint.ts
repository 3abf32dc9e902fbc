// The one lint function. The language server, the CLI and the tests all call lintDocument /
// lintAll; severity, options, suppression and "what a broken file still gets" are decided here
// so no rule has to know about them.
import { defaultConfig } from './config/defaults';
import type { ResolvedConfig } from './config/types';
import type { WorkspaceView } from './model/view';
import type { Workspace } from './model/workspace';
import { allRules } from './rules';
import type { Rule, RuleContext } from './rules/types';
import { isSuppressed } from './suppress';
import type { Diagnostic, FileKind, Fix, IsoDate, ParsedDocument, Severity } from './types';

export interface LintOptions {
  today: IsoDate;
  /** Configuration that applies to a file (the cascade is resolved by the front end). */
  configFor?: (uri: string) => ResolvedConfig;
  rules?: readonly Rule[];
  /** Called when a rule throws (a bug): the front end logs the rule and file, never note text. */
  onRuleError?: (rule: Rule, uri: string, error: unknown) => void;
  /**
   * Rules that also run on a broken document (YAML that does not parse), besides GP001. Only
   * `lint --history` asks for one: GP401 over a committed version that can no longer be fixed,
   * whose identifiers stay in git whether or not its YAML parses.
   */
  alsoOnBroken?: readonly Rule[];
}

const DEFAULT = defaultConfig();

/** Which rules run on a document: SPEC 1 (broken files get GP001 only, others by kind). */
function applicable(doc: ParsedDocument, rules: readonly Rule[], alsoOnBroken: readonly Rule[] = []): readonly Rule[] {
  if (doc.tooLarge) return doc.kind ? rules.filter((r) => r.id === 'GP004') : [];
  if (doc.tooComplex) return rules.filter((r) => r.id === 'GP004');
  if (!doc.kind) return doc.nearMissKind ? rules.filter((r) => r.id === 'GP005') : [];
  if (doc.broken) return rules.filter((r) => r.id === 'GP001' || alsoOnBroken.includes(r));
  return rules.filter((r) => appliesTo(r, doc.kind!));
}

/** True when the rule runs on files of this kind. */
export function appliesTo(rule: Rule, kind: FileKind): boolean {
  const a = rule.appliesTo;
  return a === 'any' || a === kind || (Array.isArray(a) && a.includes(kind));
}

export function lintDocument(doc: ParsedDocument, workspace: WorkspaceView, opts: LintOptions): Diagnostic[] {
  const config = opts.configFor?.(doc.uri) ?? DEFAULT;
  const out: Diagnostic[] = [];
  for (const rule of applicable(doc, opts.rules ?? allRules, opts.alsoOnBroken)) {
    const setting = config.rules[rule.id];
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      doc,
      workspace,
      config,
      today: opts.today,
      options: { ...(rule.defaultOptions ?? {}), ...(setting?.options ?? {}) },
      report(r) {
        const d: Diagnostic = { uri: doc.uri, span: r.span, rule: rule.id, alias: rule.alias, severity: severity as Severity, message: r.message };
        const fixes = r.fixes;
        if (typeof fixes === 'function') lazyFixes(d, () => classified(fixes()));
        else if (fixes?.length) d.fixes = classified(fixes);
        if (r.data) d.data = r.data;
        if (!isSuppressed(doc, d)) out.push(d);
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      opts.onRuleError?.(rule, doc.uri, error);
    }
  }
  return out.sort(byPosition);
}

/** SPEC 5.8: a fix that records a clinical outcome (or is a snippet to fill in) is never safe. */
function classified(fixes: Fix[]): Fix[] {
  return fixes.some((f) => f.safe && (f.outcome || f.snippet)) ? fixes.map((f) => (f.outcome || f.snippet ? { ...f, safe: false } : f)) : fixes;
}

/**
 * `d.fixes` built on first read and then kept as a plain property. Enumerable, so JSON output and
 * the CLI workers' structured clone see it like an eager list; an empty list reads as undefined,
 * as an eager rule leaves it.
 */
function lazyFixes(d: Diagnostic, build: () => Fix[]): void {
  Object.defineProperty(d, 'fixes', {
    enumerable: true,
    configurable: true,
    get() {
      const fixes = build();
      const value = fixes.length ? fixes : undefined;
      Object.defineProperty(d, 'fixes', { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: Fix[] | undefined) {
      Object.defineProperty(d, 'fixes', { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** Lints every document of the workspace (or the given uris) with full cross-file context. */
export function lintAll(workspace: Workspace, opts: LintOptions, uris?: Iterable<string>): Map<string, Diagnostic[]> {
  const result = new Map<string, Diagnostic[]>();
  const docs = uris ? [...uris].map((u) => workspace.get(u)).filter((d): d is ParsedDocument => !!d) : workspace.all();
  for (const doc of docs) result.set(doc.uri, lintDocument(doc, workspace, opts));
  return result;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
