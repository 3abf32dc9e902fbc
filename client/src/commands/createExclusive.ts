// Creating a new note file without ever replacing one: each candidate name is opened with
// O_CREAT | O_EXCL ('wx'), so a file that appears between any check and the write is never
// overwritten (no check-then-write race); the next free name (`-2`, `-3`, ...) is taken instead.
// Plain Node (no vscode import), so it is unit-tested directly.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes `text` to `file`, or to `<name>-2.md`, `-3`... when taken; returns the path written. */
export async function createExclusive(file: string, text: string): Promise<string> {
  const dir = path.dirname(file);
  await fs.promises.mkdir(dir, { recursive: true });
  const base = path.basename(file).replace(/\.md$/, '');
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? file : path.join(dir, `${base}-${n}.md`);
    try {
      await fs.promises.writeFile(candidate, text, { encoding: 'utf8', flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`too many notes named ${base} already`);
}
