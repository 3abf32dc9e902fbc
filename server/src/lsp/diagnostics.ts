// Diagnostics for the whole workspace, pushed (textDocument/publishDiagnostics).
//
// Why push, not pull: a plan edit changes the diagnostics of sessions nobody has open, and the
// server is the only party that knows which ones (Workspace.affectedBy). With pull the server
// could only send workspace/diagnostic/refresh, which makes the client re-pull every open
// document and leaves closed files to a workspace pull that Neovim, Helix and Emacs clients do
// not all implement. Push sends exactly the affected files, at once, to every editor.
//
// Hot path: nothing is debounced. Changes are queued and flushed on the next turn of the event
// loop (setImmediate), which coalesces a burst of notifications into one pass; the edited
// document is linted and published first, the rest of its client's files after it, one file per
// turn of the event loop, so a newer keystroke is read and answered before the next background
// file (the pending files stay queued and a newer change re-queues the ones it affects: the pass
// restarts behind the new edit). Only files whose diagnostics actually changed are sent again.
// After a session-note edit its siblings re-run only the rules that read other sessions
// (context.ts SESSION_EDIT_SCOPE); their other findings are kept from the last full check.
import {
  DiagnosticSeverity, MessageType, ShowMessageNotification, type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node';
import { byPosition, lintDocument } from '../core/lint';
import { refusedConfigMessage } from '../node/configResolver';
import { allRules } from '../core/rules';
import type { ResolvedConfig } from '../core/config/types';
import type { Rule } from '../core/rules/types';
import { localToday } from '../core/dates';
import type { Diagnostic, ParsedDocument } from '../core/types';
import { fileUri, type ChangeScope, type ServerContext } from './context';
import { heapText } from './memory';
import { SOURCE, toLspDiagnostic } from './services/diagnostics';

interface Published {
  diagnostics: Diagnostic[];
  /** What was sent; compared (as JSON, computed when first needed) to decide whether a re-check must be sent again. */
  lsp: LspDiagnostic[];
  key?: string;
  /** What the diagnostics were computed from: a partial re-check may reuse them only when all three are unchanged. */
  doc?: ParsedDocument;
  today?: string;
  config?: ResolvedConfig;
  /** Rules that threw on this document (bugs), shown as one located error diagnostic. */
  failed?: string[];
}

/** A queued background re-check: every rule (`undefined`), or only these rule ids. */
type Pending = ReadonlySet<string> | undefined;

export class DiagnosticsPublisher {
  private readonly primary = new Set<string>();
  private readonly secondary = new Map<string, Pending>();
  /** Rule lists of partial re-checks, by the set of ids (a few distinct sets at most). */
  private readonly ruleLists = new WeakMap<ReadonlySet<string>, Rule[]>();
  private scheduled = false;
  /** The background re-check under way (files of other documents), for the timing log. */
  private pass: { started: number; files: number; changed: number } | undefined;
  private readonly published = new Map<string, Published>();
  private midnight: NodeJS.Timeout | undefined;
  private lastToday: string;
  /** What was already shown to the user: rule failures ("rule\0uri") and unused config files ("config\0uri\0reason"), once each, not once per keystroke. */
  private readonly announced = new Set<string>();

  constructor(private readonly ctx: ServerContext) {
    this.lastToday = ctx.today();
    ctx.onChanged((p, s, scope) => this.enqueue(p, s, scope));
    ctx.onRemoved((uri) => this.clear(uri));
    ctx.onConfigFiles((files) => this.publishConfig(files));
  }

  /** A .goalplan.yaml is checked like any other file (YAML syntax, schema, unknown rule names). */
  private publishConfig(files: string[]): void {
    const reports = new Map(this.ctx.config.configReports(files).map((r) => [r.path, r]));
    for (const file of files) {
      const uri = fileUri(file);
      const r = reports.get(file);
      if (!r) {
        this.clear(uri);
        continue;
      }
      const lsp = r.diagnostics.map((d) => this.toLsp(r, d));
      this.published.set(uri, { diagnostics: r.diagnostics, lsp });
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: lsp });
      this.configUnused(uri, r.error);
    }
  }

  /**
   * A .goalplan.yaml whose settings are not used (a link out of the folder, or unreadable) is
   * shown to the user once per file and reason, not only logged: otherwise the clinician would
   * believe rules were configured that are not. The message names the file and the reason only.
   */
  private configUnused(uri: string, error: string | undefined): void {
    const prefix = `config\0${uri}\0`;
    if (!error) {
      for (const key of [...this.announced]) if (key.startsWith(prefix)) this.announced.delete(key);
      return;
    }
    const where = this.ctx.relative(uri);
    const message = error === 'EOUTSIDE' ? refusedConfigMessage(where) : `${where} cannot be read (${error}); its settings are not used`;
    this.ctx.log(`config ${message}`);
    if (this.announced.has(prefix + error)) return;
    this.announced.add(prefix + error);
    void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `GoalPlan: ${message}.` });
  }

  /** The core diagnostics last published for a file (code actions read their fixes). */
  current(uri: string): readonly Diagnostic[] {
    return this.published.get(uri)?.diagnostics ?? [];
  }

  enqueue(primary: Iterable<string>, secondary: Iterable<string> = [], scope?: ChangeScope): void {
    for (const u of primary) {
      this.primary.add(u);
      this.secondary.delete(u); // the full check as primary covers it
    }
    for (const u of secondary) {
      if (this.primary.has(u)) continue;
      const kind = scope ? this.ctx.get(u)?.kind : undefined;
      const only = kind ? scope?.[kind] : undefined;
      this.queueSecondary(u, only);
    }
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Queues a background re-check; a full one absorbs partial ones, partial ones add up. */
  private queueSecondary(uri: string, only: Pending): void {
    if (!this.secondary.has(uri)) {
      this.secondary.set(uri, only);
      return;
    }
    const queued = this.secondary.get(uri);
    if (queued === undefined) return;
    if (only === undefined) {
      this.secondary.set(uri, undefined);
      return;
    }
    let union = true;
    for (const id of only) if (!queued.has(id)) union = false;
    if (!union) this.secondary.set(uri, new Set([...queued, ...only]));
  }

  /** Everything again (today changed, settings changed). */
  refreshAll(): void {
    this.enqueue([], this.ctx.workspace.all().map((d) => d.uri));
  }

  private flush(): void {
    this.scheduled = false;
    const primary = [...this.primary];
    this.primary.clear();
    for (const uri of primary) this.publish(uri, true);
    if (this.secondary.size === 0 && this.pass === undefined) return;
    // The edited file is out. Its siblings follow one per turn of the event loop: between two
    // files the server reads new messages, so the next keystroke (a new primary, answered
    // first) waits for one file's check at most, never for the re-check of a whole client.
    if (primary.length === 0) {
      this.pass ??= { started: Date.now(), files: 0, changed: 0 };
      const next = this.secondary.entries().next();
      if (!next.done) {
        const [uri, only] = next.value;
        this.secondary.delete(uri);
        this.pass.files++;
        if (this.publish(uri, false, only)) this.pass.changed++;
      }
    }
    if (this.secondary.size > 0 || this.primary.size > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
      return;
    }
    // A background pass is complete: log its size and time (file counts only).
    const pass = this.pass;
    this.pass = undefined;
    const ms = pass ? Date.now() - pass.started : 0;
    if (pass && (pass.files > 50 || ms > 100)) this.ctx.log(`re-checked ${pass.files} files (${pass.changed} changed) in ${ms} ms (${heapText()})`);
  }

  /**
   * Lints and publishes one file; returns true when something was sent. `only`: the rule ids
   * that may have changed their mind; the other findings are reused when the last check was of
   * the same document, today and configuration (else everything is checked).
   */
  private publish(uri: string, always: boolean, only?: ReadonlySet<string>): boolean {
    const doc = this.ctx.get(uri);
    if (!doc) {
      this.clear(uri);
      return true;
    }
    const today = this.ctx.today();
    const config = this.ctx.configFor(uri);
    const prev = this.published.get(uri);
    const failed: string[] = [];
    const opts = {
      today,
      configFor: () => config,
      onRuleError: (rule: Rule, u: string, error: unknown) => {
        failed.push(rule.id);
        this.ruleFailed(rule.id, u, error);
      },
    };
    let diagnostics: Diagnostic[];
    if (only && prev && prev.doc === doc && prev.today === today && prev.config === config) {
      const fresh = lintDocument(doc, this.ctx.workspace, { ...opts, rules: this.rulesOf(only) });
      diagnostics = prev.diagnostics.filter((d) => !only.has(d.rule)).concat(fresh).sort(byPosition);
      failed.push(...(prev.failed ?? []).filter((id) => !only.has(id)));
    } else {
      diagnostics = lintDocument(doc, this.ctx.workspace, opts);
    }
    const lsp = diagnostics.map((d) => this.toLsp(doc, d));
    if (failed.length) lsp.unshift(internalError(failed));
    const version = this.ctx.open.get(uri)?.version;
    const next: Published = { diagnostics, lsp, doc, today, config, failed };
    this.published.set(uri, next);
    // Unchanged files are not sent again; a file never published with nothing to say stays silent.
    // The edited file is always sent: no comparison (its JSON is built only if a later re-check needs it).
    if (!always && (prev ? keyOf(prev) === keyOf(next) : lsp.length === 0)) return false;
    void this.ctx.connection.sendDiagnostics({ uri, version, diagnostics: lsp });
    return true;
  }

  /**
   * A rule threw (a bug): logged and announced once per rule and file (window/showMessage), while
   * the file carries a located error diagnostic for as long as the rule keeps failing on it.
   * Names the rule, the file and the error kind: never the note text or the error's message.
   */
  private ruleFailed(rule: string, uri: string, error: unknown): void {
    const key = `${rule}\0${uri}`;
    if (this.announced.has(key)) return;
    this.announced.add(key);
    const where = this.ctx.relative(uri);
    this.ctx.log(`internal error: rule ${rule} failed on ${where} (${error instanceof Error ? error.name : 'error'})`);
    // A notification (window/showMessage), not a request: nothing to await, nothing to reject.
    void this.ctx.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Error,
      message: `GoalPlan internal error: rule ${rule} failed on ${where}. Its findings there are missing; please report this bug.`,
    });
  }

  private rulesOf(ids: ReadonlySet<string>): Rule[] {
    let rules = this.ruleLists.get(ids);
    if (!rules) {
      rules = allRules.filter((r) => ids.has(r.id));
      this.ruleLists.set(ids, rules);
    }
    return rules;
  }

  private clear(uri: string): void {
    if (!this.published.delete(uri)) return;
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private toLsp(doc: { lineStarts: number[] }, d: Diagnostic): LspDiagnostic {
    return toLspDiagnostic(this.ctx, doc, d);
  }

  /**
   * Date rules (GP202, GP203, GP205, GP306, ...) depend on today: re-check everything at the next
   * local midnight, unless a fixed `today` is configured.
   */
  scheduleMidnight(): void {
    if (this.midnight) clearTimeout(this.midnight);
    this.midnight = setTimeout(() => {
      this.midnight = undefined;
      this.todayMayHaveChanged();
      this.scheduleMidnight();
    }, msUntilNextLocalDay(new Date()));
    this.midnight.unref?.();
  }

  /** Re-checks everything when the effective today differs from the one last used. */
  todayMayHaveChanged(): void {
    const today = this.ctx.today();
    if (today === this.lastToday) return;
    this.ctx.log(`today is now ${today}${this.ctx.todayOverride ? ' (setting)' : ` (local ${localToday()})`}; re-checking date rules`);
    this.lastToday = today;
    this.refreshAll();
  }

  dispose(): void {
    if (this.midnight) clearTimeout(this.midnight);
  }
}

/**
 * Milliseconds from `now` to one second after the next local midnight (never less than a second,
 * so a clock change cannot make the timer spin). Local, not UTC: "today" is the local date.
 */
export function msUntilNextLocalDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return Math.max(1000, next.getTime() - now.getTime());
}

/** The located error a file gets while a rule fails on it: at the file's start, naming the rules. */
function internalError(rules: readonly string[]): LspDiagnostic {
  const ids = [...new Set(rules)].sort().join(', ');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    source: SOURCE,
    message: `GoalPlan internal error: rule ${ids} failed on this file, so its findings here are incomplete. Please report this bug.`,
  };
}

function keyOf(p: Published): string {
  p.key ??= JSON.stringify(p.lsp);
  return p.key;
}
