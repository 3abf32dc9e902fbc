// "GoalPlan: New goal plan": ask for the client's pseudonymous code (or take it as the command's
// argument), ask the server for the plan's path and SMART template, create the file exclusively
// (O_EXCL: an existing file is never overwritten, not even one that appears meanwhile; a taken
// plan.md becomes plan-<date>.md, -2, -3), then open it with the template as a snippet so the
// parts to fill in are tab stops. The file on disk already holds the template's defaults, a plan
// that lints with no error, so closing the editor without saving leaves a valid plan behind.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clientIdProblem } from '../../../server/src/shared/clientId';
import { Methods, type NewGoalPlanParams, type NewGoalPlanResult } from '../../../server/src/shared/lspProtocol';

export const NEW_GOAL_PLAN = 'goalplan.newGoalPlan';

export function registerNewGoalPlan(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_GOAL_PLAN, async (arg?: unknown) => {
    try {
      const id = typeof arg === 'string' ? arg.trim() : await askClientId();
      if (id === undefined) return undefined;
      const problem = clientIdProblem(id);
      if (problem) {
        void vscode.window.showErrorMessage(`GoalPlan: not a client code. ${problem}`);
        return undefined;
      }
      const plan = await client.sendRequest<NewGoalPlanResult>(Methods.newGoalPlan, { client: id } satisfies NewGoalPlanParams);
      const file = await createExclusive(plan);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      // The same text again, now as a snippet: tab stops for the parts to fill in.
      const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      await editor.insertSnippet(new vscode.SnippetString(plan.snippet), all);
      return doc.uri.toString();
    } catch (error) {
      void vscode.window.showErrorMessage(`GoalPlan: could not create the goal plan (${error instanceof Error ? error.message : String(error)}).`);
      return undefined;
    }
  }));
}

async function askClientId(): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: 'GoalPlan: new goal plan',
    prompt: 'The client\'s pseudonymous code (never a name): the plan goes to clients/<code>/plan.md',
    placeHolder: 'C-0142',
    ignoreFocusOut: true,
    validateInput: (v) => clientIdProblem(v.trim()),
  });
  return value?.trim();
}

/** Writes the template's text to the proposed path, or the first free fallback name. Never overwrites. */
async function createExclusive(plan: NewGoalPlanResult): Promise<string> {
  const dir = path.dirname(plan.path);
  await fs.mkdir(dir, { recursive: true });
  const candidates = [plan.path, path.join(dir, `plan-${plan.date}.md`)];
  for (let n = 2; n < 100; n++) candidates.push(path.join(dir, `plan-${plan.date}-${n}.md`));
  for (const file of candidates) {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await handle.writeFile(plan.text, 'utf8');
    } finally {
      await handle.close();
    }
    return file;
  }
  throw new Error(`too many plans in ${path.basename(dir)} already`);
}
