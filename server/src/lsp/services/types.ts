// What every language feature may read: the workspace model, the configuration of a file,
// "today", and what the client said it supports (as plain data). The features in this folder
// are pure functions of this context, a document and a position: they never touch the
// connection, so they are unit-tested as plain functions (test/unit/lsp/). The handlers
// (../handlers/) fetch the document, call a feature and send its answer.
import type { ResolvedConfig } from '../../core/config/types';
import type { Workspace } from '../../core/model/workspace';

export interface ServiceContext {
  readonly workspace: Workspace;
  configFor(uri: string): ResolvedConfig;
  /** "Today" (SPEC 1.4) as YYYY-MM-DD. */
  today(): string;
  /** A workspace-relative path for messages. */
  relative(uri: string): string;
  /** Workspace folders (absolute paths), first one first. */
  readonly roots: readonly string[];
  /** The version of an open document (undefined when closed). */
  versionOf(uri: string): number | undefined;
  /** The offline docs link of a rule (a file URI into the installed package), if it has one. */
  ruleDocHref(ruleId: string): string | undefined;
  readonly features: ClientFeatures;
}

/**
 * The client capabilities the features act on, read once from `initialize`
 * (clientFeatures.ts). Every flag is false when the client did not say so: a client gets only
 * what it announced (Neovim, Helix and Emacs clients announce less than VS Code).
 */
export interface ClientFeatures {
  /** workspace.workspaceEdit.documentChanges: versioned edits. */
  documentChanges: boolean;
  /** textDocument.hover.contentFormat lists markdown (else hovers are plain text). */
  hoverMarkdown: boolean;
  /** completion.completionItem.documentationFormat lists markdown. */
  completionMarkdown: boolean;
  /** completion.completionItem.snippetSupport (else snippets are inserted as plain text). */
  snippets: boolean;
  /**
   * workspace.workspaceEdit.snippetEditSupport (LSP 3.18) with documentChanges: a code action may
   * carry a SnippetTextEdit (tab stops), which only a TextDocumentEdit can hold. Without it the
   * snippet fixes (GP209, GP210) are not offered.
   */
  snippetEdits: boolean;
  /** completion.completionItem.labelDetailsSupport. */
  labelDetails: boolean;
  /** publishDiagnostics.codeDescriptionSupport: the rule's docs link on each diagnostic. */
  codeDescription: boolean;
  /** codeAction.isPreferredSupport. */
  preferredCodeActions: boolean;
  /** documentSymbol.hierarchicalDocumentSymbolSupport (else a flat SymbolInformation list). */
  hierarchicalSymbols: boolean;
  /** window.workDoneProgress: the server may create progress tokens (indexing). */
  workDoneProgress: boolean;
  /**
   * GoalPlan's own `goalplan/didChangeProgress` notification, sent only to a client that opts
   * in: initializationOptions.didChangeProgress or capabilities.experimental.goalplan.didChangeProgress.
   */
  didChangeProgress: boolean;
}
