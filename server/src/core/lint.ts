// The one lint function. The language server, the CLI and the tests all call lintDocument /
// lintAll; severity, options, suppression and "what a broken file still gets" are decided here
// so no rule has to know about them.
import { defaultConfig } from './config/defaults';
import type { ResolvedConfig } from './config/types';
import type { WorkspaceView } from './model/view';
import type { Workspace } from './model/workspace';
import { allRules } from './rules';
import { goalRuleReports } from './cache';
import { goalEntries, type GoalEntry } from './rules/plan/goalHelpers';
import type { Report, Rule, RuleContext } from './rules/types';
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
  const rules = opts.rules ?? allRules;
  /** Goal-local rules of a plan, run goal by goal after the others (checkGoals). */
  const goalRuns: GoalRun[] = [];
  for (const rule of applicable(doc, rules, opts.alsoOnBroken)) {
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
        const fixes = r.fixes;
        const d: Diagnostic = typeof fixes === 'function'
          ? lazyFixes(doc.uri, r, rule, severity as Severity, () => classified(fixes()))
          : { uri: doc.uri, span: r.span, rule: rule.id, alias: rule.alias, severity: severity as Severity, message: r.message };
        if (fixes && typeof fixes !== 'function' && fixes.length) d.fixes = classified(fixes);
        if (r.data) d.data = r.data;
        if (!isSuppressed(doc, d)) out.push(d);
      },
    };
    if (rule.checkGoal && doc.kind === 'goal-plan') {
      goalRuns.push({ rule, ctx });
      continue;
    }
    try {
      rule.check(ctx);
    } catch (error) {
      opts.onRuleError?.(rule, doc.uri, error);
    }
  }
  if (goalRuns.length > 0) checkGoals(doc, goalRuns, rules, config, opts);
  // (The order of `out` before sorting matters only among one rule's reports, kept in order.)
  return out.sort(byPosition);
}

interface GoalRun {
  rule: Rule;
  ctx: RuleContext;
}

/** A goal-local rule's report, kept with its goal: the span relative to the block's content. */
interface KeptReport {
  /** Which rule (its place in the goal runs, the same for the same rule list and configuration). */
  run: number;
  /** Its place among that rule's reports in this goal (to find its fixes again). */
  nth: number;
  start: number;
  end: number;
  message: string;
  data?: Record<string, unknown>;
  fixed: boolean;
}

/**
 * Runs the goal-local rules (Rule.checkGoal) goal by goal. A goal's reports are kept with the goal
 * object (core/cache.ts goalRuleReports) and reported again where its block now is. Fixes are
 * edits of the current document, so they are never kept: a kept report that had fixes gets them,
 * when first read, from its rule run again on that goal of this document (the same reports in the
 * same order: the run depends only on what the memo is keyed by). A rule that throws is reported
 * once and stops, as in lintDocument (its reports so far stay); a goal where one threw is not kept.
 */
function checkGoals(doc: ParsedDocument, runs: GoalRun[], rules: readonly Rule[], config: ResolvedConfig, opts: LintOptions): void {
  let failed: Set<number> | undefined;
  for (const e of goalEntries(doc)) {
    const region = e.block.region;
    const base = region.contentSpan.start;
    let kept = goalRuleReports.get<KeptReport[]>(e.goal, doc.plan, config, opts.today, e.index, rules);
    const wasKept = kept !== undefined;
    if (!kept) {
      const fresh: KeptReport[] = [];
      let complete = true;
      for (let run = 0; run < runs.length; run++) {
        if (failed?.has(run)) {
          complete = false;
          continue;
        }
        const { rule, ctx } = runs[run];
        let nth = 0;
        try {
          rule.checkGoal!({
            ...ctx,
            report(r) {
              if (r.span.start < region.outerSpan.start || r.span.end > region.outerSpan.end) {
                throw new Error(`${rule.id} is goal-local (checkGoal) but reported outside the goal's block`);
              }
              const fixed = typeof r.fixes === 'function' || (r.fixes?.length ?? 0) > 0;
              fresh.push({ run, nth: nth++, start: r.span.start - base, end: r.span.end - base, message: r.message, data: r.data, fixed });
            },
          }, e);
        } catch (error) {
          (failed ??= new Set()).add(run);
          complete = false;
          opts.onRuleError?.(rule, doc.uri, error);
        }
      }
      if (complete) goalRuleReports.set(e.goal, doc.plan, config, opts.today, e.index, rules, fresh);
      kept = fresh;
    }
    for (const k of kept) {
      // A rule that threw on an earlier goal of this lint stops there, as an unkept run would.
      if (wasKept && failed?.has(k.run)) continue;
      const run = runs[k.run];
      run.ctx.report({
        span: { start: base + k.start, end: base + k.end },
        message: k.message,
        data: k.data,
        fixes: k.fixed ? () => fixesOfRun(run, e, k.nth) : undefined,
      });
    }
  }
}

/** The fixes of the `nth` report of a goal-local rule run again on one goal of this document. */
function fixesOfRun(run: GoalRun, e: GoalEntry, nth: number): Fix[] {
  const reports: Report[] = [];
  run.rule.checkGoal!({ ...run.ctx, report: (r) => reports.push(r) }, e);
  const fixes = reports[nth]?.fixes;
  return typeof fixes === 'function' ? fixes() : fixes ?? [];
}

/** SPEC 5.8: a fix that records a clinical outcome (or is a snippet to fill in) is never safe. */
function classified(fixes: Fix[]): Fix[] {
  return fixes.some((f) => f.safe && (f.outcome || f.snippet)) ? fixes.map((f) => (f.outcome || f.snippet ? { ...f, safe: false } : f)) : fixes;
}

/**
 * A diagnostic whose `fixes` are built on first read and then kept as a plain property.
 * Enumerable, so JSON output and the CLI workers' structured clone see it like an eager list; an
 * empty list reads as undefined, as an eager rule leaves it. Written as an object literal with an
 * accessor (the same key order as an eager diagnostic): defining the property on each of a
 * 200-goal plan's past-due goals on every keystroke was a visible part of the plan's lint.
 */
function lazyFixes(uri: string, r: Report, rule: Rule, severity: Severity, build: () => Fix[]): Diagnostic {
  const keep = (d: Diagnostic, value: Fix[] | undefined) => Object.defineProperty(d, 'fixes', { value, enumerable: true, configurable: true, writable: true });
  return {
    uri,
    span: r.span,
    rule: rule.id,
    alias: rule.alias,
    severity,
    message: r.message,
    get fixes(): Fix[] | undefined {
      const fixes = build();
      const value = fixes.length ? fixes : undefined;
      keep(this, value);
      return value;
    },
    set fixes(value: Fix[] | undefined) {
      keep(this, value);
    },
  };
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
