// Open documents with incremental sync: each contentChange becomes one core applyEdit, so an edit
// inside a goal block re-parses only that block (the hot path of typing in a 200-goal plan).
// The parsed document replaces the disk copy in the shared Workspace while the file is open;
// on close the disk copy is read back (unsaved edits are not what the workspace holds).
import {
  TextDocumentSyncKind, type TextDocumentSyncOptions, type DidChangeTextDocumentParams, type DidCloseTextDocumentParams, type DidOpenTextDocumentParams,
} from 'vscode-languageserver/node';
import { applyEdit, parseDocument } from '../core/parse/document';
import type { ParsedDocument } from '../core/types';
import { readInside } from '../node/readFile';
import { fsPath, type ServerContext } from './context';
import { toSpan } from './convert';

export const textDocumentSync: TextDocumentSyncOptions = {
  openClose: true,
  change: TextDocumentSyncKind.Incremental,
};

export function registerDocuments(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onDidOpenTextDocument((p: DidOpenTextDocumentParams) => {
    if (!isMarkdown(p.textDocument.uri, p.textDocument.languageId)) return;
    ctx.open.set(p.textDocument.uri, { version: p.textDocument.version });
    const current = ctx.get(p.textDocument.uri);
    // Opening a file whose disk copy is already indexed with the same text changes nothing.
    if (current && current.text === p.textDocument.text) {
      ctx.changed([p.textDocument.uri]);
      return;
    }
    ctx.update(parse(ctx, p.textDocument.uri, p.textDocument.text));
  });

  connection.onDidChangeTextDocument((p: DidChangeTextDocumentParams) => {
    const uri = p.textDocument.uri;
    const open = ctx.open.get(uri);
    let doc = ctx.get(uri);
    if (!open || !doc) return;
    open.version = p.textDocument.version;
    const opts = { maxFileSize: ctx.configFor(uri).maxFileSize };
    for (const change of p.contentChanges) {
      if ('range' in change && change.range) doc = applyEdit(doc, { span: toSpan(doc, change.range), newText: change.text }, opts);
      else doc = parseDocument(uri, change.text, opts);
    }
    ctx.update(doc);
  });

  connection.onDidCloseTextDocument((p: DidCloseTextDocumentParams) => {
    const uri = p.textDocument.uri;
    if (!ctx.open.delete(uri)) return;
    const disk = readDisk(ctx, uri);
    if (disk === undefined) return ctx.remove(uri);
    const doc = disk.text === ctx.get(uri)?.text ? ctx.get(uri)! : parseDisk(ctx, uri, disk);
    // A closed file that is not a goal file need not stay in memory (the index keeps goal files only).
    if (!worthKeeping(doc)) ctx.remove(uri);
    else if (doc !== ctx.get(uri)) ctx.update(doc);
  });
}

export function parse(ctx: ServerContext, uri: string, text: string): ParsedDocument {
  return parseDocument(uri, text, { maxFileSize: ctx.configFor(uri).maxFileSize });
}

/** True when a parsed file has something to say (takes part, near miss, or too large). */
export function worthKeeping(doc: ParsedDocument): boolean {
  return doc.kind !== undefined || doc.nearMissKind !== undefined;
}

/**
 * A file's text from disk, through the shared reader (node/readFile.ts readInside): only a
 * regular file whose real path is inside a workspace folder, and only its head when it is over
 * the size limit (checked on the open descriptor before reading). Anything else reads as absent.
 */
export function readDisk(ctx: ServerContext, uri: string): { text: string; size: number } | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const r = readInside(fsPath(uri), ctx.roots, ctx.configFor(uri).maxFileSize);
    return { text: r.text, size: r.size };
  } catch {
    return undefined;
  }
}

/** Parses what readDisk returned (its size decides GP004 when only the head was read). */
export function parseDisk(ctx: ServerContext, uri: string, disk: { text: string; size: number }): ParsedDocument {
  return parseDocument(uri, disk.text, { maxFileSize: ctx.configFor(uri).maxFileSize, size: disk.size });
}

function isMarkdown(uri: string, languageId: string): boolean {
  return languageId === 'markdown' || /\.(md|markdown)$/i.test(uri);
}
