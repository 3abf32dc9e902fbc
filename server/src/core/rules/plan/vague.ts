// Finding configured phrases in a goal statement (GP101's vague phrases, GP114's absolutes):
// whole words, case-insensitive, any run of whitespace (including a folded line break) between
// words.
import { perObject } from '../../cache';
import type { ParsedDocument, Span, YamlRegion } from '../../types';

export interface VagueHit {
  phrase: string;
  /** Where the phrase sits in the document, or the statement value span when it cannot be located 1:1. */
  span: Span;
  /** True when `span` covers exactly the phrase's words (a replacement fix is then safe to offer). */
  exact: boolean;
  /** The matched words as written (for keeping capitalisation in the fix). */
  written: string;
}

const WORD = '[\\p{L}\\p{N}_]';
/** SPEC 5.8: GP114's words are delimited by non-alphanumerics, so `100%` and `never_` match. */
export const ALPHANUMERIC = '[\\p{L}\\p{N}]';

/** `word`: the characters a phrase must not touch on either side (a regexp character class). */
export function phraseRegExp(phrase: string, word: string = WORD): RegExp | undefined {
  const words = phrase.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return undefined;
  return new RegExp(`(?<!${word})${words.join('\\s+')}(?!${word})`, 'giu');
}

function matches(re: RegExp, s: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * Every occurrence of every phrase in `statement`. The source text of the statement value is
 * searched the same way; when it holds exactly as many occurrences as the parsed value (plain,
 * quoted and block scalars without escapes), each hit gets its exact word span.
 */
export function findVaguePhrases(doc: ParsedDocument, region: YamlRegion, statement: string, phrases: readonly string[], word?: string): VagueHit[] {
  let valueSpan: Span | undefined;
  let source = '';
  const out: VagueHit[] = [];
  for (const { key, re } of compiledPhrases(phrases, word)) {
    const inValue = matches(re, statement);
    if (inValue.length === 0) continue;
    if (!valueSpan) {
      valueSpan = region.rangeOf(['statement']);
      source = doc.text.slice(valueSpan.start, valueSpan.end);
    }
    const inSource = matches(re, source);
    if (inSource.length === inValue.length) {
      for (const m of inSource) {
        out.push({ phrase: key, span: { start: valueSpan.start + m.index, end: valueSpan.start + m.index + m[0].length }, exact: true, written: m[0] });
      }
    } else {
      out.push({ phrase: key, span: valueSpan, exact: false, written: inValue[0][0] });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * True when the statement holds any of the phrases: the test findVaguePhrases would fail on
 * every goal without a hit, kept per goal object (a goal block unchanged by an edit keeps it),
 * phrase list and statement, so typing in a 200-goal plan tests the edited goal's statement only.
 */
export function hasAnyPhrase(goal: object, statement: string, phrases: readonly string[], word?: string): boolean {
  return perObject(goal, `any-phrase:${word ?? WORD}`, () => compiledPhrases(phrases, word).some(({ re }) => matches(re, statement).length > 0), [phrases, statement]);
}

/**
 * The configured phrases as regular expressions, first spelling of each phrase only, compiled
 * once per phrase list (the list is the resolved configuration's, kept while it lives): compiling
 * them for every goal statement of a 200-goal plan on every keystroke was most of GP114's time.
 */
function compiledPhrases(phrases: readonly string[], word: string = WORD): ReadonlyArray<{ key: string; re: RegExp }> {
  return perObject(phrases, `phrase-regexps:${word}`, () => {
    const seen = new Set<string>();
    const out: Array<{ key: string; re: RegExp }> = [];
    for (const phrase of phrases) {
      if (typeof phrase !== 'string') continue;
      const key = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const re = phraseRegExp(phrase, word);
      if (re) out.push({ key, re });
    }
    return out;
  });
}
