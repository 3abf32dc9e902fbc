// The GoalPlan language server. Transport comes from the command line, as vscode-languageserver
// reads it: `--node-ipc` when the VS Code extension starts it, `--stdio` for Neovim, Helix,
// Emacs and any other LSP client (`goalplan-language-server --stdio`).
//
// Other editors: Neovim `vim.lsp.start({ name = 'goalplan', cmd = { 'goalplan-language-server', '--stdio' },
// filetypes = { 'markdown' } })`; Helix languages.toml `[language-server.goalplan] command =
// "goalplan-language-server", args = ["--stdio"]`; Emacs eglot `(add-to-list
// 'eglot-server-programs '(markdown-mode "goalplan-language-server" "--stdio"))`.
// initializationOptions {trusted?, today?, settings?, didChangeProgress?} (shared/lspProtocol.ts) are optional.
//
// One workspace model (context.ts); the editor features are pure functions over it
// (services/*, one module per feature) wired to the connection by thin handlers (handlers/*). Logs carry file names, rule ids
// and timings only: never note text (notes are PHI).
import { inspect } from 'node:util';
import {
  type MessageReader, createConnection, DidChangeConfigurationNotification, ProposedFeatures, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { isWithin } from '../node/discover';
import { injectRuleFaultsFromEnv } from '../node/faults';
import type { GoalPlanInitOptions, GoalPlanSettings } from '../shared/lspProtocol';
import { fsPath, ServerContext } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { registerDocuments, textDocumentSync } from './documents';
import { refuseAfterShutdown } from './handlers/guard';
import { registerLanguageFeatures } from './handlers/languageFeatures';
import { indexWorkspace, registerIndexer, registerWatchers, reparseAll } from './indexer';
import { registerRequests } from './handlers/requests';
import { clientFeatures } from './services/clientFeatures';
import { codeActionKinds } from './services/codeActions';
import { completionTriggers } from './services/completion';
import { ImmediateStreamWriter } from './stdioWriter';

injectRuleFaultsFromEnv();

// Without a transport flag the library would fail with an obscure message: say how to start it.
if (!process.argv.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
  process.stderr.write('Usage: goalplan-language-server --stdio\n(the VS Code extension starts it with --node-ipc)\n');
  process.exit(2);
}

// --stdio: the library's stdin handling (exit when the client goes away) with a writer that
// sends each message at once (stdioWriter.ts); other transports as the library sets them up.
const stdio = process.argv.includes('--stdio');
const connection = stdio
  // stdin as a stream, not a reader: the library then keeps its exit-on-close handling (its
  // typings list stream+stream and reader+writer; the runtime takes each argument as either).
  ? createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new ImmediateStreamWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
// Anything a dependency prints must not corrupt the stdio protocol stream: it goes to the log.
if (stdio) routeConsoleToLog(connection);
const ctx = new ServerContext(connection);
const diagnostics = new DiagnosticsPublisher(ctx);
let canPullConfig = false;
let canRegisterConfig = false;
let canWatch = false;
let canFolders = false;
let initSettings: GoalPlanSettings = {};

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const opts = (params.initializationOptions ?? {}) as GoalPlanInitOptions;
  // Only an explicit `trusted: true` lets the server start git (README): missing means untrusted.
  ctx.trusted = opts.trusted === true;
  // Settings pulled later (workspace/configuration) are laid over these.
  initSettings = { ...(opts.settings ?? {}), ...(opts.today !== undefined ? { today: opts.today } : {}) };
  applySettings(initSettings);
  const folders = params.workspaceFolders?.map((f) => fsPath(f.uri)) ?? (params.rootUri ? [fsPath(params.rootUri)] : params.rootPath ? [params.rootPath] : []);
  ctx.roots = folders;
  ctx.config.setRoots(folders);
  const caps = params.capabilities;
  canPullConfig = caps.workspace?.configuration === true;
  canRegisterConfig = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canWatch = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canFolders = caps.workspace?.workspaceFolders === true;
  ctx.features = clientFeatures(caps, opts);
  ctx.log(`GoalPlan server: ${folders.length} workspace folder(s), trusted=${ctx.trusted}`);
  return {
    capabilities: {
      textDocumentSync,
      completionProvider: { triggerCharacters: completionTriggers, resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds, resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'goalplan-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'goalplan' });
  if (canWatch) void registerWatchers(ctx).catch(() => ctx.log('file watcher registration refused by the client'));
  await pullSettings();
  // The library throws when asked for folder events the client never announced.
  if (canFolders) connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
    const removed = e.removed.map((f) => fsPath(f.uri));
    ctx.roots = [...ctx.roots.filter((r) => !removed.includes(r)), ...e.added.map((f) => fsPath(f.uri))];
    ctx.config.setRoots(ctx.roots);
    for (const d of ctx.workspace.all()) if (removed.some((r) => isWithin(fsPath(d.uri), r)) && !ctx.open.has(d.uri)) ctx.remove(d.uri);
    await indexWorkspace(ctx, e.added.map((f) => fsPath(f.uri)));
  });
  await indexWorkspace(ctx, ctx.roots);
  diagnostics.scheduleMidnight();
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfig) await pullSettings();
  else {
    const s = (change.settings as { goalplan?: GoalPlanSettings } | undefined)?.goalplan;
    if (s) applySettings(s);
  }
  reparseAll(ctx);
  diagnostics.todayMayHaveChanged();
});

async function pullSettings(): Promise<void> {
  if (!canPullConfig) return;
  try {
    const [s] = (await connection.workspace.getConfiguration([{ section: 'goalplan' }])) as Array<GoalPlanSettings | null>;
    applySettings({ ...initSettings, ...(s ?? {}) });
  } catch {
    ctx.log('could not read the goalplan settings; using defaults');
  }
}

function applySettings(s: GoalPlanSettings): void {
  ctx.settings = s;
  ctx.todayOverride = typeof s.today === 'string' && s.today.trim() !== '' ? s.today.trim() : undefined;
  ctx.config.setSettings(s);
}

registerDocuments(ctx);
registerIndexer(ctx);
registerLanguageFeatures(ctx, diagnostics);
registerRequests(ctx, (trusted) => {
  ctx.trusted = trusted;
  ctx.log(`workspace trust: ${trusted}`);
});

connection.onShutdown(() => {
  // A second shutdown is a request after shutdown like any other (handlers/guard.ts).
  refuseAfterShutdown(ctx);
  ctx.shutDown = true;
  diagnostics.dispose();
});
connection.listen();

/** The library does this itself for --stdio when it creates the streams; here the writer is ours. */
function routeConsoleToLog(conn: typeof connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...a: unknown[]) => conn.console.log(text(a));
  console.info = (...a: unknown[]) => conn.console.info(text(a));
  console.debug = (...a: unknown[]) => conn.console.log(text(a));
  console.warn = (...a: unknown[]) => conn.console.warn(text(a));
  console.error = (...a: unknown[]) => conn.console.error(text(a));
  console.trace = (...a: unknown[]) => conn.console.log(text(a));
  console.dir = (a: unknown) => conn.console.log(text([a]));
}
