// Linear-time glob matching for `include` / `exclude` (.goalplan.yaml comes from whoever wrote
// the repository). Regex-based matchers (picomatch, minimatch) backtrack: `*a*a*a*a*a*b` against
// a 200-character name took 97 s. Here a glob is matched by simulating its automaton on a set of
// states instead of trying alternatives one after another:
// - inside a path segment, the states are positions in the segment's token list; each character
//   of the name advances every live state at once, so a segment costs at most
//   (name length + 1) x (tokens + 1) steps, whatever the stars;
// - across segments, the states are positions in the list of pattern segments (`**` keeps its
//   state alive over any number of path segments), so a path costs at most
//   (path segments) x (pattern segments) segment matches.
// No step ever revisits an earlier choice, so the work is bounded by the product of the two
// lengths: linear in the name for a fixed pattern. Brace alternatives `{a,b}` are expanded first,
// at most MAX_ALTERNATIVES of them (beyond that the braces are taken literally).
//
// Syntax (what docs/format.md lists): `*` any characters but `/`; `?` one character but `/`;
// `**` as a whole segment any number of segments (also none); `[abc]`, `[a-z]`, `[!a]`/`[^a]`;
// `{a,b}`; `\` escapes the next character; a leading `!` negates. Dot files are matched like
// any other (a `.github` folder is not special). A pattern without `/` matches the file name at
// any depth (like .gitignore).

export const MAX_ALTERNATIVES = 256;

type Token =
  | { t: 'char'; c: string }
  | { t: 'any' } // ?
  | { t: 'star' } // *
  | { t: 'class'; negated: boolean; items: Array<[string, string]> };

type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

export interface GlobMatcher {
  (path: string): boolean;
  /** The steps the last call took (for the linearity test). */
  lastSteps: number;
}

/** Compiles a glob into a matcher of '/'-separated relative paths. */
export function compileGlob(glob: string): GlobMatcher {
  let pattern = glob;
  let negated = false;
  while (pattern.startsWith('!') && !pattern.startsWith('!(')) {
    negated = !negated;
    pattern = pattern.slice(1);
  }
  while (pattern.startsWith('./')) pattern = pattern.slice(2);
  const baseOnly = !pattern.includes('/');
  const alternatives = expandBraces(pattern).map(compileSegments);
  const matcher = ((path: string) => {
    const counter = { steps: 0 };
    const subject = baseOnly ? path.slice(path.lastIndexOf('/') + 1) : path;
    const parts = subject.split('/');
    let hit = false;
    for (const segs of alternatives) {
      if (matchSegments(segs, parts, counter)) {
        hit = true;
        break;
      }
    }
    matcher.lastSteps = counter.steps;
    return hit !== negated;
  }) as GlobMatcher;
  matcher.lastSteps = 0;
  return matcher;
}

function compileSegments(pattern: string): Segment[] {
  const out: Segment[] = [];
  for (const raw of splitUnescaped(pattern)) {
    if (raw === '**') {
      if (!out.at(-1) || !(out.at(-1) as Segment).globstar) out.push({ globstar: true });
    } else {
      out.push({ globstar: false, tokens: tokenize(raw) });
    }
  }
  return out;
}

/** Splits at `/` not preceded by an escaping backslash. */
function splitUnescaped(pattern: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      cur += c + pattern[++i];
    } else if (c === '/') {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

function tokenize(seg: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\' && i + 1 < seg.length) tokens.push({ t: 'char', c: seg[++i] });
    else if (c === '?') tokens.push({ t: 'any' });
    else if (c === '*') {
      // Consecutive stars inside a segment are one star (a `**` that is not a whole segment is `*`).
      if (tokens.at(-1)?.t !== 'star') tokens.push({ t: 'star' });
    } else if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else tokens.push({ t: 'char', c });
    } else tokens.push({ t: 'char', c });
  }
  return tokens;
}

/** `[...]` starting at `start`; undefined when unterminated (then `[` is a literal). */
function parseClass(seg: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  let negated = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negated = true;
    i++;
  }
  const items: Array<[string, string]> = [];
  let first = true;
  for (; i < seg.length; i++) {
    let c = seg[i];
    if (c === ']' && !first) return { token: { t: 'class', negated, items }, end: i };
    first = false;
    if (c === '\\' && i + 1 < seg.length) c = seg[++i];
    if (seg[i + 1] === '-' && i + 2 < seg.length && seg[i + 2] !== ']') {
      let hi = seg[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < seg.length) hi = seg[++i];
      items.push([c, hi]);
    } else items.push([c, c]);
  }
  return undefined;
}

function tokenAccepts(tok: Token, c: string): boolean {
  switch (tok.t) {
    case 'char': return tok.c === c;
    case 'any': return true;
    case 'star': return true;
    case 'class': {
      const inside = tok.items.some(([lo, hi]) => c >= lo && c <= hi);
      return inside !== tok.negated;
    }
  }
}

/**
 * One path segment against one pattern segment: a set of live token positions, advanced one
 * character at a time (Thompson's simulation). `live[k]` = the first k tokens match the prefix.
 */
function matchSegment(tokens: readonly Token[], text: string, counter: { steps: number }): boolean {
  const n = tokens.length;
  let live = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  live[0] = 1;
  closeStars(tokens, live, counter);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      counter.steps++;
      if (!live[k]) continue;
      const tok = tokens[k];
      if (!tokenAccepts(tok, c)) continue;
      // A star consumes the character and stays; every other token moves on.
      if (tok.t === 'star') next[k] = 1;
      else next[k + 1] = 1;
      any = true;
    }
    if (!any) return false;
    closeStars(tokens, next, counter);
    [live, next] = [next, live];
  }
  return live[n] === 1;
}

/** A star may also match nothing: a live star position makes the position after it live. */
function closeStars(tokens: readonly Token[], live: Uint8Array, counter: { steps: number }): void {
  for (let k = 0; k < tokens.length; k++) {
    counter.steps++;
    if (live[k] && tokens[k].t === 'star') live[k + 1] = 1;
  }
}

/** Path segments against pattern segments, with `**` matching any number of segments. */
function matchSegments(segs: readonly Segment[], parts: readonly string[], counter: { steps: number }): boolean {
  const n = segs.length;
  let live = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  live[0] = 1;
  closeGlobstars(segs, live);
  for (const part of parts) {
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      counter.steps++;
      if (!live[k]) continue;
      const seg = segs[k];
      if (seg.globstar) {
        next[k] = 1;
        any = true;
      } else if (matchSegment(seg.tokens, part, counter)) {
        next[k + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    closeGlobstars(segs, next);
    [live, next] = [next, live];
  }
  return live[n] === 1;
}

function closeGlobstars(segs: readonly Segment[], live: Uint8Array): void {
  for (let k = 0; k < segs.length; k++) if (live[k] && segs[k].globstar) live[k + 1] = 1;
}

/**
 * `{a,b}` alternatives (nested too), expanded left to right; more than MAX_ALTERNATIVES (a
 * pattern like `{a,b}{a,b}...` doubles each time) leaves the pattern as written.
 */
export function expandBraces(pattern: string): string[] {
  let out = [pattern];
  for (;;) {
    const grown: string[] = [];
    let changed = false;
    for (const p of out) {
      const b = firstBrace(p);
      if (!b) {
        grown.push(p);
        continue;
      }
      changed = true;
      for (const alt of b.alternatives) grown.push(p.slice(0, b.start) + alt + p.slice(b.end + 1));
      if (grown.length > MAX_ALTERNATIVES) return [pattern];
    }
    out = grown;
    if (!changed) return out;
  }
}

/** The first top-level `{...}` holding a comma, with its comma-separated parts. */
function firstBrace(p: string): { start: number; end: number; alternatives: string[] } | undefined {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] !== '{') continue;
    let depth = 0;
    const cuts: number[] = [];
    for (let j = i; j < p.length; j++) {
      const c = p[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          if (cuts.length === 0) break; // `{x}` without a comma is literal
          const bounds = [i, ...cuts, j];
          const alternatives = bounds.slice(1).map((end, k) => p.slice(bounds[k] + 1, end));
          return { start: i, end: j, alternatives };
        }
      } else if (c === ',' && depth === 1) cuts.push(j);
    }
  }
  return undefined;
}
