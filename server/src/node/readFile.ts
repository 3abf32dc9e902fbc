// Safe file reading for the CLI and the language server: the size is checked before anything
// is read, so a 100 MB file never lands in memory whole (GP004 only needs its head), invalid
// UTF-8 is decoded with replacement characters instead of throwing, and the caller learns
// whether the text round-trips to the same bytes (when it does not, a fix must never write it).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { isWithin } from './discover';

/** How much of an oversized file is read: enough to see its front matter and `kind`. */
export const HEAD_BYTES = 64 * 1024;

export interface FileSnapshot {
  path: string;
  /** Bytes on disk when read (the whole file's size, even when only its head was read). */
  size: number;
  mtimeMs: number;
  /** sha256 of the bytes read (the whole file unless `truncated`). */
  hash: string;
}

export interface ReadResult extends FileSnapshot {
  text: string;
  /** True when the file exceeded maxFileSize and only its first HEAD_BYTES were read. */
  truncated: boolean;
  /** True when `text` encodes back to exactly the bytes on disk (valid UTF-8): safe to rewrite. */
  lossless: boolean;
  /** File mode bits, for writes that keep them. */
  mode: number;
}

// ignoreBOM keeps a leading BOM in the text: the parser skips it, and a rewrite keeps it.
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Opened without blocking (a FIFO would otherwise wait forever for a writer) and, when asked,
 * without following a final symlink; what was opened is then checked on the descriptor itself
 * (fstat: no race between the check and the read).
 */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/**
 * Reads a file for linting. Throws only on I/O errors (ENOENT, EACCES...); anything but a
 * regular file (a folder, /dev/zero, a FIFO, a socket) is refused with ENOTREG before a byte is
 * read, and a file over maxFileSize is read only as far as its head (HEAD_BYTES).
 */
export function readFileSafe(path: string, maxFileSize: number, opts: { noFollow?: boolean } = {}): ReadResult {
  const fd = fs.openSync(path, OPEN_FLAGS | (opts.noFollow ? NOFOLLOW : 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: st.isDirectory() ? 'EISDIR' : 'ENOTREG' });
    const truncated = st.size > maxFileSize;
    const want = truncated ? Math.min(HEAD_BYTES, st.size) : st.size;
    const bytes = readExactly(fd, want, truncated);
    const { text, lossless } = decode(bytes);
    return { path, text, size: truncated ? st.size : bytes.length, mtimeMs: st.mtimeMs, hash: hashBytes(bytes), truncated, lossless: lossless && !truncated, mode: st.mode & 0o7777 };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads `want` bytes (a file may grow or shrink while read: take what is there, up to EOF). */
function readExactly(fd: number, want: number, headOnly: boolean): Buffer {
  let buf = Buffer.allocUnsafe(Math.max(want, 1));
  let got = 0;
  for (;;) {
    if (got === buf.length) {
      if (headOnly) break;
      // The file grew since stat: keep reading to EOF so the hash covers what we parse.
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, got);
      buf = bigger;
    }
    const n = fs.readSync(fd, buf, got, buf.length - got, got);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
}

export function decode(bytes: Uint8Array): { text: string; lossless: boolean } {
  try {
    return { text: strictDecoder.decode(bytes), lossless: true };
  } catch {
    return { text: decoder.decode(bytes), lossless: false };
  }
}

/** The current state of a file on disk, to compare with a snapshot taken when it was read. */
export function snapshotOf(path: string): FileSnapshot {
  const bytes = fs.readFileSync(path);
  const st = fs.statSync(path);
  return { path, size: bytes.length, mtimeMs: st.mtimeMs, hash: hashBytes(bytes) };
}

/**
 * The one reader for files a client names (the language server's watcher and close handlers):
 * the file's real path (links resolved) must lie inside one of `roots` (real paths too), so no
 * link leads out of the workspace; then readFileSafe on that real path, not following a link
 * swapped in since. Throws EOUTSIDE for a file outside every root.
 */
export function readInside(file: string, roots: readonly string[], maxFileSize: number): ReadResult {
  const real = fs.realpathSync(file);
  if (!roots.some((r) => isWithin(real, realRoot(r)))) throw Object.assign(new Error(`outside the workspace: ${file}`), { code: 'EOUTSIDE' });
  return readFileSafe(real, maxFileSize, { noFollow: true });
}

const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let r = realRoots.get(root);
  if (r === undefined) {
    try {
      r = fs.realpathSync(root);
    } catch {
      r = root;
    }
    if (realRoots.size > 1000) realRoots.clear();
    realRoots.set(root, r);
  }
  return r;
}
