// Shared helpers of the extension-host suite: locate fixture files, open them, and wait on editor
// state with a bounded deadline (event-driven where VS Code offers an event, polled otherwise).
// Failure messages name files, rule codes and ranges only, never note text (notes are PHI).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'goalplan.goalplan';
/** Generous for a cold server on a busy CI machine, still far below mocha's own timeout. */
export const WAIT_MS = Number(process.env.GOALPLAN_E2E_WAIT_MS ?? 60_000);

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run must open the fixture folder');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Activates the extension the way a user does (by opening a goal file) and returns it. */
export function activatedExtension(): Promise<vscode.Extension<unknown>> {
  // Memoized across the suite's files (each is its own bundle, hence globalThis): when the
  // extension cannot activate, every later suite fails at once instead of waiting again.
  const memo = globalThis as { goalplanE2eActivation?: Promise<vscode.Extension<unknown>> };
  memo.goalplanE2eActivation ??= (async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
    await openFixture('clients/C-1001/plan.md');
    await waitUntil(() => (ext.isActive ? true : undefined), `${EXTENSION_ID} to activate`);
    return ext;
  })();
  return memo.goalplanE2eActivation;
}

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function withCode(diags: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diags.filter((d) => codeOf(d) === code);
}

function fmtRange(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

export function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  if (!diags.length) return '(none)';
  return diags.map((d) => `${codeOf(d) || '?'}@${fmtRange(d.range)}`).join(', ');
}

/**
 * Resolves with the diagnostics of `uri` as soon as `accept` holds for them: checked now and on
 * every onDidChangeDiagnostics event for that uri; rejects after `timeoutMs`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri);
  const now = current();
  if (accept(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; ` +
        `diagnostics now: ${describeDiagnostics(current())}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      const diags = current();
      if (!accept(diags)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(diags);
    });
  });
}

/**
 * Re-evaluates `probe` until it returns something other than undefined, at most every
 * `intervalMs`, for state VS Code signals with no event (extension activation, provider
 * results once the server has indexed the workspace). Bounded by `timeoutMs`.
 */
export async function waitUntil<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = WAIT_MS,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The range of the `nth` occurrence of `token` inside the first line that contains `lineText`. */
export function rangeOfToken(doc: vscode.TextDocument, lineText: string, token: string): vscode.Range {
  const text = doc.getText();
  const lineOffset = text.indexOf(lineText);
  assert.ok(lineOffset >= 0, `fixture ${vscode.workspace.asRelativePath(doc.uri)} lacks the line "${lineText}"`);
  const tokenOffset = text.indexOf(token, lineOffset);
  assert.ok(tokenOffset >= 0 && tokenOffset < lineOffset + lineText.length, `token "${token}" not in "${lineText}"`);
  return new vscode.Range(doc.positionAt(tokenOffset), doc.positionAt(tokenOffset + token.length));
}

export function assertRange(actual: vscode.Range, expected: vscode.Range, what: string): void {
  assert.ok(actual.isEqual(expected), `${what}: expected range ${fmtRange(expected)}, got ${fmtRange(actual)}`);
}

/** Discards unsaved edits of `doc` so later tests see the fixture as it is on disk. */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitUntil(() => (doc.isDirty ? undefined : true), `${vscode.workspace.asRelativePath(doc.uri)} to revert`);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Labels of completion items, whatever shape (string or CompletionItemLabel) they come in. */
export function completionLabels(list: vscode.CompletionList | undefined): string[] {
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/** Plain text of hover contents (MarkdownString, MarkedString or string). */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if ('value' in c) parts.push(c.value);
    }
  }
  return parts.join('\n');
}

/** The date the extension treats as today: its override setting when set, else the local date. */
export function extensionToday(): string {
  const override = vscode.workspace.getConfiguration('goalplan').get<string>('today');
  if (override && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
