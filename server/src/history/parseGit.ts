// Parsers for the machine-readable git outputs the reader asks for. Pure functions over bytes,
// so they are tested without git. All formats are NUL-separated (-z): paths arrive verbatim,
// whatever they contain (spaces, quotes, newlines, leading dashes, non-ASCII).

/** Header fields our `git log --format` prints, in order, each NUL-terminated. */
export const LOG_FORMAT = '%x01%H%x00%an%x00%ae%x00%aI%x00%cI%x00%s%x00';
const HEADER_FIELDS = 6;

export interface RawChange {
  /** A added, M modified, D deleted, R renamed (with similarity), T type change. */
  status: 'A' | 'M' | 'D' | 'R' | 'T' | 'C' | 'U' | 'X';
  srcMode: string;
  dstMode: string;
  srcBlob: string;
  dstBlob: string;
  /** Path before (renames/copies) and after. */
  srcPath: string;
  path: string;
}

export interface LogCommit {
  id: string;
  author: string;
  authorEmail: string;
  authoredAt: string;
  committedAt: string;
  subject: string;
  changes: RawChange[];
}

const RAW = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/;

/** Parses `git log -z --raw --format=LOG_FORMAT` output. */
export function parseLog(out: Buffer | string): LogCommit[] {
  const text = typeof out === 'string' ? out : out.toString('utf8');
  const tokens = text.split('\0');
  const commits: LogCommit[] = [];
  let i = 0;
  let current: LogCommit | undefined;
  while (i < tokens.length) {
    const tok = tokens[i].replace(/^\n+/, '');
    if (tok.startsWith('\x01')) {
      const f = tokens.slice(i, i + HEADER_FIELDS);
      if (f.length < HEADER_FIELDS) break;
      current = {
        id: tok.slice(1), author: f[1], authorEmail: f[2], authoredAt: f[3], committedAt: f[4], subject: f[5], changes: [],
      };
      commits.push(current);
      i += HEADER_FIELDS;
      continue;
    }
    const m = RAW.exec(tok);
    if (m && current) {
      const status = m[5] as RawChange['status'];
      const two = status === 'R' || status === 'C';
      const srcPath = tokens[i + 1] ?? '';
      const path = two ? tokens[i + 2] ?? '' : srcPath;
      current.changes.push({ status, srcMode: m[1], dstMode: m[2], srcBlob: m[3], dstBlob: m[4], srcPath, path });
      i += two ? 3 : 2;
      continue;
    }
    i++; // empty trailing token or anything unexpected
  }
  return commits;
}

export interface StatusEntry {
  /** Path relative to the repository top level. */
  path: string;
  state: 'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted';
}

/** Parses `git status --porcelain=v2 -z` (entries 1, 2, u, ?; ignored and headers skipped). */
export function parseStatusV2(out: Buffer | string): StatusEntry[] {
  const text = typeof out === 'string' ? out : out.toString('utf8');
  const tokens = text.split('\0');
  const entries: StatusEntry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.startsWith('1 ')) {
      // 1 XY sub mH mI mW hH hI path
      const parts = splitN(t, 9);
      entries.push({ path: parts[8], state: stateOf(parts[1]) });
    } else if (t.startsWith('2 ')) {
      // 2 XY sub mH mI mW hH hI Xscore path \0 origPath
      const parts = splitN(t, 10);
      entries.push({ path: parts[9], state: 'renamed' });
      i++; // the original path
    } else if (t.startsWith('u ')) {
      const parts = splitN(t, 11);
      entries.push({ path: parts[10], state: 'conflicted' });
    } else if (t.startsWith('? ')) {
      entries.push({ path: t.slice(2), state: 'untracked' });
    }
  }
  return entries;
}

function stateOf(xy: string): StatusEntry['state'] {
  if (xy.includes('D')) return 'deleted';
  if (xy[0] === 'A') return 'added';
  if (xy.includes('R')) return 'renamed';
  return 'modified';
}

/** Splits on the first n-1 spaces; the last part keeps its spaces (it is a path). */
function splitN(s: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  for (let k = 0; k < n - 1; k++) {
    const sp = rest.indexOf(' ');
    if (sp === -1) break;
    out.push(rest.slice(0, sp));
    rest = rest.slice(sp + 1);
  }
  out.push(rest);
  return out;
}

/**
 * Incremental parser of `git cat-file --batch` output: "<oid> <type> <size>\n<bytes>\n" or
 * "<oid> missing\n". Feed chunks; objects are delivered in request order.
 */
export class CatFileBatchParser {
  // Chunks are kept as a list and joined only when a whole header or object is there, so a
  // large blob arriving in many small chunks is copied once, not once per chunk.
  private chunks: Buffer[] = [];
  private length = 0;
  private pending: { oid: string; size: number } | undefined;

  constructor(private readonly onObject: (oid: string, content: Buffer | undefined) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    for (;;) {
      if (this.pending) {
        if (this.length < this.pending.size + 1) return;
        const buf = this.take();
        const { oid, size } = this.pending;
        this.pending = undefined;
        this.keep(buf.subarray(size + 1));
        this.onObject(oid, Buffer.from(buf.subarray(0, size)));
        continue;
      }
      // Not inside an object: what is buffered is a header plus the start of what follows (small).
      const buf = this.take();
      const nl = buf.indexOf(0x0a);
      if (nl === -1) {
        this.keep(buf);
        return;
      }
      const parts = buf.subarray(0, nl).toString('utf8').split(' ');
      this.keep(buf.subarray(nl + 1));
      if (parts.length === 3 && /^\d+$/.test(parts[2])) this.pending = { oid: parts[0], size: Number(parts[2]) };
      else this.onObject(parts[0], undefined); // "<oid> missing" / "ambiguous"
      if (this.length === 0) return;
    }
  }

  private take(): Buffer {
    const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    this.chunks = [];
    this.length = 0;
    return buf;
  }

  private keep(rest: Buffer): void {
    if (rest.length > 0) {
      this.chunks = [rest];
      this.length = rest.length;
    }
  }
}
