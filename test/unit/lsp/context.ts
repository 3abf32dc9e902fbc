// A ServiceContext over an in-memory clinic, for calling the language features as plain
// functions: no server, no connection, no files on disk. Documents are parsed by the core
// parser, exactly as the server's index parses them.
import type { Position } from 'vscode-languageserver-protocol';
import { defaultConfig } from '../../../server/src/core/config/defaults';
import { mergeConfig } from '../../../server/src/core/config/merge';
import type { ResolvedConfig } from '../../../server/src/core/config/types';
import { Workspace } from '../../../server/src/core/model/workspace';
import { parseDocument } from '../../../server/src/core/parse/document';
import { ruleByName, ruleNames } from '../../../server/src/core/rules';
import type { ParsedDocument } from '../../../server/src/core/types';
import { clientFeatures } from '../../../server/src/lsp/services/clientFeatures';
import type { ClientFeatures, ServiceContext } from '../../../server/src/lsp/services/types';
import { cursor, FULL_CAPABILITIES } from '../../lsp/harness';

export const ROOT = '/clinic';
export const uriOf = (rel: string): string => `file://${ROOT}/${rel}`;

export interface TestContext extends ServiceContext {
  /** Parses `text` as `rel` into the workspace (replacing what was there) and returns it. */
  put(rel: string, text: string): ParsedDocument;
  doc(rel: string): ParsedDocument;
}

export interface ContextOptions {
  today?: string;
  /** A .goalplan.yaml's content (as parsed YAML) over the built-in configuration. */
  config?: unknown;
  /** Capabilities as the client would send them in `initialize` (default: a full-featured client's). */
  capabilities?: Parameters<typeof clientFeatures>[0];
  initializationOptions?: Parameters<typeof clientFeatures>[1];
  /** Versions of the documents the editor has open. */
  open?: Record<string, number>;
}

export function testContext(files: Record<string, string>, opts: ContextOptions = {}): TestContext {
  const workspace = new Workspace();
  const config: ResolvedConfig = opts.config ? mergeConfig(defaultConfig(), opts.config, ruleNames) : defaultConfig();
  const features: ClientFeatures = clientFeatures(opts.capabilities ?? FULL_CAPABILITIES, opts.initializationOptions);
  const ctx: TestContext = {
    workspace,
    roots: [ROOT],
    features,
    configFor: () => config,
    today: () => opts.today ?? '2026-11-26',
    relative: (uri) => uri.slice(`file://${ROOT}/`.length),
    versionOf: (uri) => Object.entries(opts.open ?? {}).find(([rel]) => uriOf(rel) === uri)?.[1],
    ruleDocHref: (id) => {
      const rule = ruleByName(id);
      return rule ? `file:///goalplan/${rule.docs}` : undefined;
    },
    put(rel, text) {
      const doc = parseDocument(uriOf(rel), text);
      workspace.set(doc);
      return doc;
    },
    doc(rel) {
      const d = workspace.get(uriOf(rel));
      if (!d) throw new Error(`${rel} is not in the workspace`);
      return d;
    },
  };
  for (const [rel, text] of Object.entries(files)) ctx.put(rel, text);
  return ctx;
}

/** Puts a text with one `|` cursor marker into the workspace; returns the document, its text and the marker's position. */
export function marked(ctx: TestContext, rel: string, textWithMarker: string): { doc: ParsedDocument; text: string; position: Position } {
  const { text, position } = cursor(textWithMarker);
  return { doc: ctx.put(rel, text), text, position };
}
