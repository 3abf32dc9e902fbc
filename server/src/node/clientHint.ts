// A cheap guess of a file's client from the head of its front matter, without parsing: used to
// put all files of one client into the same worker. A wrong guess costs time, never
// correctness: the CLI checks the real clients afterwards and re-lints any client that was split.
import * as fs from 'node:fs';

const HEAD = 4096;
const CLIENT = /^client:[ \t]*(?:"([^"\\\r\n]*)"|'([^'\r\n]*)'|([^\s"'#&*!|>{[][^\r\n#]*?))[ \t]*(?:#[^\r\n]*)?\r?$/m;

export interface Hint {
  client: string | undefined;
  size: number;
}

export function clientHint(file: string): Hint {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(Math.min(HEAD, size));
    const n = buf.length ? fs.readSync(fd, buf, 0, buf.length, 0) : 0;
    return { client: clientIn(buf.toString('utf8', 0, n)), size };
  } catch {
    return { client: undefined, size: 0 };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function clientIn(head: string): string | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(head);
  if (!open) return undefined;
  const rest = head.slice(open[0].length);
  const close = /^---[ \t]*\r?$/m.exec(rest);
  const fm = close ? rest.slice(0, close.index) : rest;
  const m = CLIENT.exec(fm);
  if (!m) return undefined;
  const v = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  return v === '' ? undefined : v;
}
