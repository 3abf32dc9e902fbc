// The shared vocabulary of the core: the parsed document model, the data it carries, diagnostics,
// fixes and the rule contract. Pure types: no editor, LSP or Node imports, so every front end
// (language server, CLI, report, tests) speaks the same language.
import type { Document as YamlDocument } from 'yaml';

/** A half-open range of UTF-16 offsets into the document text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type FileKind = 'goal-plan' | 'session-log' | 'discharge-summary';
/** An ISO calendar date string, e.g. "2026-09-16". Dates are never Date objects in the model. */
export type IsoDate = string;

/** A located message about a YAML region (syntax) or a value (schema). */
export interface Issue {
  span: Span;
  message: string;
}

/**
 * One YAML source region of a file: the front matter, or the body of one `yaml goal` fence.
 * `contentSpan` locates `text` in the document; every node range of `doc` is relative to
 * `contentSpan.start`, and `rangeOf` turns a key path into a document span.
 */
export interface YamlRegion {
  kind: 'frontmatter' | 'goal';
  /** Where the YAML text sits in the document (without fences). */
  contentSpan: Span;
  /** The whole region including its fences (`---` lines or the ``` lines). */
  outerSpan: Span;
  text: string;
  /** Parsed YAML document (yaml package, core schema, uniqueKeys). Undefined only for an empty region. */
  doc: YamlDocument.Parsed | undefined;
  /** YAML syntax errors (GP001); when non-empty, `value` must not be used by rules. */
  syntaxErrors: Issue[];
  /** Plain JS value of the region (dates stay strings), before schema cleaning. */
  raw: unknown;
  /**
   * Span of the key (`part: 'key'`), the value (`'value'`, default) or the whole pair
   * (`'pair'`) at `path`; falls back to the nearest existing ancestor, and to the first line
   * of the region when nothing matches. Never throws.
   */
  rangeOf(path: ReadonlyArray<string | number>, part?: 'key' | 'value' | 'pair'): Span;
  /** True when a node exists at `path`. */
  has(path: ReadonlyArray<string | number>): boolean;
}

/** A Markdown heading of the body (any level), for section rules and outlines. */
export interface Heading {
  depth: number;
  text: string;
  span: Span;
  /** Span of the section content: from the end of the heading line to the next heading of the same or higher level (or EOF). */
  sectionSpan: Span;
  /** True when no non-blank line stands between this heading and the next heading of the same or a higher level. */
  empty: boolean;
}

/** An HTML comment in the body or a `# goalplan-...` comment inside YAML, for suppression. */
export interface DirectiveComment {
  span: Span;
  /** 0-based line of the comment. */
  line: number;
  directive: 'disable-next-line' | 'disable' | 'enable' | 'disable-line';
  /** Rule ids or aliases; empty = every rule. */
  rules: string[];
}

export interface Problem {
  id?: string;
  text?: string;
}

export interface Measure {
  instrument?: string;
  baseline?: number;
  target?: number;
  unit?: string;
}

export type GoalStatus = 'active' | 'on-hold' | 'met' | 'revised' | 'discontinued';

/** A goal after schema cleaning: any value that failed its schema check is absent. */
export interface Goal {
  id?: string;
  statement?: string;
  type?: 'behavioral' | 'emotional' | 'cognitive';
  horizon?: 'short-term' | 'long-term';
  parent?: string;
  problem?: string;
  measure?: Measure;
  start?: IsoDate;
  due?: IsoDate;
  status?: GoalStatus;
  closed?: IsoDate;
  weight?: number;
  interventions?: string[];
  gas?: Record<string, string>;
  /** SPEC 5.2: the goal as the client says it. */
  client_words?: string;
  /** SPEC 5.2: the id of an earlier goal of the plan this goal replaces. */
  replaces?: string;
  /** SPEC 5.2: changes made to this goal in place, each with its reason. */
  revisions?: Revision[];
}

export interface Revision {
  date?: IsoDate;
  reason?: string;
}

/** SPEC 5.2: one record of the client's agreement with the plan. */
export interface Agreement {
  by?: 'client' | 'guardian';
  date?: IsoDate;
  method?: 'signed' | 'verbal' | 'portal';
}

/** SPEC 5.2: the initial assessment the goals rest on. */
export interface Assessment {
  strengths?: string[];
  needs?: string[];
  preferences?: string[];
}

export interface Signature {
  by?: string;
  date?: IsoDate;
}

export interface PlanFrontMatter {
  kind: 'goal-plan';
  client?: string;
  clinician?: string;
  created?: IsoDate;
  closed?: IsoDate;
  status?: 'active' | 'closed';
  review?: { every?: string; last?: IsoDate; next?: IsoDate };
  problems?: Problem[];
  diagnosis?: string;
  discharge?: string;
  signed?: Signature;
  version?: number;
  /** SPEC 5.2: instrument -> `every-session` or a duration (GP214). */
  monitor?: Record<string, string>;
  /** SPEC 5.2: instrument -> expected-change curve, [week, fraction] pairs, weeks strictly increasing (GP215). */
  expected?: Record<string, Array<[number, number]>>;
  /** SPEC 5.2: what matters to the client, in the client's words. */
  values?: string[];
  assessment?: Assessment;
  /** SPEC 5.2: one agreement or a list; the latest date counts. */
  agreement?: Agreement | Agreement[];
}

export interface GoalEntry {
  progress?: number;
  value?: number;
  note?: string;
  decision?: 'continue' | 'revise' | 'met' | 'discontinued';
}

export type MeasureEntry = number | { score?: number; items?: number[] };

export type SessionType = 'therapy' | 'intake' | 'no-show' | 'cancelled' | 'group' | 'family' | 'collateral';
export type NoteFormat = 'SOAP' | 'DAP' | 'BIRP' | 'GIRP';

export interface SessionFrontMatter {
  kind: 'session-log';
  client?: string;
  date?: IsoDate;
  type?: SessionType;
  /** SPEC 5.4: who cancelled a `cancelled` session (a clinician's cancellation is not missed, GP216). */
  cancelled_by?: 'client' | 'clinician';
  start?: string;
  end?: string;
  duration?: number;
  format?: NoteFormat;
  cpt?: string;
  modality?: 'in-person' | 'telehealth' | 'phone';
  review?: boolean;
  goals?: Record<string, GoalEntry | null>;
  measures?: Record<string, MeasureEntry>;
  risk?: string;
  signed?: Signature;
  /** SPEC 5.2: the client's own account (self-report); free text, never quoted in messages. */
  client_report?: string;
  /** SPEC 5.2: what was discussed about the scores and the therapy (GP316); free text. */
  feedback?: string;
  barriers?: Barrier[];
  /** SPEC 5.2: life events and external factors; free text, shown on the timeline. */
  events?: string[];
  /** SPEC 5.2: readiness / confidence ruler, 0-10. */
  readiness?: number;
}

export type Barrier = 'motivation' | 'ambivalence' | 'external' | 'attendance' | 'homework' | 'other';

export type DischargeReason = 'goals-met' | 'client-choice' | 'referral' | 'moved' | 'no-contact' | 'other';
export type DischargeOutcome = 'met' | 'partly-met' | 'not-met';

/** SPEC 5.2: the discharge summary, one per episode of care. */
export interface DischargeFrontMatter {
  kind: 'discharge-summary';
  client?: string;
  /** Date of discharge: the summary belongs to the client's plan chosen as for a session. */
  date?: IsoDate;
  reason?: DischargeReason;
  goals?: Record<string, { outcome?: DischargeOutcome; note?: string } | null>;
  measures?: Record<string, { first?: number; last?: number }>;
  referrals?: string[];
  signed?: Signature;
}

/** One `yaml goal` block of a plan. */
export interface GoalBlock {
  region: YamlRegion;
  /** Cleaned goal data (schema-invalid values removed); undefined when the block has a YAML error or is not a mapping. */
  goal: Goal | undefined;
  /** Schema issues of this block (GP002). */
  schemaIssues: Issue[];
  /**
   * The `id:` line of a block whose YAML does not parse, read by a plain pattern, so sessions
   * naming that goal are not also told the goal is unknown while the block is being fixed.
   */
  idHint?: string;
}

/**
 * The parsed form of one Markdown file. Produced by parse/document.ts; updated incrementally by
 * applyEdit() when an edit stays inside one YAML region.
 */
export interface ParsedDocument {
  /** File path (CLI) or URI string (LSP): whatever the front end uses as the key. */
  uri: string;
  text: string;
  /** Offsets at which each line starts (line 0 starts at 0). */
  lineStarts: number[];
  /** Set when the file exceeds maxFileSize: nothing else is parsed (GP004). */
  tooLarge?: { size: number; limit: number };
  /** Set when the Markdown is over the parse budget (parse/markdown.ts): reported by GP004, not indexed. */
  tooComplex?: { span: Span; reason: string };
  /** Participating kind (exact match), or undefined when the file does not take part. */
  kind: FileKind | undefined;
  /** Near-miss kind value and its span (GP005). */
  nearMissKind?: { value: string; span: Span };
  /** The front matter region, when the file opens with a `---` fence. */
  frontMatter: YamlRegion | undefined;
  /** Schema issues of the front matter (GP002). */
  frontMatterIssues: Issue[];
  /** Goal blocks in document order (plans only; empty for sessions). */
  goalBlocks: GoalBlock[];
  headings: Heading[];
  directives: DirectiveComment[];
  /** Body text span (after the front matter). */
  bodySpan: Span;
  /** Cleaned front matter data; undefined for a broken or non-participating file. */
  plan: PlanFrontMatter | undefined;
  session: SessionFrontMatter | undefined;
  /** Cleaned front matter of a discharge summary (SPEC 5.2). */
  discharge?: DischargeFrontMatter | undefined;
  /**
   * True when some YAML region failed to parse: the file gets GP001 and no other rule, and is
   * not indexed (SPEC 1).
   */
  broken: boolean;
}

/** A text edit in document offsets. */
export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and "fix all"; others only offered as quick fixes. */
  safe: boolean;
  /**
   * The edits' newText are LSP snippets with empty tab stops for the clinician to fill in (SPEC
   * 5.8: records of consent and signature are never written for the clinician). A snippet fix is
   * never safe: `--fix` and fix-all never apply it, and the editor offers it only to a client
   * that accepts snippet edits.
   */
  snippet?: boolean;
  /**
   * The fix records a clinical outcome (a goal marked met / revised / discontinued: GP205,
   * GP212). SPEC 5.8: such a fix is a code action only: never safe, so `--fix` and fix-all never
   * apply it and the editor never marks it preferred. The lint function enforces this whatever
   * `safe` says.
   */
  outcome?: boolean;
  /** Fixes may edit another file (e.g. a rename); default: the diagnostic's file. */
  uri?: string;
}

export interface Diagnostic {
  uri: string;
  span: Span;
  rule: string;
  alias: string;
  severity: Severity;
  message: string;
  fixes?: Fix[];
  /** Extra machine-readable data for code actions (e.g. goal id). */
  data?: Record<string, unknown>;
}
