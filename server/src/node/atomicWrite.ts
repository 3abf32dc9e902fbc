// Atomic rewrite of a file the user owns (CLI --fix): the new text goes to a temp file in the
// same folder (created O_EXCL | O_NOFOLLOW under an unpredictable name), is fsynced, gets the
// original's mode and owner, and is renamed over the original. The original is never opened for
// writing, so a crash at any point leaves either the old or the new file, never a half-written
// one. Before the rename the file on disk is compared with the snapshot taken when it was read:
// if someone changed it in between, nothing is written.
//
// What a rename would silently change is refused or kept instead:
//   - a symlink: the link's target is rewritten (temp file next to the target), the link stays;
//   - a file with several hard links: refused (a rename would split them into two diverging
//     files, and writing the shared inode in place could not be atomic);
//   - a read-only file (no write bit, or not writable by us): refused, it was made so on purpose;
//   - another owner or group: the temp file is chowned to them first (root can); when that is
//     not allowed, refused rather than handing the note to us.
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

/** A write refused because it would change more than the text (links, permissions, owner). */
export class WriteRefusedError extends Error {
  constructor(readonly file: string, readonly code: 'EHARDLINK' | 'EREADONLY' | 'EOWNER', readonly reason: string) {
    super(`${file}: ${reason}; not written`);
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

export function writeFileAtomic(linkOrFile: string, text: string, opts: AtomicWriteOptions): void {
  const bytes = Buffer.from(text, 'utf8');
  // Through a symlink: the target is the file to rewrite; the link itself is left as it is.
  let file: string;
  try {
    file = fs.realpathSync(linkOrFile);
  } catch {
    throw new FileChangedError(linkOrFile);
  }
  const current = statOrUndefined(file);
  if (!current || !sameAsSnapshot(file, current, opts.expected)) throw new FileChangedError(linkOrFile);
  refuseUnsafe(linkOrFile, file, current);
  const mode = opts.mode ?? current.mode & 0o7777;
  const dir = path.dirname(file);
  // A dot-name in the same folder (same file system, so rename is atomic), unique and exclusive.
  const tmp = path.join(dir, `.${path.basename(file)}.goalplan-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    keepOwner(fd, linkOrFile, current);
    fs.fchmodSync(fd, mode);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // Last check as late as possible: the window for a lost concurrent edit is this one syscall.
    const again = statOrUndefined(file);
    if (!again || !sameAsSnapshot(file, again, opts.expected)) throw new FileChangedError(linkOrFile);
    refuseUnsafe(linkOrFile, file, again);
    (opts.ops ?? realOps).rename(tmp, file);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  syncDir(dir);
}

/** Refuses what a rename over `file` would break: hard links, a read-only file. */
function refuseUnsafe(shown: string, file: string, st: fs.Stats): void {
  if (st.nlink > 1) throw new WriteRefusedError(shown, 'EHARDLINK', `it has ${st.nlink} hard links, which a rewrite would split`);
  let writable = (st.mode & 0o222) !== 0;
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new WriteRefusedError(shown, 'EREADONLY', 'it is read-only');
}

/** Gives the temp file the original's owner and group (a rename would otherwise make them ours). */
function keepOwner(fd: number, shown: string, st: fs.Stats): void {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const gid = typeof process.getgid === 'function' ? process.getgid() : undefined;
  if (uid === undefined) return; // Windows: no POSIX owners
  if (st.uid === uid && st.gid === gid) return;
  try {
    fs.fchownSync(fd, st.uid, st.gid);
  } catch {
    throw new WriteRefusedError(shown, 'EOWNER', 'it belongs to another user or group, which a rewrite would change');
  }
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
