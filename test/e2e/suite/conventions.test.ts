// Editor conventions (issue 16): "GoalPlan: New goal plan", the Get Started walkthrough, the
// Markdown preview plugin and the .goalplan.yaml schema contribution, in the real extension
// host. (The walkthrough's button and the preview's cards are checked in the workbench's DOM by
// test/e2e/ui/conventions.mjs.)
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activatedExtension, closeAllEditors, extensionToday, fixtureUri, revert, waitUntil } from './helpers';

/** The repository (the suite runs from out/e2e/suite/): its CLI lints with the same core. */
const REPO = path.resolve(__dirname, '..', '..', '..');

function lintErrors(file: string, today: string): string[] {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'goalplan.js'), 'lint', file, '--format', 'json', '--today', today],
    { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `goalplan lint exit ${r.status}: ${r.stderr?.slice(-500)}`);
  const errors: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.severity === 'error' && typeof (o.ruleId ?? o.rule) === 'string') errors.push(`${String(o.ruleId ?? o.rule)} ${String(o.message)}`);
      else Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(r.stdout));
  assert.equal(r.status, errors.length ? 1 : 0, 'exit code agrees with the errors found');
  return errors;
}

suite('editor conventions', () => {
  let extension: vscode.Extension<unknown>;
  suiteSetup(async () => { extension = await activatedExtension(); });
  suiteTeardown(closeAllEditors);

  test('"New goal plan" writes a SMART plan that lints with no error, with its parts to fill in as tab stops', async () => {
    const client = 'C-1006';
    const planUri = fixtureUri(`clients/${client}/plan.md`);
    assert.ok(!fs.existsSync(planUri.fsPath), 'the fixture has no plan for C-1006');
    // The client id is passed as the argument so no input box has to be answered.
    const result = await vscode.commands.executeCommand<string | undefined>('goalplan.newGoalPlan', client);
    assert.equal(result, planUri.toString());
    const editor = await waitUntil(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === planUri.toString() ? e : undefined;
    }, 'the new plan in the active editor');
    // Snippet mode: the first tab stop (the clinician) is selected.
    assert.equal(editor.document.getText(editor.selection), 'initials');

    const today = extensionToday();
    const onDisk = fs.readFileSync(planUri.fsPath, 'utf8');
    assert.equal(editor.document.getText(), onDisk, 'the snippet expands to exactly what was written');
    assert.match(onDisk, new RegExp(`^client: ${client}$`, 'm'));
    assert.match(onDisk, new RegExp(`^created: ${today}$`, 'm'));
    assert.match(onDisk, /^review:\n {2}every: 90d\n {2}next: \d{4}-\d{2}-\d{2}$/m);
    assert.deepEqual(lintErrors(planUri.fsPath, today), []);

    // Run again: plan.md is kept as it is, the second plan gets its own dated file.
    const second = await vscode.commands.executeCommand<string | undefined>('goalplan.newGoalPlan', client);
    assert.equal(second, fixtureUri(`clients/${client}/plan-${today}.md`).toString());
    assert.equal(fs.readFileSync(planUri.fsPath, 'utf8'), onDisk, 'plan.md untouched');
    // The snippet left both editors dirty (same text as on disk): discard, never save, then remove.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.uri.toString() === result || d.uri.toString() === second)) await revert(doc);
    await closeAllEditors();
    for (const u of [planUri, vscode.Uri.parse(second!)]) fs.rmSync(u.fsPath);
    fs.rmdirSync(path.dirname(planUri.fsPath));
  });

  test('"New goal plan" refuses a client id with path syntax and writes nothing', async () => {
    const before = fs.readdirSync(fixtureUri('clients').fsPath).sort();
    for (const id of ['../escape', 'a/b', 'C 1']) {
      assert.equal(await vscode.commands.executeCommand('goalplan.newGoalPlan', id), undefined, id);
    }
    assert.deepEqual(fs.readdirSync(fixtureUri('clients').fsPath).sort(), before);
    assert.ok(!fs.existsSync(fixtureUri('escape').fsPath) && !fs.existsSync(path.join(path.dirname(fixtureUri('').fsPath), 'escape')));
  });

  test('the Get Started walkthrough: seven steps, each with a command button and a completion event', async () => {
    const pkg = extension.packageJSON as {
      contributes: {
        commands: Array<{ command: string }>;
        walkthroughs: Array<{ id: string; steps: Array<{ id: string; description: string; completionEvents: string[]; media: { markdown?: string } }> }>;
      };
    };
    const walkthrough = pkg.contributes.walkthroughs.find((w) => w.id === 'getStarted');
    assert.ok(walkthrough, 'walkthrough getStarted');
    const registered = await vscode.commands.getCommands(true);
    const commands = walkthrough.steps.map((s) => /\]\(command:([\w.]+)\)/.exec(s.description)?.[1]);
    assert.deepEqual(commands, ['goalplan.openExampleClinic', 'goalplan.newGoalPlan', 'goalplan.newSessionNote', 'goalplan.showProgress', 'goalplan.printPlan', 'goalplan.newDischargeSummary', 'goalplan.addCiWorkflow']);
    for (const [i, step] of walkthrough.steps.entries()) {
      assert.ok(registered.includes(commands[i]!), `${commands[i]} is registered`);
      assert.deepEqual(step.completionEvents, [`onCommand:${commands[i]}`]);
      assert.ok(step.media.markdown && fs.existsSync(path.join(extension.extensionPath, step.media.markdown)), `${step.id}: media shipped`);
    }
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'examples', 'clinic', 'clients')), 'the example clinic ships with the extension');

    await vscode.commands.executeCommand('goalplan.getStarted');
    await waitUntil(() => (vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /welcome|walkthrough|get started/i.test(t.label))) ? true : undefined),
      'the walkthrough editor');
    await closeAllEditors();
  });

  test('"Add a CI workflow" writes .github/workflows/goalplan.yml once and never replaces it', async () => {
    const file = fixtureUri('.github/workflows/goalplan.yml').fsPath;
    assert.ok(!fs.existsSync(file));
    await vscode.commands.executeCommand('goalplan.addCiWorkflow');
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /npx goalplan lint \. --format sarif/);
    fs.writeFileSync(file, '# edited by the clinic\n');
    await vscode.commands.executeCommand('goalplan.addCiWorkflow');
    assert.equal(fs.readFileSync(file, 'utf8'), '# edited by the clinic\n');
    await closeAllEditors();
    fs.rmSync(fixtureUri('.github').fsPath, { recursive: true });
  });

  test('the Markdown preview gets the goal-card plugin from activate()', () => {
    const exports = extension.exports as { extendMarkdownIt?: (md: unknown) => unknown };
    assert.equal(typeof exports?.extendMarkdownIt, 'function');
    const pkg = extension.packageJSON as { contributes: Record<string, unknown> };
    assert.equal(pkg.contributes['markdown.markdownItPlugins'], true);
    for (const css of pkg.contributes['markdown.previewStyles'] as string[]) assert.ok(fs.existsSync(path.join(extension.extensionPath, css)), css);
  });

  test('.goalplan.yaml is associated with its self-contained JSON Schema for the YAML extension', () => {
    const pkg = extension.packageJSON as { contributes: { yamlValidation: Array<{ fileMatch: string; url: string }> } };
    const [entry] = pkg.contributes.yamlValidation;
    assert.equal(entry.fileMatch, '.goalplan.yaml');
    const schema = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, entry.url), 'utf8')) as Record<string, unknown>;
    assert.equal(schema.type, 'object');
    assert.ok(!JSON.stringify(schema).includes('"$ref":"http') && schema.$id === undefined, 'nothing to fetch');
  });
});
