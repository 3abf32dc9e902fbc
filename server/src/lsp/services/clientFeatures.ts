// The client capabilities the features act on, read once from `initialize`: a client gets only
// what it said it supports (Neovim, Helix and Emacs clients announce less than VS Code).
import type { ClientCapabilities } from 'vscode-languageserver';
import type { ClientFeatures } from './types';

export function clientFeatures(caps: ClientCapabilities): ClientFeatures {
  return {
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
  };
}

/** Before `initialize` (and for a client that announces nothing). */
export function noClientFeatures(): ClientFeatures {
  return clientFeatures({});
}
