// A core diagnostic as the LSP sends it: range, severity, rule id as code, and the rule's
// offline docs page as codeDescription. The publisher (../diagnostics.ts) decides when to send;
// code actions send the same shape back with their fixes.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../../core/types';
import { toRange } from '../convert';
import type { ServiceContext } from './types';

export const SOURCE = 'goalplan';

export function toLspDiagnostic(ctx: Pick<ServiceContext, 'ruleDocHref' | 'features'>, doc: { lineStarts: number[] }, d: Diagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toRange(doc, d.span),
    severity: SEVERITY[d.severity],
    code: d.rule,
    source: SOURCE,
    message: d.message,
  };
  // The rule's docs page, for clients that show it (publishDiagnostics.codeDescriptionSupport).
  const href = ctx.features.codeDescription ? ctx.ruleDocHref(d.rule) : undefined;
  if (href) out.codeDescription = { href };
  return out;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};
