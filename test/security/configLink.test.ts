// Issue 15 (notes): a `.goalplan.yaml` is read like every other file of the workspace: a link
// whose target lies outside the workspace folder is refused, with a message naming the file, so
// a cloned repository cannot switch rules off (or point `include` elsewhere) from a file it does
// not contain. A link that stays inside the folder keeps working, and `--config` is read where
// the user points it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigResolver } from '../../server/src/node/configResolver';
import { ensureBuilt, PLAN, runCli, tmpWorkspace } from '../unit/cli-harness';
import { buildServer, codes, LspSession } from '../lsp/harness';

// The plan without its signature: GP210 (info) reports it unless a configuration turns it off.
const UNSIGNED = PLAN.replace('signed: {by: AL, date: 2026-09-01}\n', '');
const OFF = 'rules:\n  unsigned-plan: off\n';

function rulesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{ rule: string }>).map((d) => d.rule);
}

describe('security: a linked .goalplan.yaml', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('a link to a file outside the workspace folder is refused: its settings are not used', () => {
    const outside = tmpWorkspace({ 'shared.yaml': OFF });
    const dir = tmpWorkspace({ 'clients/C-1/plan.md': UNSIGNED });
    fs.symlinkSync(path.join(outside, 'shared.yaml'), path.join(dir, '.goalplan.yaml'));
    fs.symlinkSync(path.join(outside, 'shared.yaml'), path.join(dir, 'clients', '.goalplan.yaml'));
    const resolver = new ConfigResolver(dir);
    const plan = path.join(dir, 'clients/C-1/plan.md');
    assert.equal(resolver.configFor(plan).rules.GP210, undefined, 'the outside file does not turn GP210 off');
    const reports = resolver.configFiles([path.join(dir, '.goalplan.yaml'), path.join(dir, 'clients', '.goalplan.yaml')]);
    assert.deepEqual(reports.map((r) => [path.relative(dir, r.path), r.error]), [['.goalplan.yaml', 'EOUTSIDE'], ['clients/.goalplan.yaml', 'EOUTSIDE']]);

    const r = runCli(['lint', '.', '--format', 'json', '--today', '2026-11-26'], { cwd: dir });
    assert.ok(rulesOf(r.stdout).includes('GP210'), r.stdout);
    for (const link of ['.goalplan.yaml', 'clients/.goalplan.yaml']) {
      assert.ok(r.stderr.includes(`goalplan lint: ${link} links to a file outside the workspace folder; its settings are not used`), r.stderr);
    }
  });

  it('the editor shows the refusal to the user (not only in the server log), once, and keeps the rule on', async () => {
    buildServer();
    const outside = tmpWorkspace({ 'shared.yaml': OFF });
    const s = await LspSession.start({
      files: { 'clients/C-1/plan.md': UNSIGNED },
      setup: (root) => fs.symlinkSync(path.join(outside, 'shared.yaml'), path.join(root, '.goalplan.yaml')),
    });
    try {
      const shown = await s.waitForShown(/\.goalplan\.yaml links to a file outside the workspace folder; its settings are not used/, 'the refused configuration shown');
      assert.match(shown, /^GoalPlan: /);
      await s.waitForDiagnostics('clients/C-1/plan.md', (d) => codes(d).includes('GP210'), 'GP210 still on');
      assert.equal(s.shown.filter((m) => m === shown).length, 1, 'shown once');
    } finally {
      await s.stop();
    }
  });

  it('a file under a linked folder that leads outside is refused the same way', () => {
    const outside = tmpWorkspace({ 'cfg/.goalplan.yaml': OFF });
    const dir = tmpWorkspace({ 'clients/C-1/plan.md': UNSIGNED });
    fs.symlinkSync(path.join(outside, 'cfg'), path.join(dir, 'clients', 'C-1', 'linked'));
    fs.writeFileSync(path.join(dir, 'clients/C-1/plan.md'), UNSIGNED);
    const resolver = new ConfigResolver(dir);
    // The folder link is not walked (discovery), and a config read through it is refused.
    assert.equal(resolver.configFor(path.join(dir, 'clients/C-1/linked/x.md')).rules.GP210, undefined);
  });

  it('a link that stays inside the workspace folder, and an explicit --config anywhere, are used', () => {
    const dir = tmpWorkspace({ 'clients/C-1/plan.md': UNSIGNED, 'config/clinic.yaml': OFF });
    fs.symlinkSync(path.join(dir, 'config/clinic.yaml'), path.join(dir, '.goalplan.yaml'));
    const inside = runCli(['lint', '.', '--format', 'json', '--today', '2026-11-26'], { cwd: dir });
    assert.ok(!rulesOf(inside.stdout).includes('GP210'), inside.stdout);
    assert.equal(inside.stderr, '');

    const outside = tmpWorkspace({ 'shared.yaml': OFF });
    const plain = tmpWorkspace({ 'clients/C-1/plan.md': UNSIGNED });
    const explicit = runCli(['lint', '.', '--config', path.join(outside, 'shared.yaml'), '--format', 'json', '--today', '2026-11-26'], { cwd: plain });
    assert.ok(!rulesOf(explicit.stdout).includes('GP210'), explicit.stdout + explicit.stderr);
  });
});
