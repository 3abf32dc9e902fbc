// "GoalPlan: Print plan" and the progress panel's *Print plan* button (SPEC 5.6): asks which copy
// (for the clinician's records, or for the client to take home), then where to save it (a save
// dialog in the folder last used for printed plans, else the home folder: not among the clients'
// notes), asks the language server to write the page (goalplan/printPlan: the same core as
// `goalplan plan`, written atomically and never over a plan or note), then offers to open it in
// the system's browser to print. Nothing goes over the network: the page has no script and no
// remote resource, and opening it is the browser opening a local file.
// The argument (tests, other commands): a client code, or `{client, forClient?, target?}`; a
// target given so replaces only an earlier printed plan (the dialog's own overwrite confirmation
// is the clinician's consent to replace anything else).
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Methods, type PrintPlanParams, type PrintPlanResult } from '../../../server/src/shared/lspProtocol';
import { pickClient } from './pickClient';

export const PRINT_PLAN = 'goalplan.printPlan';
const FOLDER_KEY = 'goalplan.printPlan.folder';

interface Asked {
  client?: string;
  forClient?: boolean;
  target?: string;
}

function argOf(arg: unknown): Asked {
  if (typeof arg === 'string') return { client: arg };
  if (!arg || typeof arg !== 'object') return {};
  const a = arg as Record<string, unknown>;
  return {
    client: typeof a.client === 'string' ? a.client : undefined,
    forClient: typeof a.forClient === 'boolean' ? a.forClient : undefined,
    target: typeof a.target === 'string' ? a.target : undefined,
  };
}

/** `C-0142-plan-for-client.html`: the client code made safe for a file name. */
export function planFileName(client: string, forClient: boolean): string {
  return `${client.replace(/[^A-Za-z0-9._-]/g, '_')}-plan${forClient ? '-for-client' : ''}.html`;
}

export function registerPrintPlan(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(PRINT_PLAN, async (arg?: unknown) => {
    try {
      const asked = argOf(arg);
      const id = asked.client?.trim() || (await pickClient(client, 'GoalPlan: print the plan of'))?.client;
      if (!id) return undefined;
      const forClient = asked.forClient ?? await whichCopy();
      if (forClient === undefined) return undefined;
      let target = asked.target;
      let replace = false;
      if (target === undefined) {
        const folder = context.globalState.get<string>(FOLDER_KEY) ?? os.homedir();
        const chosen = await vscode.window.showSaveDialog({
          title: `GoalPlan: save the plan of ${id}${forClient ? ' for the client' : ''}`,
          defaultUri: vscode.Uri.file(path.join(folder, planFileName(id, forClient))),
          filters: { 'Web page': ['html'] },
          saveLabel: 'Save plan',
        });
        if (!chosen) return undefined;
        if (chosen.scheme !== 'file') throw new Error('choose a file on this computer');
        target = chosen.fsPath;
        // The dialog asked before choosing an existing file: that is the consent to replace it.
        replace = true;
      }
      const params: PrintPlanParams = { client: id, forClient, target: path.resolve(target), replace };
      const written = await client.sendRequest<PrintPlanResult>(Methods.printPlan, params);
      if (asked.target === undefined) await context.globalState.update(FOLDER_KEY, path.dirname(written.path));
      void vscode.window.showInformationMessage(
        `GoalPlan: saved ${forClient ? "the client's copy" : "the clinician's copy"} of ${id}'s plan as ${path.basename(written.path)}.`, 'Open to print',
      ).then((choice) => {
        if (choice) void vscode.env.openExternal(vscode.Uri.file(written.path));
      });
      return vscode.Uri.file(written.path).toString();
    } catch (error) {
      void vscode.window.showErrorMessage(`GoalPlan: the plan was not saved (${error instanceof Error ? error.message : String(error)}).`);
      return undefined;
    }
  }));
}

async function whichCopy(): Promise<boolean | undefined> {
  const items: Array<vscode.QuickPickItem & { forClient: boolean }> = [
    { label: "For the clinician's records", detail: 'Clinical terms, diagnosis, open risk first, measures with baseline and target', forClient: false },
    { label: 'For the client to take home', detail: 'Plain words; no diagnosis codes, risk notes or questionnaire scores', forClient: true },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'GoalPlan: print which copy of the plan?' }))?.forClient;
}
