// The editor features on the connection: each handler finds the document in the workspace
// model, calls the pure feature (../services/) and returns its answer. Besides the guard
// (guard.ts: wait for the index, refuse after shutdown) nothing else happens here, so what a feature answers is tested without a server (test/unit/lsp/) and the stdio
// suite (test/lsp/) tests the protocol.
import type {
  CodeActionParams, CompletionParams, DefinitionParams, DocumentSymbolParams, HoverParams, PrepareRenameParams,
  ReferenceParams, RenameParams,
} from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import type { DiagnosticsPublisher } from '../diagnostics';
import { getCodeActions } from '../services/codeActions';
import { doComplete } from '../services/completion';
import { doHover } from '../services/hover';
import { doRename, findDefinition, findReferences, prepareRename } from '../services/navigation';
import { findDocumentSymbols } from '../services/symbols';
import { indexed, live } from './guard';

export function registerLanguageFeatures(ctx: ServerContext, diagnostics: DiagnosticsPublisher): void {
  const { connection } = ctx;
  connection.onCompletion(indexed(ctx, (p: CompletionParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? doComplete(ctx, doc, p.position) : null;
  }));
  connection.onHover(indexed(ctx, (p: HoverParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? doHover(ctx, doc, p.position) : null;
  }));
  connection.onDefinition(indexed(ctx, (p: DefinitionParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? findDefinition(ctx, doc, p.position) : null;
  }));
  connection.onReferences(indexed(ctx, (p: ReferenceParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? findReferences(ctx, doc, p.position, p.context.includeDeclaration) : null;
  }));
  connection.onPrepareRename(indexed(ctx, (p: PrepareRenameParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? prepareRename(ctx, doc, p.position) : null;
  }));
  connection.onRenameRequest(indexed(ctx, (p: RenameParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? doRename(ctx, doc, p.position, p.newName) : null;
  }));
  connection.onDocumentSymbol(live(ctx, (p: DocumentSymbolParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? findDocumentSymbols(ctx, doc) : null;
  }));
  connection.onCodeAction(indexed(ctx, (p: CodeActionParams) => {
    const doc = ctx.get(p.textDocument.uri);
    return doc ? getCodeActions(ctx, doc, diagnostics.current(doc.uri), p.range, p.context) : null;
  }));
}
