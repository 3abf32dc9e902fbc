// What a webview's `openLocation` may open: only an existing Markdown file inside a workspace
// folder. A forged message (traversal, absolute path elsewhere, a link leading out, another file
// type) opens nothing.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allowedTarget } from '../../client/src/panel/pathGuard';

describe('panel: which files openLocation may open', () => {
  let base: string;
  let ws: string;
  let outside: string;
  before(() => {
    base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'gp-guard-')));
    ws = path.join(base, 'clinic');
    outside = path.join(base, 'elsewhere');
    mkdirSync(path.join(ws, 'clients', 'C-1', 'sessions'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(ws, 'clients', 'C-1', 'plan.md'), '---\nkind: goal-plan\n---\n');
    writeFileSync(path.join(ws, 'clients', 'C-1', 'secrets.txt'), 'x');
    writeFileSync(path.join(outside, 'other.md'), '# not in the workspace');
    symlinkSync(path.join(outside, 'other.md'), path.join(ws, 'clients', 'C-1', 'link-out.md'));
    symlinkSync(outside, path.join(ws, 'linked-folder'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('allows a Markdown file inside a folder', () => {
    const p = path.join(ws, 'clients', 'C-1', 'plan.md');
    assert.equal(allowedTarget(p, [ws]), p);
  });

  const refused: Array<[string, () => string]> = [
    ['a file outside every folder', () => path.join(outside, 'other.md')],
    ['a .. traversal out of the folder', () => path.join(ws, 'clients', '..', '..', 'elsewhere', 'other.md')],
    ['a raw ../ string', () => `${ws}/../elsewhere/other.md`],
    ['a symlinked file leading out', () => path.join(ws, 'clients', 'C-1', 'link-out.md')],
    ['a file under a symlinked folder leading out', () => path.join(ws, 'linked-folder', 'other.md')],
    ['a non-Markdown file inside', () => path.join(ws, 'clients', 'C-1', 'secrets.txt')],
    ['a folder', () => path.join(ws, 'clients')],
    ['a missing file', () => path.join(ws, 'clients', 'C-1', 'nope.md')],
    ['a relative path', () => 'clients/C-1/plan.md'],
    ['a NUL byte', () => `${path.join(ws, 'clients', 'C-1', 'plan.md')}\u0000.md`],
    ['a system file', () => '/etc/passwd'],
  ];
  for (const [what, p] of refused) {
    it(`refuses ${what}`, () => assert.equal(allowedTarget(p(), [ws]), undefined));
  }

  it('refuses everything when no folder is open', () => {
    assert.equal(allowedTarget(path.join(ws, 'clients', 'C-1', 'plan.md'), []), undefined);
  });
});
