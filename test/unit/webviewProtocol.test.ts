// The webview protocol's guards: exactly the documented messages pass, in both directions;
// forged, malformed or padded messages are rejected.
import { strict as assert } from 'node:assert';
import {
  MAX_CLIENT_LENGTH, MAX_URI_LENGTH, decodeFromExtension, encodeForWebview, isCaseloadRow, isClientProgress, isExtensionToWebview, isWebviewToExtension,
} from '../../server/src/shared/webviewProtocol';
import { makeFixture, type Fixture } from '../helpers/progressFixture';

describe('webview protocol guards', function () {
  this.timeout(60_000);

  describe('webview -> extension', () => {
    const valid: unknown[] = [
      { type: 'ready' },
      { type: 'requestCaseload' },
      { type: 'openLocation', uri: 'file:///work/clinic/clients/C-1/sessions/2026-01-05.md', line: 0 },
      { type: 'openLocation', uri: '/abs/path/plan.md', line: 42 },
      { type: 'selectClient', client: 'C-0142' },
      { type: 'printPlan' },
    ];
    for (const m of valid) it(`accepts ${JSON.stringify(m)}`, () => assert.equal(isWebviewToExtension(m), true));

    const forged: Array<[string, unknown]> = [
      ['null', null],
      ['a string', 'ready'],
      ['an array', [{ type: 'ready' }]],
      ['no type', { uri: 'a.md', line: 1 }],
      ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
      ['a type with different case', { type: 'Ready' }],
      ['an extension->webview type', { type: 'init' }],
      ['extra keys on ready', { type: 'ready', extra: 1 }],
      ['a printPlan naming a client or a path (the extension prints the shown client, asks where)', { type: 'printPlan', client: 'C-0142', target: '/etc/x' }],
      ['extra keys on openLocation', { type: 'openLocation', uri: 'a.md', line: 1, command: 'x' }],
      ['a missing line', { type: 'openLocation', uri: 'a.md' }],
      ['a string line', { type: 'openLocation', uri: 'a.md', line: '1' }],
      ['a negative line', { type: 'openLocation', uri: 'a.md', line: -1 }],
      ['a fractional line', { type: 'openLocation', uri: 'a.md', line: 1.5 }],
      ['an infinite line', { type: 'openLocation', uri: 'a.md', line: Infinity }],
      ['a NaN line', { type: 'openLocation', uri: 'a.md', line: NaN }],
      ['an empty uri', { type: 'openLocation', uri: '', line: 0 }],
      ['a uri object', { type: 'openLocation', uri: { scheme: 'file', path: '/etc/passwd' }, line: 0 }],
      ['a NUL in the uri', { type: 'openLocation', uri: '/tmp/a.md\u0000.png', line: 0 }],
      ['a newline in the uri', { type: 'openLocation', uri: '/tmp/a.md\n', line: 0 }],
      ['a huge uri', { type: 'openLocation', uri: `/${'a'.repeat(MAX_URI_LENGTH)}.md`, line: 0 }],
      ['an empty client', { type: 'selectClient', client: '  ' }],
      ['a numeric client', { type: 'selectClient', client: 142 }],
      ['a huge client', { type: 'selectClient', client: 'C'.repeat(MAX_CLIENT_LENGTH + 1) }],
      ['a prototype-polluting key', JSON.parse('{"type":"ready","__proto__":{"x":1}}')],
    ];
    for (const [what, m] of forged) it(`rejects ${what}`, () => assert.equal(isWebviewToExtension(m), false));
  });

  describe('extension -> webview', () => {
    let fx: Fixture;
    before(async () => {
      fx = await makeFixture();
    });
    after(() => fx?.remove());

    it('accepts the real messages (after a JSON round trip, as postMessage does)', () => {
      const progress = JSON.parse(JSON.stringify(fx.progress));
      assert.equal(isClientProgress(progress), true);
      assert.equal(isExtensionToWebview({ type: 'clientProgress', progress }), true);
      assert.equal(isExtensionToWebview({ type: 'caseload', rows: fx.caseload.rows, today: '2026-11-26' }), true);
      assert.equal(isExtensionToWebview({ type: 'init', theme: 'dark' }), true);
      assert.equal(isExtensionToWebview({ type: 'init' }), true);
      assert.equal(isExtensionToWebview({ type: 'error', message: 'Could not load the caseload.' }), true);
      for (const r of fx.caseload.rows) assert.equal(isCaseloadRow(r), true);
    });

    it('a message posted as its JSON text decodes to the same message, which the guard accepts', () => {
      const m = { type: 'clientProgress' as const, progress: JSON.parse(JSON.stringify(fx.progress)) };
      const text = encodeForWebview(m);
      assert.equal(typeof text, 'string');
      assert.deepEqual(decodeFromExtension(text), m);
      assert.equal(isExtensionToWebview(decodeFromExtension(text)), true);
      assert.deepEqual(decodeFromExtension({ type: 'init' }), { type: 'init' }, 'an object passes as it came');
    });

    it('text that is not JSON, or JSON of a forged message, is rejected by the guard', () => {
      for (const text of ['{"type":"init"', '<script>alert(1)</script>', '', '"init"', '{"type":"openLocation","uri":"a.md","line":0}', '{"type":"init","theme":"neon"}']) {
        assert.equal(isExtensionToWebview(decodeFromExtension(text)), false, text);
      }
    });

    it('rejects malformed data messages', () => {
      const good = JSON.parse(JSON.stringify(fx.progress));
      const broken = (mutate: (p: any) => void) => {
        const p = structuredClone(good);
        mutate(p);
        return { type: 'clientProgress', progress: p };
      };
      const cases: Array<[string, unknown]> = [
        ['an unknown theme', { type: 'init', theme: 'neon' }],
        ['extra keys', { type: 'init', theme: 'dark', html: '<b>' }],
        ['a non-string error', { type: 'error', message: { toString: 'x' } }],
        ['no progress', { type: 'clientProgress' }],
        ['a wrong model version', broken((p) => { p.version = 2; })],
        ['goals not an array', broken((p) => { p.goals = {}; })],
        ['a point without a date', broken((p) => { delete p.goals[0].points[0].date; })],
        ['a point value that is a string', broken((p) => { p.goals[0].points[0].value = '<img>'; })],
        ['a point source without a line', broken((p) => { p.goals[0].points[0].source = { uri: 'x' }; })],
        ['a non-ISO today', broken((p) => { p.today = 'yesterday'; })],
        ['an instrument score that is not a number', broken((p) => { p.instruments[0].points[0].score = null; })],
        ['caseload rows not an array', { type: 'caseload', rows: 'C-1' }],
        ['a caseload row without counts', { type: 'caseload', rows: [{ client: 'C-1' }] }],
        ['a caseload with a bad today', { type: 'caseload', rows: [], today: '26/11/2026' }],
        ['a webview->extension type', { type: 'openLocation', uri: 'a.md', line: 0 }],
      ];
      for (const [what, m] of cases) assert.equal(isExtensionToWebview(m), false, what);
    });
  });
});
