// The client quick pick the commands share (New session note, New discharge summary): every
// client of the workspace with its clinician, last session and plan, the active file's client
// first.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Methods, type ClientSummary, type ReviewStatus } from '../../../server/src/shared/lspProtocol';

/** Asks for one of the workspace's clients; undefined when the pick is dismissed. */
export async function pickClient(client: LanguageClient, title: string): Promise<ClientSummary | undefined> {
  const clients = await client.sendRequest<ClientSummary[]>(Methods.clients, {});
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const current = active ? (await client.sendRequest<ReviewStatus | null>(Methods.reviewStatus, { uri: active }))?.client : undefined;
  const items: Array<vscode.QuickPickItem & { id: string; summary: ClientSummary }> = clients
    .map((c) => ({
      id: c.client,
      summary: c,
      label: c.client,
      description: [c.clinician, c.lastSession ? `last session ${c.lastSession}` : 'no sessions yet'].filter(Boolean).join(' · '),
      detail: c.plan,
    }))
    .sort((a, b) => (a.id === current ? -1 : b.id === current ? 1 : 0));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Client code', matchOnDescription: true });
  return picked?.summary;
}
