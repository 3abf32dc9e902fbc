// Which files a webview message may open. A webview shows text from files; treat what it posts
// like input from a web page: `openLocation` opens only an existing regular file inside one of
// the workspace folders, after resolving `..` and symlinks, and only GoalPlan's Markdown files.
import * as fs from 'node:fs';
import * as path from 'node:path';

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function real(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/**
 * The real path to open, or undefined when `fsPath` is not a Markdown file inside a folder.
 * `folders` are the workspace folders' file system paths.
 */
export function allowedTarget(fsPath: string, folders: readonly string[]): string | undefined {
  if (!path.isAbsolute(fsPath) || /[\0]/.test(fsPath)) return undefined;
  if (!/\.(md|markdown)$/i.test(fsPath)) return undefined;
  const target = real(path.resolve(fsPath));
  if (!target) return undefined;
  try {
    if (!fs.statSync(target).isFile()) return undefined;
  } catch {
    return undefined;
  }
  for (const f of folders) {
    const root = real(path.resolve(f));
    // Both the path as given and its real path must be inside: a link inside the folder that
    // leads out of it is refused, as discovery refuses it.
    if (root && inside(target, root) && inside(path.resolve(fsPath), path.resolve(f))) return target;
  }
  return undefined;
}
