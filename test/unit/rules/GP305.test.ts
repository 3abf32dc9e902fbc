// GP305 missing-section: the safe fix appends the missing headings and touches nothing else.
import * as assert from 'node:assert/strict';
import { applyFix, lintFiles } from '../../helpers/lint';

const PLAN = ['---', 'kind: goal-plan', 'client: C-1', 'clinician: rk', 'created: 2026-09-01', '---', ''].join('\n');

function note(body: string, format = 'SOAP', eol = '\n'): string {
  return ['---', 'kind: session-log', 'client: C-1', 'date: 2026-11-10', `format: ${format}`, '---', body].join('\n').replace(/\n/g, eol);
}

const gp305 = (files: Record<string, string>) => lintFiles({ 'plan.md': PLAN, ...files }).filter((d) => d.rule === 'GP305');

describe('GP305 missing-section', () => {
  it('reports all missing sections once, on the format value, with a safe fix', () => {
    const text = note('\n## Subjective\n\nLow energy.\n\n## Assessment\n\nStable.\n');
    const [d, ...rest] = gp305({ 's.md': text });
    assert.equal(rest.length, 0);
    assert.equal(text.slice(d.span.start, d.span.end), 'SOAP');
    assert.match(d.message, /Objective and Plan sections/);
    assert.equal(d.fixes?.[0].safe, true);
  });

  it('the fix appends the headings at the end, keeps every other byte, and leaves only "empty" reports', () => {
    const text = note('\n## Subjective\n\nLow energy.\n\n## Assessment\n\nStable.\n');
    const [d] = gp305({ 's.md': text });
    const fixed = applyFix(text, d.fixes![0]);
    assert.ok(fixed.startsWith(text), 'the original text is untouched');
    assert.equal(fixed.slice(text.length), '\n## Objective\n\n## Plan\n');
    const after = gp305({ 's.md': fixed });
    assert.deepEqual(after.map((x) => fixed.slice(x.span.start, x.span.end)), ['## Objective', '## Plan']);
    assert.ok(after.every((x) => /is empty/.test(x.message)));
  });

  it('matches the depth of the existing section headings, CRLF files and a missing final newline', () => {
    const text = note('\n### Data\r\n\r\nSeen.', 'DAP', '\r\n');
    const [d] = gp305({ 's.md': text });
    const fixed = applyFix(text, d.fixes![0]);
    assert.equal(fixed.slice(text.length), '\r\n\r\n### Assessment\r\n\r\n### Plan\r\n');
  });

  it('an empty section is reported on its heading; a deeper heading with text counts as content', () => {
    const text = note('\n## Behavior\n\nCalm.\n\n## Intervention\n\n## Response\n\n### Detail\n\nEngaged.\n\n## Plan\n\nSame.\n', 'BIRP');
    const ds = gp305({ 's.md': text });
    assert.deepEqual(ds.map((x) => text.slice(x.span.start, x.span.end)), ['## Intervention']);
  });

  it('headings of level 1 or 4 do not count as sections', () => {
    const text = note('\n# Data\n\nx\n\n#### Assessment\n\ny\n\n## Plan\n\nz\n', 'DAP');
    const [d] = gp305({ 's.md': text });
    assert.match(d.message, /Data and Assessment sections/);
  });
});
