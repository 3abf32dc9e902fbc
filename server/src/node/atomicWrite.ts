// Atomic rewrite of a file the user owns (CLI --fix): the new text goes to a temp file in the
// same folder, is fsynced, gets the original's mode, and is renamed over the original. The
// original is never opened for writing, so a crash at any point leaves either the old or the
// new file, never a half-written one. Before the rename the file on disk is compared with the
// snapshot taken when it was read: if someone changed it in between, nothing is written.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashBytes, type FileSnapshot } from './readFile';

export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
  constructor(readonly file: string) {
    super(`${file} changed on disk since it was read; not written`);
  }
}

/** File system operations used by the write, replaceable in tests to simulate a crash. */
export interface WriteOps {
  rename(from: string, to: string): void;
}

const realOps: WriteOps = { rename: (a, b) => fs.renameSync(a, b) };

export interface AtomicWriteOptions {
  /** The file as it was when read; the write is refused when the disk no longer matches it. */
  expected: FileSnapshot;
  /** Mode bits to keep (default: the current file's). */
  mode?: number;
  ops?: WriteOps;
}

export function writeFileAtomic(file: string, text: string, opts: AtomicWriteOptions): void {
  const bytes = Buffer.from(text, 'utf8');
  const current = statOrUndefined(file);
  if (!current || !sameAsSnapshot(file, current, opts.expected)) throw new FileChangedError(file);
  const mode = opts.mode ?? current.mode & 0o7777;
  const dir = path.dirname(file);
  // A dot-name in the same folder (same file system, so rename is atomic), unique and exclusive.
  const tmp = path.join(dir, `.${path.basename(file)}.goalplan-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fchmodSync(fd, mode);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // Last check as late as possible: the window for a lost concurrent edit is this one syscall.
    const again = statOrUndefined(file);
    if (!again || !sameAsSnapshot(file, again, opts.expected)) throw new FileChangedError(file);
    (opts.ops ?? realOps).rename(tmp, file);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  syncDir(dir);
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Same size and the same content hash (an mtime alone can be touched without a change, or kept across one). */
function sameAsSnapshot(file: string, st: fs.Stats, snap: FileSnapshot): boolean {
  return st.size === snap.size && hashBytes(fs.readFileSync(file)) === snap.hash;
}

/** fsync the folder so the rename itself survives a power loss (best effort: not every platform allows it). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows and some file systems refuse fsync on a folder; the rename is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
