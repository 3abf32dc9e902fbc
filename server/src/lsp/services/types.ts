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
 * (clientFeatures.ts). Every flag is false when the client did not say so.
 */
export interface ClientFeatures {
  /** workspace.workspaceEdit.documentChanges: versioned edits. */
  documentChanges: boolean;
}
