// The commands behind the "Get started with GoalPlan" walkthrough (package.json
// contributes.walkthroughs, media under media/walkthrough/) that no other module provides:
//   goalplan.getStarted         opens the walkthrough
//   goalplan.openExampleClinic  opens a private copy of the bundled demo clinic
//   goalplan.addCiWorkflow      adds a GitHub Actions workflow that runs `goalplan lint`
// The other steps run goalplan.newGoalPlan, goalplan.newSessionNote and goalplan.showProgress.
// Nothing here overwrites a file: the clinic copy is made once (later runs reopen it, edits
// kept), and an existing workflow file is opened, not replaced.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const GET_STARTED = 'goalplan.getStarted';
export const OPEN_EXAMPLE_CLINIC = 'goalplan.openExampleClinic';
export const ADD_CI_WORKFLOW = 'goalplan.addCiWorkflow';
export const WALKTHROUGH_ID = 'getStarted';
/** The demo clinic's "today" (examples/clinic/README.md): its dates are chosen around it. */
export const EXAMPLE_TODAY = '2026-11-26';
export const WORKFLOW_PATH = '.github/workflows/goalplan.yml';

const WORKFLOW = `# GoalPlan: checks goal plans and session notes on every push and pull request, and shows the
# findings in the repository's code scanning alerts. Needs goalplan as a dev dependency
# (package.json) so that \`npm ci\` installs the CLI. \`goalplan lint\` exits 1 when it finds errors.
name: GoalPlan
on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npx goalplan lint . --format sarif > goalplan.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with: { sarif_file: goalplan.sarif }
`;

export function registerGettingStarted(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(GET_STARTED, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false)),
    vscode.commands.registerCommand(OPEN_EXAMPLE_CLINIC, () => report('open the example clinic', () => openExampleClinic(context))),
    vscode.commands.registerCommand(ADD_CI_WORKFLOW, () => report('add the CI workflow', addCiWorkflow)),
  );
}

async function report<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    void vscode.window.showErrorMessage(`GoalPlan: could not ${what} (${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  }
}

/**
 * Copies examples/clinic (shipped in the extension) to the extension's global storage the first
 * time, with a folder setting that pins goalplan.today to the clinic's date, and opens it: in
 * this window when no folder is open, else in a new one. Returns the copy's URI.
 */
async function openExampleClinic(context: vscode.ExtensionContext): Promise<string> {
  const source = context.asAbsolutePath(path.join('examples', 'clinic'));
  const target = path.join(context.globalStorageUri.fsPath, 'example-clinic');
  if (!(await exists(target))) {
    // Copied beside the target, then renamed into place: a copy interrupted half-way is never
    // taken for the clinic, and a copy another window made meanwhile is kept (rename fails).
    await fs.mkdir(path.dirname(target), { recursive: true });
    const staging = await fs.mkdtemp(`${target}.tmp-`);
    try {
      await fs.cp(source, staging, { recursive: true, errorOnExist: true, force: false });
      await fs.mkdir(path.join(staging, '.vscode'), { recursive: true });
      await fs.writeFile(path.join(staging, '.vscode', 'settings.json'),
        `{\n  // The demo clinic's dates are set around this "today" (see README.md).\n  "goalplan.today": "${EXAMPLE_TODAY}"\n}\n`, { flag: 'wx' });
      await fs.rename(staging, target);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      if (!(await exists(target))) throw error;
    }
  }
  const uri = vscode.Uri.file(target);
  const folderOpen = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  await vscode.commands.executeCommand('vscode.openFolder', uri, { forceNewWindow: folderOpen });
  return uri.toString();
}

/** Writes .github/workflows/goalplan.yml in the first workspace folder unless it exists; opens it. */
async function addCiWorkflow(): Promise<string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('GoalPlan: open the folder that holds your plans and notes first; the workflow goes into its .github/workflows/.');
    return undefined;
  }
  const file = path.join(folder.uri.fsPath, ...WORKFLOW_PATH.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  let created = true;
  try {
    await fs.writeFile(file, WORKFLOW, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    created = false;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  if (!created) void vscode.window.showInformationMessage(`GoalPlan: ${WORKFLOW_PATH} already exists; opened it unchanged.`);
  return doc.uri.toString();
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
