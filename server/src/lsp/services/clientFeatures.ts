// The client capabilities the features act on, read once from `initialize`: a client gets only
// what it said it supports (Neovim, Helix and Emacs clients announce less than VS Code).
import { MarkupKind, type ClientCapabilities } from 'vscode-languageserver';
import type { GoalPlanExperimentalCapabilities, GoalPlanInitOptions } from '../../shared/lspProtocol';
import type { ClientFeatures } from './types';

export function clientFeatures(caps: ClientCapabilities, init: GoalPlanInitOptions = {}): ClientFeatures {
  const td = caps.textDocument;
  const item = td?.completion?.completionItem;
  const experimental = (caps.experimental as GoalPlanExperimentalCapabilities | undefined)?.goalplan;
  return {
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    hoverMarkdown: td?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true,
    completionMarkdown: item?.documentationFormat?.includes(MarkupKind.Markdown) === true,
    snippets: item?.snippetSupport === true,
    snippetEdits: caps.workspace?.workspaceEdit?.snippetEditSupport === true && caps.workspace.workspaceEdit.documentChanges === true,
    labelDetails: item?.labelDetailsSupport === true,
    codeDescription: td?.publishDiagnostics?.codeDescriptionSupport === true,
    preferredCodeActions: td?.codeAction?.isPreferredSupport === true,
    hierarchicalSymbols: td?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    workDoneProgress: caps.window?.workDoneProgress === true,
    didChangeProgress: init.didChangeProgress === true || experimental?.didChangeProgress === true,
  };
}

/** Before `initialize` (and for a client that announces nothing). */
export function noClientFeatures(): ClientFeatures {
  return clientFeatures({});
}
