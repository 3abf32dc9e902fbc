// Which fixes reach a file, for every front end: one fix (a quick fix), or the first safe fix of
// each diagnostic together (fix-all in the editor, each pass of `--fix`). Both go through
// verifyEdits; a refused fix is reported with its reason and never applied.
import type { Diagnostic, Fix, ParsedDocument, TextEdit } from '../types';
import { editsOverlap } from './apply';
import { snippetToPlain } from './snippetText';
import { verifyEdits, type VerifyOptions } from './verify';

export interface DroppedFix {
  rule: string;
  title: string;
  reason: string;
}

export interface CombinedFixes {
  /** The edits to apply (empty when nothing is left). */
  edits: TextEdit[];
  /** The text after the edits (the input when none). */
  text: string;
  /** The re-parsed result (undefined when no edit is applied). */
  doc: ParsedDocument | undefined;
  /** The diagnostics whose fix is in `edits`. */
  fixed: Diagnostic[];
  dropped: DroppedFix[];
}

/** True when `f` is a safe fix that edits only the diagnostic's own file (never an editor-only snippet). */
export function isSameFileSafe(f: Fix, uri: string): boolean {
  return f.safe && !f.snippet && (!f.uri || f.uri === uri) && f.edits.length > 0;
}

/** A snippet fix as plain text: its tab stops empty, its escapes undone (edits/snippetText.ts). */
export function plainFix(f: Fix): Fix {
  return f.snippet ? { ...f, snippet: false, edits: f.edits.map((e) => ({ ...e, newText: snippetToPlain(e.newText) })) } : f;
}

/** The reason a single fix may not be applied, or undefined when it is sound. */
export function checkFix(doc: ParsedDocument, fix: Fix, opts: VerifyOptions = {}): string | undefined {
  if (fix.uri && fix.uri !== doc.uri) return 'it edits another file';
  if (hasInnerOverlap(fix.edits)) return 'its edits overlap';
  const v = verifyEdits(doc, fix.edits, opts);
  return v.ok ? undefined : v.reason;
}

/** The fixes of `fixes` that pass checkFix (for quick fixes), and the refused ones with reasons. */
export function soundFixes(doc: ParsedDocument, d: Diagnostic, opts: VerifyOptions = {}): { fixes: Fix[]; dropped: DroppedFix[] } {
  const fixes: Fix[] = [];
  const dropped: DroppedFix[] = [];
  for (const f of d.fixes ?? []) {
    // A snippet holds `$1` tab stops for the clinician: it is verified as inserted with every
    // stop left empty (what leaving the snippet at once leaves in the file).
    const reason = checkFix(doc, f.snippet ? plainFix(f) : f, opts);
    if (reason) dropped.push({ rule: d.rule, title: f.title, reason });
    else fixes.push(f);
  }
  return { fixes, dropped };
}

export interface CombineOptions extends VerifyOptions {
  /** Turns a fix's edits into the ones written (the CLI writes inserted line breaks in the file's own style). */
  prepare?: (edits: readonly TextEdit[]) => TextEdit[];
}

/**
 * The first safe same-file fix of each diagnostic, in diagnostic order, skipping any that overlaps
 * one already taken (it waits for the next --fix pass). The set is verified as a whole; when the
 * whole fails, fixes are added one at a time and each that makes the result fail is dropped.
 */
export function combineFixes(doc: ParsedDocument, diags: readonly Diagnostic[], opts: CombineOptions = {}): CombinedFixes {
  const { candidates, taken, dropped } = selectFixes(diags, doc.uri, opts.prepare);
  const none: CombinedFixes = { edits: [], text: doc.text, doc: undefined, fixed: [], dropped };
  if (candidates.length === 0) return none;
  const all = verifyEdits(doc, taken, opts);
  if (all.ok) return { edits: taken, text: all.text, doc: all.doc, fixed: candidates.map((c) => c.d), dropped };

  let result: CombinedFixes = none;
  const kept: TextEdit[] = [];
  for (const c of candidates) {
    const v = verifyEdits(doc, [...kept, ...c.fix.edits], opts);
    if (!v.ok) {
      // Name the fix's own fault when it fails alone too; else it clashes with one kept before.
      const alone = kept.length === 0 ? v : verifyEdits(doc, c.fix.edits, opts);
      dropped.push({ rule: c.d.rule, title: c.fix.title, reason: alone.ok ? `together with another fix, ${v.reason}` : alone.reason });
      continue;
    }
    kept.push(...c.fix.edits);
    result = { edits: [...kept], text: v.text, doc: v.doc, fixed: [...result.fixed, c.d], dropped };
  }
  return { ...result, dropped };
}

/**
 * The selection step alone (no verification): the first safe same-file fix of each diagnostic,
 * in order, skipping any that overlaps one already taken or whose own edits overlap.
 */
export function selectFixes(diags: readonly Diagnostic[], uri: string, prepare: (edits: readonly TextEdit[]) => TextEdit[] = (e) => [...e]) {
  const candidates: Array<{ d: Diagnostic; fix: Fix }> = [];
  const taken: TextEdit[] = [];
  const dropped: DroppedFix[] = [];
  for (const d of diags) {
    if (d.uri !== uri) continue;
    const found = d.fixes?.find((f) => isSameFileSafe(f, uri));
    if (!found) continue;
    const fix = { ...found, edits: prepare(found.edits) };
    if (hasInnerOverlap(fix.edits)) {
      dropped.push({ rule: d.rule, title: fix.title, reason: 'its edits overlap' });
      continue;
    }
    if (fix.edits.some((e) => taken.some((t) => editsOverlap(e, t)))) continue;
    taken.push(...fix.edits);
    candidates.push({ d, fix });
  }
  return { candidates, taken, dropped };
}

function hasInnerOverlap(edits: readonly TextEdit[]): boolean {
  return edits.some((e, i) => edits.some((o, j) => i !== j && editsOverlap(e, o)));
}
