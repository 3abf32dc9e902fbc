// The workspace index: every Markdown file under the workspace folders is read and parsed once at
// start (so a session's plan is known before anyone opens it), then kept current by the file
// watcher (workspace/didChangeWatchedFiles). Files open in the editor are owned by documents.ts:
// the watcher never overwrites their unsaved text. A .goalplan.yaml change re-resolves config
// and re-parses everything (maxFileSize may have changed) before the diagnostics refresh.
import * as path from 'node:path';
import { discover, isWithin } from '../node/discover';
import {
  DidChangeWatchedFilesNotification, FileChangeType, type DidChangeWatchedFilesParams,
} from 'vscode-languageserver/node';
import { parseDocument } from '../core/parse/document';
import { fileUri, fsPath, type ServerContext } from './context';
import { CONFIG_FILE } from './configStore';
import { parseDisk, readDisk, worthKeeping } from './documents';
import { heapText } from './memory';

/** Files read per turn of the event loop, so requests are answered while a large clinic indexes. */
const BATCH = 200;


export async function indexWorkspace(ctx: ServerContext, roots: readonly string[]): Promise<string[]> {
  const end = ctx.beginIndex();
  const progress = indexProgress(ctx);
  try {
    return await readAll(ctx, roots);
  } finally {
    progress.done();
    end();
  }
}

/**
 * A work-done progress "Indexing" while the index is built, for clients that support it
 * (window.workDoneProgress): requests wait for the index, and the user sees why. The index
 * never waits for the client to accept the token.
 */
function indexProgress(ctx: ServerContext): { done(): void } {
  if (!ctx.features.workDoneProgress) return { done: () => undefined };
  let finished = false;
  let reporter: { done(): void } | undefined;
  ctx.connection.window.createWorkDoneProgress().then((r) => {
    r.begin('GoalPlan', undefined, 'Indexing goal plans and session notes', false);
    reporter = r;
    if (finished) r.done();
  }, () => ctx.log('the client refused a progress token; indexing without one'));
  return {
    done: () => {
      finished = true;
      reporter?.done();
    },
  };
}

async function readAll(ctx: ServerContext, roots: readonly string[]): Promise<string[]> {
  const started = Date.now();
  const files: string[] = [];
  const configFiles: string[] = [];
  for (const root of roots) {
    // Shared with the CLI: skips .git/node_modules, keeps symlinks inside the folder, applies include/exclude.
    const found = discover([root], { boundary: root, configFor: (f) => ctx.config.configFor(f) });
    files.push(...found.files);
    configFiles.push(...found.configFiles);
    // A .goalplan.yaml that links out of the folder is not followed, but it is reported: the
    // config check refuses it by name (EOUTSIDE) and the user is told its settings are not used.
    for (const s of found.skipped) if (s.reason === 'outside-workspace' && path.basename(s.path) === CONFIG_FILE) configFiles.push(s.path);
  }
  ctx.configFilesChanged(configFiles);
  const indexed: string[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    batch.forEach((file) => {
      const uri = fileUri(file);
      if (ctx.open.has(uri)) return;
      const disk = readDisk(ctx, uri);
      if (disk === undefined) return;
      const doc = parseDisk(ctx, uri, disk);
      if (!worthKeeping(doc)) return;
      // Set without per-file change events: one refresh for the whole index below.
      ctx.workspace.set(doc);
      indexed.push(uri);
    });
    await new Promise((r) => setImmediate(r));
  }
  ctx.indexMs = Date.now() - started;
  ctx.log(`indexed ${indexed.length} goal files of ${files.length} Markdown files in ${ctx.indexMs} ms (${heapText()})`);
  ctx.changed([], indexed);
  return indexed;
}

/** Asks the client to watch goal files and config files (when it supports dynamic registration). */
export async function registerWatchers(ctx: ServerContext): Promise<void> {
  await ctx.connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: `**/${CONFIG_FILE}` }],
  });
}

export function registerIndexer(ctx: ServerContext): void {
  ctx.connection.onDidChangeWatchedFiles((p: DidChangeWatchedFilesParams) => {
    if (p.changes.length) ctx.diskChanged();
    let configChanged = false;
    for (const change of p.changes) {
      const file = fsPath(change.uri);
      if (path.basename(file) === CONFIG_FILE) {
        // Only configuration inside a workspace folder is read (a client may name any path).
        if (!ctx.roots.some((r) => isWithin(file, r))) continue;
        configChanged = true;
        ctx.config.invalidate(file);
        ctx.configFilesChanged([file]);
        ctx.log(`config ${ctx.relative(change.uri)} ${changeName(change.type)}`);
        continue;
      }
      if (!/\.(md|markdown)$/i.test(file) || ctx.open.has(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        ctx.remove(change.uri);
        continue;
      }
      const disk = readDisk(ctx, change.uri);
      if (disk === undefined) {
        ctx.remove(change.uri);
        continue;
      }
      if (ctx.get(change.uri)?.text === disk.text) continue;
      const doc = parseDisk(ctx, change.uri, disk);
      if (worthKeeping(doc)) ctx.update(doc);
      else ctx.remove(change.uri);
    }
    if (configChanged) reparseAll(ctx);
  });
}

/** After a config change: every document again under its new configuration (file size limit), then re-lint all. */
export function reparseAll(ctx: ServerContext): void {
  const uris: string[] = [];
  for (const doc of ctx.workspace.all()) {
    // A file over the old limit was read only as far as its head: read it again under the new one.
    const disk = doc.tooLarge && !ctx.open.has(doc.uri) ? readDisk(ctx, doc.uri) : undefined;
    const next = disk ? parseDisk(ctx, doc.uri, disk) : parseDocument(doc.uri, doc.text, { maxFileSize: ctx.configFor(doc.uri).maxFileSize });
    if (Boolean(next.tooLarge) !== Boolean(doc.tooLarge)) ctx.workspace.set(next);
    uris.push(doc.uri);
  }
  ctx.changed([], uris);
}

function changeName(t: FileChangeType): string {
  return t === FileChangeType.Created ? 'created' : t === FileChangeType.Deleted ? 'deleted' : 'changed';
}
