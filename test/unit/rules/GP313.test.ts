// GP313 late-signature: strict "more than N days", N from signatureGraceDays.
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers/lint';

function note(signed: string): string {
  return ['---', 'kind: session-log', 'client: C-1', 'date: 2026-11-10', 'signed:', '  by: rk', `  date: ${signed}`, '---', ''].join('\n');
}
const gp313 = (signed: string, config?: string) => lintFiles({ 's.md': note(signed) }, { config }).filter((d) => d.rule === 'GP313');

describe('GP313 late-signature', () => {
  it('3 days late passes, 4 days fires (default grace 3)', () => {
    assert.deepEqual(gp313('2026-11-13'), []);
    const [d] = gp313('2026-11-14');
    assert.match(d.message, /4 days after/);
    assert.equal(note('2026-11-14').slice(d.span.start, d.span.end), '2026-11-14');
  });

  it('signatureGraceDays is configurable, including 0', () => {
    assert.equal(gp313('2026-11-11', 'signatureGraceDays: 0\n').length, 1);
    assert.deepEqual(gp313('2026-11-10', 'signatureGraceDays: 0\n'), []);
    assert.deepEqual(gp313('2026-11-20', 'signatureGraceDays: 10\n'), []);
    assert.equal(gp313('2026-11-21', 'signatureGraceDays: 10\n').length, 1);
  });

  it('a signature before the session date or an invalid date is not late', () => {
    assert.deepEqual(gp313('2026-11-01'), []);
    assert.deepEqual(gp313('2026-11-31'), []);
  });
});
