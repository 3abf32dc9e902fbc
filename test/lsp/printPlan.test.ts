// SPEC 5.6 over stdio: goalplan/printPlan, the request behind the panel's *Print plan*. It writes
// the page `goalplan plan` writes (the same bytes for the same files and today), the clinician's
// copy or the client's, to the file the clinician chose: atomically, never over a plan or note,
// over another file only when the clinician confirmed replacing it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Methods, type PrintPlanParams, type PrintPlanResult } from '../../server/src/shared/lspProtocol';
import { runCli } from '../unit/cli-harness';
import { LspSession, REPO } from './harness';

function clientC0142(): Record<string, string> {
  const src = path.join(REPO, 'examples', 'clinic');
  const files: Record<string, string> = { '.goalplan.yaml': fs.readFileSync(path.join(src, '.goalplan.yaml'), 'utf8') };
  const dir = path.join(src, 'clients', 'C-0142');
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const abs = path.join(dir, rel);
    if (fs.statSync(abs).isFile()) files[`clients/C-0142/${rel.split(path.sep).join('/')}`] = fs.readFileSync(abs, 'utf8');
  }
  return files;
}

describe('lsp: goalplan/printPlan (the Print plan action)', function () {
  let s: LspSession;
  let out: string;
  before(async () => {
    s = await LspSession.start({ files: clientC0142() });
    // C-0142's plan lints clean (nothing is published for it); its note of 2026-09-28 has the
    // clinic's one GP006 (examples/clinic/README.md).
    await s.waitForDiagnostics('clients/C-0142/sessions/2026-09-28.md', (d) => d.some((x) => x.code === 'GP006'), 'workspace indexed');
  });
  beforeEach(() => { out = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gp-print-'))); });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));
  after(async () => s?.stop());

  const print = (params: Partial<PrintPlanParams>) => s.request<PrintPlanResult>(Methods.printPlan, params);

  for (const forClient of [false, true]) {
    it(`writes the ${forClient ? "client's" : "clinician's"} copy: the very page \`goalplan plan${forClient ? ' --for-client' : ''}\` writes`, async () => {
      const target = path.join(out, 'panel.html');
      const r = await print({ client: 'C-0142', forClient, target, replace: false });
      assert.equal(r.path, target);
      const cliFile = path.join(out, 'cli.html');
      const cli = runCli(['plan', '--client', 'C-0142', '--today', '2026-11-26', '--out', cliFile, ...(forClient ? ['--for-client'] : [])], { cwd: s.root });
      assert.equal(cli.code, 0, cli.stderr);
      assert.equal(fs.readFileSync(target, 'utf8'), fs.readFileSync(cliFile, 'utf8'), 'one core, two front ends');
      assert.equal(fs.readFileSync(target, 'utf8').includes('F33.1'), !forClient, 'the diagnosis code only on the clinician\'s copy');
      assert.deepEqual(fs.readdirSync(out).sort(), ['cli.html', 'panel.html'], 'no temp file left behind');
    });
  }

  it('never writes over a plan, and over another file only when the clinician confirmed it', async () => {
    const planFile = path.join(s.root, 'clients', 'C-0142', 'plan.md');
    const before = fs.readFileSync(planFile, 'utf8');
    for (const replace of [false, true]) {
      await assert.rejects(print({ client: 'C-0142', forClient: true, target: planFile, replace }), /not written: it is a goal file/);
    }
    assert.equal(fs.readFileSync(planFile, 'utf8'), before);
    const mine = path.join(out, 'mine.html');
    fs.writeFileSync(mine, '<p>mine</p>');
    await assert.rejects(print({ client: 'C-0142', forClient: true, target: mine, replace: false }), /not written: it exists and was not written by goalplan/);
    assert.equal(fs.readFileSync(mine, 'utf8'), '<p>mine</p>');
    await print({ client: 'C-0142', forClient: true, target: mine, replace: true });
    assert.match(fs.readFileSync(mine, 'utf8'), /^<!DOCTYPE html>/);
    // Its own earlier page is replaced without asking (the next print of the same plan).
    await print({ client: 'C-0142', forClient: false, target: mine, replace: false });
    assert.doesNotMatch(fs.readFileSync(mine, 'utf8'), /gp-for-client/);
  });

  it('refuses what is not a client with a plan, and a target that is not an absolute path', async () => {
    await assert.rejects(print({ client: 'C-9999', forClient: true, target: path.join(out, 'x.html'), replace: false }), /no goal plan/);
    await assert.rejects(print({ client: '../x', forClient: true, target: path.join(out, 'x.html'), replace: false }), /not a client id/);
    await assert.rejects(print({ client: 'C-0142', forClient: true, target: 'x.html', replace: false }), /absolute file path/);
    await assert.rejects(print({ client: 'C-0142', target: path.join(out, 'x.html'), replace: false }), /forClient and replace/);
    assert.deepEqual(fs.readdirSync(out), []);
  });
});
