// "GoalPlan: New session note": pick a client (or take it as the command's argument), ask the
// server for the note's path and text (dated today, next to the client's sessions, pre-filled with
// the goals active today and the sections of the format of the client's last note), write it and
// open it. An existing file is never overwritten: a second note on the same day gets `-2`, `-3`,
// and each name is created exclusively (O_EXCL), so a file appearing meanwhile is never replaced.
// The path must lie in a workspace folder (the server checks it too).
import * as vscode from 'vscode';
import { createExclusive } from './createExclusive';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Methods, type NewSessionNoteParams, type NewSessionNoteResult } from '../../../server/src/shared/lspProtocol';
import { pickClient } from './pickClient';

export const NEW_SESSION_NOTE = 'goalplan.newSessionNote';

export function registerNewSessionNote(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_SESSION_NOTE, async (arg?: unknown) => {
    try {
      const id = typeof arg === 'string' && arg.trim() ? arg.trim() : (await pickClient(client, 'GoalPlan: new session note for'))?.client;
      if (!id) return undefined;
      const note = await client.sendRequest<NewSessionNoteResult>(Methods.newSessionNote, { client: id } satisfies NewSessionNoteParams);
      const target = vscode.Uri.file(note.path);
      if (!vscode.workspace.getWorkspaceFolder(target)) throw new Error('the note would be outside the workspace folders');
      const uri = await writeNew(target, note.text);
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      // The same note again as a snippet: the cursor in the first section, Tab to each value and score.
      const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      await editor.insertSnippet(new vscode.SnippetString(note.snippet), all);
      return uri.toString();
    } catch (error) {
      void vscode.window.showErrorMessage(`GoalPlan: could not create the session note (${error instanceof Error ? error.message : String(error)}).`);
      return undefined;
    }
  }));
}

/**
 * Writes `text` to `target`, or to `<name>-2.md`, `-3`... when that file exists. Never overwrites:
 * on disk with O_EXCL; on another file system (a remote or virtual workspace) with a create-file
 * edit that fails when the file exists.
 */
async function writeNew(target: vscode.Uri, text: string): Promise<vscode.Uri> {
  if (target.scheme === 'file') return vscode.Uri.file(await createExclusive(target.fsPath, text));
  const dir = vscode.Uri.joinPath(target, '..');
  const base = target.path.slice(target.path.lastIndexOf('/') + 1).replace(/\.md$/, '');
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? target : vscode.Uri.joinPath(dir, `${base}-${n}.md`);
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(candidate, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    if (await vscode.workspace.applyEdit(edit)) return candidate;
  }
  throw new Error(`too many notes named ${base} already`);
}
