// The rule contract. A rule is data (names, docs, default severity, fix info) plus a check
// function; the editor, CLI, docs generator and tests all read the same objects.
import type { ResolvedConfig } from '../config/types';
import type { Diagnostic, FileKind, Fix, IsoDate, ParsedDocument, Severity, Span } from '../types';
import type { WorkspaceView } from '../model/view';
import { goalEntries, type GoalEntry } from './plan/goalHelpers';

export interface Report {
  span: Span;
  message: string;
  /**
   * The fixes, or a function that builds them: rules whose fixes are costly (prepared YAML edits
   * for every past-due goal of a 200-goal plan, on every keystroke) pass a function, called the
   * first time anyone reads `Diagnostic.fixes` (code actions, `--fix`, JSON output), never on the
   * typing path, which only publishes the diagnostics.
   */
  fixes?: Fix[] | (() => Fix[]);
  data?: Record<string, unknown>;
}

export interface RuleContext {
  doc: ParsedDocument;
  workspace: WorkspaceView;
  config: ResolvedConfig;
  /** "Today" for date rules: the clock, or --today / the today setting. */
  today: IsoDate;
  /** Options of this rule from config (`rules: {GP106: {options: {...}}}`), merged over defaults. */
  options: Record<string, unknown>;
  report(r: Report): void;
}

export interface Rule {
  /** [id, alias], as markdownlint's `names`. */
  names: readonly [string, string];
  id: string;
  alias: string;
  description: string;
  defaultSeverity: Severity | 'off';
  /** Which files the rule runs on (one kind, several, or any); cross-file rules still report on this file only. */
  appliesTo: FileKind | 'any' | readonly FileKind[];
  /** Relative path of the rule's doc page from the repository root. */
  docs: string;
  /** True when the rule offers at least one safe fix. */
  fixable: boolean;
  /**
   * The kinds of other files the rule reads (through ctx.workspace) besides its own document:
   * [] for a rule that reads its document alone. Absent: it may read any file of the client.
   * After an edit of a plan, the client's notes re-run only the rules that read plans
   * (lsp/context.ts PLAN_EDIT_SCOPE); test/unit/rule-reads.test.ts runs every rule declaring []
   * against a workspace that throws when touched.
   */
  reads?: readonly FileKind[];
  /** Default options; users override them in config. */
  defaultOptions?: Record<string, unknown>;
  check(ctx: RuleContext): void;
  /**
   * A goal-local plan rule: checks one goal block and reports inside it. Only for a rule whose
   * findings about a goal depend on nothing but that block (its text, hence its goal object), the
   * goal's position among the plan's blocks, the plan's front matter, today and the configuration
   * (never other goals, other files or the plan's body). `check` then runs it on every goal, and
   * lintDocument keeps each goal's reports with the goal object (core/cache.ts goalRuleReports),
   * so a keystroke in one goal of a 200-goal plan re-runs these rules on that goal only.
   * A report outside the goal's block is a bug of the rule and fails loud.
   */
  checkGoal?(ctx: RuleContext, goal: GoalEntry): void;
}

/** Helper so every rule file reads the same. A goal-local rule gives `checkGoal` and no `check`. */
export function defineRule(r: Omit<Rule, 'names' | 'docs' | 'check'> & { docs?: string; check?: Rule['check'] }): Rule {
  const checkGoal = r.checkGoal;
  const check = r.check ?? (checkGoal ? (ctx: RuleContext) => {
    for (const e of goalEntries(ctx.doc)) checkGoal(ctx, e);
  } : undefined);
  if (!check) throw new Error(`rule ${r.id} has neither check nor checkGoal`);
  return { ...r, check, names: [r.id, r.alias] as const, docs: r.docs ?? `docs/rules/${r.id}.md` };
}

export type { Diagnostic };
