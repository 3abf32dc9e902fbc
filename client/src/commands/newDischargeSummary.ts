// "GoalPlan: New discharge summary": pick a client (or take `client` / `{client, date}` as the
// command's argument; from the palette also the date: the closed date of a closed plan, else
// today), ask the server for the draft (goalplan/newDischargeSummary: the core's
// discharge draft, the same `goalplan discharge` writes, SPEC 5.6) and where it goes
// (`discharge-DATE.md` beside the plan it belongs to), create the file and open it with the
// cursor under Recommendations, the section the clinician writes.
// Never overwrites: the file is created exclusively (O_EXCL, or a create-file edit that fails
// when the file exists). When a summary of that date is already there it is opened as it is and
// the command says so; nothing is written. The path must lie in a workspace folder (the server
// checks it too).
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isIsoDate } from '../../../server/src/core/dates';
import {
  Methods, type NewDischargeSummaryParams, type NewDischargeSummaryResult, type ServerState,
} from '../../../server/src/shared/lspProtocol';
import { pickClient } from './pickClient';

export const NEW_DISCHARGE_SUMMARY = 'goalplan.newDischargeSummary';

export function registerNewDischargeSummary(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_DISCHARGE_SUMMARY, async (arg?: unknown) => {
    try {
      const asked = await whichClientAndDate(client, arg);
      if (!asked) return undefined;
      const draft = await client.sendRequest<NewDischargeSummaryResult>(Methods.newDischargeSummary, asked satisfies NewDischargeSummaryParams);
      const target = vscode.Uri.file(draft.path);
      if (!vscode.workspace.getWorkspaceFolder(target)) throw new Error('the summary would be outside the workspace folders');
      const created = await createNew(target, draft.text);
      const doc = await vscode.workspace.openTextDocument(target);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      if (!created) {
        void vscode.window.showWarningMessage(`GoalPlan: ${vscode.workspace.asRelativePath(target)} already exists; it was not overwritten.`);
        return undefined;
      }
      // The cursor where the clinician writes: under Recommendations (GP305 points there too).
      const line = doc.getText().split(/\r?\n/).indexOf('## Recommendations');
      if (line >= 0) {
        const at = doc.lineAt(Math.min(line + 1, doc.lineCount - 1)).range.end;
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at));
      }
      void vscode.window.showInformationMessage(`GoalPlan: discharge summary drafted from ${draft.plan}. Choose the reason and write the Recommendations before signing.`);
      return target.toString();
    } catch (error) {
      void vscode.window.showErrorMessage(`GoalPlan: could not create the discharge summary (${error instanceof Error ? error.message : String(error)}).`);
      return undefined;
    }
  }));
}

/**
 * The client and date: from the argument (a client code, or `{client, date}`), else a quick pick
 * of the clients and an input box for the discharge date, today's date filled in.
 */
async function whichClientAndDate(client: LanguageClient, arg: unknown): Promise<NewDischargeSummaryParams | undefined> {
  if (typeof arg === 'string' && arg.trim()) return { client: arg.trim() };
  if (arg && typeof arg === 'object' && typeof (arg as { client?: unknown }).client === 'string') {
    const { client: id, date } = arg as { client: string; date?: unknown };
    return typeof date === 'string' ? { client: id.trim(), date } : { client: id.trim() };
  }
  const picked = await pickClient(client, 'GoalPlan: new discharge summary for');
  if (!picked) return undefined;
  // A closed plan's discharge is usually dated the day it closed (a later date is GP311).
  const suggested = picked.closed ?? (await client.sendRequest<ServerState>(Methods.state, {})).today;
  const date = await vscode.window.showInputBox({
    title: 'GoalPlan: new discharge summary',
    prompt: 'Date of discharge (YYYY-MM-DD): the summary belongs to the plan a session of this date belongs to',
    value: suggested,
    ignoreFocusOut: true,
    validateInput: (v) => (isIsoDate(v.trim()) ? undefined : 'A date like 2026-11-26'),
  });
  return date === undefined ? undefined : { client: picked.client, date: date.trim() };
}

/** Creates `target` with `text`; false when it already exists (then nothing is written). */
async function createNew(target: vscode.Uri, text: string): Promise<boolean> {
  if (target.scheme === 'file') {
    try {
      // 'wx': O_CREAT | O_EXCL. A file that exists, or appears meanwhile, is never replaced.
      await fs.writeFile(target.fsPath, text, { encoding: 'utf8', flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  return vscode.workspace.applyEdit(edit);
}
