// Issue 15 item 2: GP305's fix appends headings only where they become headings, so --fix and
// fix-all on save never append them again and again; a signed note gets no fix (the diagnostic
// stays: an amendment is the clinician's, docs/format.md).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFix, lintFiles } from '../../helpers/lint';
import { ensureBuilt, PLAN, runCli, tmpWorkspace } from '../cli-harness';

const TODAY = '2026-11-26';

function note(body: string, extra = ''): string {
  return ['---', 'kind: session-log', 'client: C-1', 'date: 2026-10-01', 'format: DAP', ...(extra ? [extra] : []), '---', '', body].join('\n');
}

const gp305 = (text: string) => lintFiles({ 'plan.md': PLAN, 's.md': text }, { today: TODAY }).filter((d) => d.rule === 'GP305' && /lacks/.test(d.message));

describe('issue 15.2: GP305 fix', () => {
  for (const [name, body] of [
    ['an unclosed code fence', '## Data\n\nSeen.\n\n```\nraw notes\n'],
    ['an unclosed tilde fence', '## Data\n\nSeen.\n\n~~~~\nraw\n'],
    ['an unclosed HTML comment', '## Data\n\nSeen.\n\n<!-- draft\n'],
  ] as const) {
    it(`offers no fix when the body ends inside ${name} (the headings would not be headings)`, () => {
      const [d] = gp305(note(body));
      assert.ok(d, 'GP305 still reported');
      assert.equal(d.fixes, undefined);
    });
  }

  it('still offers the fix when the fence is closed, and the fixed note has the headings', () => {
    const text = note('## Data\n\nSeen.\n\n```\nraw\n```\n');
    const [d] = gp305(text);
    const out = applyFix(text, d.fixes![0]);
    assert.deepEqual(gp305(out), []);
  });

  it('offers no fix on a signed note; the diagnostic stays', () => {
    const [d] = gp305(note('## Data\n\nSeen.\n', 'signed:\n  by: AL\n  date: 2026-10-01'));
    assert.ok(d);
    assert.equal(d.fixes, undefined);
  });

  describe('goalplan lint --fix', function () {
    this.timeout(120_000);
    before(ensureBuilt);

    it('leaves a note ending in an unclosed fence byte for byte, and a signed note too', () => {
      const open = note('## Data\n\nSeen.\n\n```\nraw notes\n');
      const signed = note('## Data\n\nSeen.\n', 'signed:\n  by: AL\n  date: 2026-10-01').replace('2026-10-01', '2026-10-08');
      const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/open.md': open, 'c/signed.md': signed });
      const r = runCli(['lint', '--fix', '--format', 'json', '--today', TODAY], { cwd: dir });
      assert.equal(fs.readFileSync(path.join(dir, 'c/open.md'), 'utf8'), open);
      assert.equal(fs.readFileSync(path.join(dir, 'c/signed.md'), 'utf8'), signed);
      const rules = JSON.parse(r.stdout).map((x: { file: string; rule: string }) => `${x.file} ${x.rule}`);
      assert.ok(rules.includes('c/open.md GP305') && rules.includes('c/signed.md GP305'), rules.join());
    });
  });
});
