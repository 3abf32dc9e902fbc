// Writing a CLI output file (`--out`): never over something goalplan did not create. A new file
// is created without clobbering (temp file, then a hard link to the name, which fails when the
// name exists: no check-then-write race). An existing file is replaced (temp + rename) only when
// it is an earlier output of the same command (it carries that command's generator mark) or
// `--force` is given; a goal file (a plan or note) is never replaced, --force or not, and neither
// is anything that is not a regular file (a symlink, a folder, a device).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../core/parse/document';

export class OutputRefusedError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

export interface OutFileOptions {
  /** Replace an existing file that is not a goal file (--force). */
  force: boolean;
  /** A mark that an existing file is an earlier output of this command (e.g. its generator meta tag). */
  ownMark?: string;
  /** Called after the temp file is written, before it takes the name (tests create a rival file here). */
  beforePlace?: () => void;
}

/** How much of an existing file is read to recognise it (a goal file's front matter, a report's head). */
const HEAD = 64 * 1024;

export function writeOutFile(file: string, text: string, opts: OutFileOptions): void {
  const existing = lstatOrUndefined(file);
  if (existing) {
    if (!existing.isFile()) throw new OutputRefusedError(file, 'it exists and is not a regular file');
    const head = readHead(file);
    const doc = parseDocument(file, head);
    if (doc.kind !== undefined || doc.nearMissKind !== undefined) throw new OutputRefusedError(file, 'it is a goal file (a plan or session note), which goalplan never overwrites');
    const own = opts.ownMark !== undefined && head.includes(opts.ownMark);
    if (!own && !opts.force) throw new OutputRefusedError(file, 'it exists and was not written by goalplan; use --force to replace it');
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.goalplan-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // Readable by the owner only: reports hold PHI.
    fs.writeFileSync(tmp, text, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    opts.beforePlace?.();
    if (existing) fs.renameSync(tmp, file);
    else {
      try {
        fs.linkSync(tmp, file); // fails with EEXIST when the name appeared meanwhile: nothing clobbered
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputRefusedError(file, 'it was created by someone else while the report was written');
        throw error;
      }
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}

function readHead(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    const buf = Buffer.alloc(HEAD);
    const n = fs.readSync(fd, buf, 0, HEAD, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
