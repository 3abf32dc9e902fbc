// The language client library, bundled on its own (dist/client/lspClientLibrary.js) and loaded
// one turn after activate(): compiling it is most of the extension's start-up cost, and the
// activation budget (50 ms, docs/PERFORMANCE.md) leaves no room for it.
export { CloseAction, LanguageClient, RevealOutputChannelOn, TransportKind } from 'vscode-languageclient/node';
