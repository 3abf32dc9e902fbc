// Test helpers: lint a set of in-memory files exactly as the CLI and server do (same parse,
// same Workspace, same lint function), and apply fixes.
import { parse as parseYaml } from 'yaml';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { mergeConfig } from '../../server/src/core/config/merge';
import type { ResolvedConfig } from '../../server/src/core/config/types';
import { lintAll } from '../../server/src/core/lint';
import { Workspace } from '../../server/src/core/model/workspace';
import { parseDocument } from '../../server/src/core/parse/document';
import { ruleNames } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/rules/types';
import type { Diagnostic, Fix, TextEdit } from '../../server/src/core/types';

export interface LintFilesOptions {
  today?: string;
  /** A `.goalplan.yaml` text, or a resolved config. */
  config?: string | ResolvedConfig;
  /** Only these rules (default: every rule). */
  rules?: readonly Rule[];
}

export function configFromYaml(text: string): ResolvedConfig {
  return mergeConfig(defaultConfig(), parseYaml(text), ruleNames);
}

/**
 * Lints in-memory files (path -> text). Returns every diagnostic of every file, in path order.
 * A rule that throws fails the calling test (a crashed rule reports nothing, which would
 * otherwise read as "passes the near-miss fixture").
 */
export function lintFiles(files: Record<string, string>, opts: LintFilesOptions = {}): Diagnostic[] {
  const config = typeof opts.config === 'string' ? configFromYaml(opts.config) : opts.config ?? defaultConfig();
  const ws = new Workspace();
  for (const [path, text] of Object.entries(files)) ws.set(parseDocument(path, text, { maxFileSize: config.maxFileSize }));
  const result = lintAll(ws, {
    today: opts.today ?? '2026-11-26',
    configFor: () => config,
    rules: opts.rules,
    onRuleError: (rule, uri, error) => {
      throw new RuleCrashed(`rule ${rule.id} threw on ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    },
  });
  return [...result.keys()].sort().flatMap((k) => result.get(k)!);
}

/** Applies non-overlapping edits to a text (from the end, so offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].span.end > sorted[i - 1].span.start) throw new Error('overlapping edits');
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** Strips «…» markers and returns the clean text with the marked spans. */
export function stripMarkers(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  const stack: number[] = [];
  for (const ch of marked) {
    if (ch === '«') stack.push(text.length);
    else if (ch === '»') {
      const start = stack.pop();
      if (start === undefined) throw new Error('unbalanced » marker');
      spans.push({ start, end: text.length });
    } else text += ch;
  }
  if (stack.length) throw new Error('unbalanced « marker');
  return { text, spans: spans.sort((a, b) => a.start - b.start) };
}

/** Thrown by lintFiles when a rule throws. */
export class RuleCrashed extends Error {
  override name = 'RuleCrashed';
}
