// The progress panel: one webview showing a client's progress or the caseload, fed by the
// language server (goalplan/progress, goalplan/caseload) and refreshed when the server's view of
// the files changes. The webview is treated as untrusted: scripts only with a per-load nonce,
// resources only from dist/webview, every message it posts validated by the protocol guard, and
// `openLocation` limited to Markdown files inside the workspace folders.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  Methods, type CaseloadParams, type CaseloadResult, type ClientSummary, type ProgressParams, type ProgressResult, type ReviewStatus,
} from '../../../server/src/shared/lspProtocol';
import {
  encodeForWebview, isWebviewToExtension, type ExtensionToWebview, type WebviewTheme, type WebviewToExtension,
} from '../../../server/src/shared/webviewProtocol';
import { webviewHtml } from './html';
import { allowedTarget } from './pathGuard';

/** Server -> client notification that goal files changed (sent by the language server when it supports it). */
export const DID_CHANGE_PROGRESS = (Methods as Record<string, string>).didChangeProgress ?? 'goalplan/didChangeProgress';

export const Commands = {
  showProgress: 'goalplan.showProgress',
  showCaseload: 'goalplan.showCaseload',
  /** Test hook (e2e suite): the last message the extension posted to the webview, or null. */
  lastPanelMessage: 'goalplan.debug.lastPanelMessage',
} as const;

type Mode = { kind: 'client'; client: string } | { kind: 'caseload' };

/** A nonce from the CSPRNG: 18 bytes -> 24 base64 characters. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

function themeOf(kind: vscode.ColorThemeKind): WebviewTheme {
  switch (kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'high-contrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'high-contrast-light';
    default:
      return 'dark';
  }
}

/** Errors shown in the panel name what failed, never data (server messages could quote a note). */
function failure(what: string, error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return `Could not load ${what}${typeof code === 'number' || typeof code === 'string' ? ` (error ${code})` : ''}. See the GoalPlan output for details.`;
}

class ProgressPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped per request so a slow old answer never overwrites a newer one. */
  private generation = 0;
  /** The generation whose request is still under way (0: none). */
  private inflight = 0;
  /**
   * An answer that arrived before the webview said `ready`: the first request goes out when the
   * panel is created, in parallel with the webview's load (about a second of VS Code's own work),
   * instead of after it; `ready` then posts it.
   */
  private unposted: ExtensionToWebview | undefined;
  /** Files the panel currently shows: the only ones an `openLocation` may name (plus the folder check). */
  private shownFiles = new Set<string>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    private mode: Mode,
    private readonly client: BaseLanguageClient,
    private readonly extensionUri: vscode.Uri,
    private readonly onPost: (m: ExtensionToWebview) => void,
    private readonly onDispose: () => void,
  ) {
    const webview = panel.webview;
    const bundle = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name)).toString();
    webview.html = webviewHtml({ cspSource: webview.cspSource, scriptUri: bundle('main.js'), bootUri: bundle('boot.js'), nonce: makeNonce() });
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      // Hidden with retainContextWhenHidden false, the webview is torn down; it says `ready` again when re-shown.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) {
          this.ready = false;
          this.unposted = undefined;
        }
      }),
      vscode.window.onDidChangeActiveColorTheme((t) => this.post({ type: 'init', theme: themeOf(t.kind) })),
    );
    this.updateTitle();
  }

  show(mode: Mode): void {
    this.mode = mode;
    this.updateTitle();
    this.panel.reveal(undefined, true);
    void this.refresh({ early: true });
  }

  /** Debounced refresh after the files changed (typing fires many diagnostics updates). */
  scheduleRefresh(): void {
    if (!this.ready) {
      // Hidden or still loading: an answer fetched before this change is stale.
      this.generation++;
      this.unposted = undefined;
      // Hidden: `ready` asks again when it is shown. Loading: ask again now, so a fresh answer
      // waits for `ready` as the first one did. Opening a panel re-publishes the diagnostics of
      // the open notes, which used to drop the early answer every time and put a second request
      // after `ready`, on the way to the painted charts.
      if (!this.panel.visible) return;
    }
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      // (Hidden by now: nothing to fetch until it is shown again.)
      void this.refresh({ early: this.panel.visible });
    }, 300);
  }

  private updateTitle(): void {
    this.panel.title = this.mode.kind === 'client' ? `Progress: ${this.mode.client}` : 'GoalPlan caseload';
  }

  private post(m: ExtensionToWebview): void {
    if (!this.ready) return; // the webview re-requests everything with `ready`
    if (m.type === 'clientProgress') this.shownFiles = filesOf(m.progress);
    else if (m.type === 'caseload') this.shownFiles = new Set();
    this.onPost(m);
    void this.panel.webview.postMessage(encodeForWebview(m));
  }

  /**
   * Asks the server for what the panel shows and posts it. `early`: also while the webview is
   * still loading (the panel was just opened or revealed), so the answer waits for `ready`
   * instead of `ready` waiting for the answer.
   */
  async refresh(o: { early?: boolean } = {}): Promise<void> {
    if (!this.ready && !o.early) return;
    const gen = ++this.generation;
    this.inflight = gen;
    this.unposted = undefined;
    const m = await this.fetch(this.mode);
    if (gen !== this.generation) return;
    this.inflight = 0;
    if (this.ready) this.post(m);
    else this.unposted = m;
  }

  private async fetch(mode: Mode): Promise<ExtensionToWebview> {
    try {
      if (mode.kind === 'client') {
        const progress = await this.client.sendRequest<ProgressResult>(Methods.progress, { client: mode.client } satisfies ProgressParams);
        const problems = problemCounts(progress);
        if (problems.errors > 0 || problems.warnings > 0) progress.problems = problems;
        return { type: 'clientProgress', progress };
      }
      const load = await this.client.sendRequest<CaseloadResult>(Methods.caseload, {} satisfies CaseloadParams);
      const m: ExtensionToWebview = { type: 'caseload', rows: load.rows, today: load.today };
      if (load.head) m.head = load.head;
      return m;
    } catch (error) {
      return { type: 'error', message: failure(mode.kind === 'client' ? `the progress of ${mode.client}` : 'the caseload', error) };
    }
  }

  private receive(raw: unknown): void {
    if (!isWebviewToExtension(raw)) return; // forged or malformed: ignored, never echoed
    const m: WebviewToExtension = raw;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', theme: themeOf(vscode.window.activeColorTheme.kind) });
        if (this.unposted) {
          // Fetched while the webview loaded (a change since then would have dropped it).
          const m = this.unposted;
          this.unposted = undefined;
          this.post(m);
        } else if (this.inflight !== this.generation) {
          // Nothing fresh under way: ask now (a debounced request still waiting is this one).
          if (this.refreshTimer) clearTimeout(this.refreshTimer);
          this.refreshTimer = undefined;
          void this.refresh();
        } // else: the request under way posts its answer now that the webview is ready
        break;
      case 'selectClient':
        this.show({ kind: 'client', client: m.client });
        break;
      case 'requestCaseload':
        this.show({ kind: 'caseload' });
        break;
      case 'showProblems':
        void vscode.commands.executeCommand('workbench.actions.view.problems');
        break;
      case 'printPlan':
        // The shown client's plan: the command asks which copy and where to save it.
        if (this.mode.kind === 'client') void vscode.commands.executeCommand('goalplan.printPlan', this.mode.client);
        break;
      case 'openLocation':
        // A point or link the panel drew names one of the files it was sent; anything else is forged.
        if (this.shownFiles.has(m.uri)) void openLocation(m.uri, m.line);
        else void vscode.window.showWarningMessage('GoalPlan: refused to open a file the progress panel does not show.');
        break;
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose();
  }
}

/** Every file a client's progress refers to (plans, notes, every point's source). */
/** GoalPlan's errors and warnings in the client's plan and notes, as the Problems panel lists them. */
function problemCounts(p: ProgressResult): { errors: number; warnings: number } {
  const files = new Set([...p.plans.map((x) => x.uri), ...p.sessions.map((x) => x.uri)]);
  let errors = 0;
  let warnings = 0;
  for (const [uri, diags] of vscode.languages.getDiagnostics()) {
    if (!files.has(uri.toString())) continue;
    for (const d of diags) {
      if (d.source !== 'goalplan') continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
  }
  return { errors, warnings };
}

export function filesOf(p: ProgressResult): Set<string> {
  const out = new Set<string>();
  const add = (ref: { uri: string } | undefined) => {
    if (ref) out.add(ref.uri);
  };
  for (const pl of p.plans) out.add(pl.uri);
  for (const s of p.sessions) out.add(s.uri);
  for (const g of p.goals) {
    add(g.source);
    for (const x of g.points) add(x.source);
    for (const c of g.statusChanges) add(c.ref);
  }
  for (const i of p.instruments) for (const x of i.points) add(x.source);
  for (const x of p.gas) add(x.source);
  for (const r of p.reviews) {
    add(r.source);
    add(r.session);
  }
  for (const a of p.alerts) add(a.ref);
  return out;
}

/** Opens a note at a line, but only a Markdown file inside a workspace folder (the webview could be lying). */
export async function openLocation(uriString: string, line: number): Promise<boolean> {
  let uri: vscode.Uri;
  try {
    uri = uriString.includes('://') ? vscode.Uri.parse(uriString, true) : vscode.Uri.file(uriString);
  } catch {
    return false;
  }
  if (uri.scheme !== 'file' || !path.isAbsolute(uri.fsPath)) return false;
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const target = allowedTarget(uri.fsPath, folders);
  if (!target) {
    void vscode.window.showWarningMessage('GoalPlan: refused to open a file outside the workspace folders.');
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(target));
  const l = Math.min(Math.max(0, line), Math.max(0, doc.lineCount - 1));
  const pos = new vscode.Position(l, 0);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos), preview: false });
  return true;
}

/**
 * The client to show: the command's argument; else the client of the file in the active editor
 * (a clinician looking at a plan or note wants that client, without being asked); else a pick.
 */
async function pickClient(client: BaseLanguageClient, arg: unknown): Promise<string | undefined> {
  if (typeof arg === 'string' && arg.trim() !== '') return arg;
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  if (active) {
    try {
      const current = (await client.sendRequest<ReviewStatus | null>(Methods.reviewStatus, { uri: active }))?.client;
      if (current) return current;
    } catch {
      // not a goal file, or the server is busy: ask instead
    }
  }
  let clients: ClientSummary[] = [];
  try {
    clients = await client.sendRequest<ClientSummary[]>(Methods.clients, {});
  } catch {
    clients = [];
  }
  if (clients.length === 0) {
    void vscode.window.showInformationMessage('GoalPlan: no client with a plan or session note in this workspace.');
    return undefined;
  }
  const items = clients
    .map((c) => ({ label: c.client, description: [c.clinician, c.nextReview ? `next review ${c.nextReview}` : ''].filter(Boolean).join(' · '), detail: c.plan }));
  return (await vscode.window.showQuickPick(items, { title: 'GoalPlan: show progress of', matchOnDescription: true }))?.label;
}

/**
 * Registers the panel's commands and live updates. Call once from activate() with the running
 * language client.
 */
export function registerProgressPanel(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Disposable {
  let current: ProgressPanel | undefined;
  let lastMessage: ExtensionToWebview | null = null;

  const open = (mode: Mode) => {
    if (current) {
      current.show(mode);
      return;
    }
    const panel = vscode.window.createWebviewPanel('goalplan.progress', 'GoalPlan', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')],
    });
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
    current = new ProgressPanel(panel, mode, client, context.extensionUri, (m) => {
      lastMessage = m;
    }, () => {
      current = undefined;
    });
    // The server answers while the webview loads (they no longer wait for each other).
    void current.refresh({ early: true });
  };

  const disposables: vscode.Disposable[] = [
    vscode.commands.registerCommand(Commands.showProgress, async (arg?: unknown) => {
      const c = await pickClient(client, arg);
      if (c) open({ kind: 'client', client: c });
    }),
    vscode.commands.registerCommand(Commands.showCaseload, () => open({ kind: 'caseload' })),
    // A deep copy, so the caller cannot change what the panel keeps.
    vscode.commands.registerCommand(Commands.lastPanelMessage, () => (lastMessage ? JSON.parse(JSON.stringify(lastMessage)) : null)),
    // Live update: the server's own signal when it sends one, else any change of GoalPlan's
    // diagnostics (the server re-checks a client's files whenever one of them changes).
    client.onNotification(DID_CHANGE_PROGRESS, () => current?.scheduleRefresh()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (current && e.uris.some((u) => /\.(md|markdown)$/i.test(u.path))) current.scheduleRefresh();
    }),
    { dispose: () => current?.panel.dispose() },
  ];
  const all = vscode.Disposable.from(...disposables);
  context.subscriptions.push(all);
  return all;
}
