// GP309: a note body nearly identical to another session's is the copy-paste red flag of
// documentation audits (DOMAIN.md). Compared only with the same client's other sessions: a
// caseload-wide comparison would be quadratic (12,000 notes = 72 million pairs), and copying
// happens within a client's chart.
import { perObject } from '../../cache';
import type { Span } from '../../types';
import { defineRule } from '../types';
import { bodyOf, fingerprint, jaccardAtLeast, type Fingerprint } from './noteFingerprint';

export const duplicateNote = defineRule({
  id: 'GP309',
  alias: 'duplicate-note',
  description: "note body nearly identical to another session's (copy-paste)",
  defaultSeverity: 'info',
  appliesTo: 'session-log',
  fixable: false,
  defaultOptions: { threshold: 0.9, shingleSize: 3, minWords: 20 },
  check(ctx) {
    const s = ctx.doc.session;
    const client = s?.client;
    if (!s || typeof client !== 'string') return;
    const threshold = num(ctx.options.threshold, 0.9, 0, 1);
    const k = Math.round(num(ctx.options.shingleSize, 3, 1, 20));
    const minWords = num(ctx.options.minWords, 20, 0, Number.MAX_SAFE_INTEGER);
    // Computed once per document and shingle size, however many notes compare against it.
    const fp = (d: typeof ctx.doc): Fingerprint => ctx.workspace.memo(d, `GP309:fingerprint:${k}`, () => fingerprint(bodyOf(d), k));
    const mine = fp(ctx.doc);
    if (mine.words < minWords || mine.shingles.length === 0) return;
    const sessions = ctx.workspace.sessionsOf(client);
    // The closest other note depends on this note and the client's notes alone: the session list
    // is the same array until a note of the client changes (model/workspace.ts), so a plan edit,
    // which re-checks every note of the client, does not compare them all again.
    const best = perObject(ctx.doc, 'GP309:closest', (): { uri: string; date: unknown; sim: number } | undefined => {
      let closest: { uri: string; date: unknown; sim: number } | undefined;
      for (const other of sessions) {
        if (other.uri === ctx.doc.uri) continue;
        const theirs = fp(other);
        if (theirs.words < minWords) continue;
        // Jaccard can reach the threshold only when the smaller set is at least threshold × the larger.
        const m = mine.shingles.length, t = theirs.shingles.length;
        if (Math.min(m, t) < threshold * Math.max(m, t)) continue;
        const sim = jaccardAtLeast(mine.shingles, theirs.shingles, threshold);
        if (sim >= threshold && (!closest || sim > closest.sim)) closest = { uri: other.uri, date: other.session?.date, sim };
      }
      return closest;
    }, [sessions, threshold, k, minWords]);
    if (!best) return;
    const name = best.uri.split(/[\\/]/).pop();
    const when = typeof best.date === 'string' ? `the session of ${best.date} (${name})` : name;
    ctx.report({
      span: firstBodyLine(ctx.doc.text, ctx.doc.bodySpan),
      message: `This note is nearly identical to ${when}: ${Math.floor(best.sim * 100)}% of its word sequences are shared; was it copied?`,
      data: { other: best.uri, similarity: best.sim },
    });
  },
});

function num(v: unknown, dflt: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : dflt;
}

/** The first non-blank line of the body, without its indentation and line break. */
function firstBodyLine(text: string, body: Span): Span {
  const re = /[^\s][^\r\n]*/g;
  re.lastIndex = body.start;
  const m = re.exec(text);
  if (!m || m.index >= body.end) return { start: body.start, end: body.start };
  return { start: m.index, end: Math.min(body.end, m.index + m[0].trimEnd().length) };
}
