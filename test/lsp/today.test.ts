// Date rules follow the local date: the server re-checks everything when the date it uses
// changes, at the next local midnight (the timer) or when the today setting changes.
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver/node';
import { parseDocument } from '../../server/src/core/parse/document';
import { ServerContext } from '../../server/src/lsp/context';
import { DiagnosticsPublisher, msUntilNextLocalDay } from '../../server/src/lsp/diagnostics';
import { SESSION_100_A } from './fixtures';

describe('lsp: today', () => {
  it('the midnight timer fires one second after the next local midnight', () => {
    assert.equal(msUntilNextLocalDay(new Date(2026, 10, 26, 23, 59, 0)), 61_000);
    assert.equal(msUntilNextLocalDay(new Date(2026, 10, 26, 0, 0, 0)), 86_401_000);
    // Month and year ends roll over like any other day.
    assert.equal(msUntilNextLocalDay(new Date(2026, 11, 31, 23, 0, 0)), 3_601_000);
    assert.ok(msUntilNextLocalDay(new Date(2026, 10, 26, 23, 59, 59, 500)) >= 1000);
  });

  it('a new date re-checks every file once; the same date re-checks nothing', async () => {
    const sent: Array<{ uri: string; codes: string[] }> = [];
    const connection = {
      console: { log: () => undefined },
      sendDiagnostics: (p: { uri: string; diagnostics: Array<{ code?: unknown }> }) => { sent.push({ uri: p.uri, codes: p.diagnostics.map((d) => String(d.code)) }); return Promise.resolve(); },
    } as unknown as Connection;
    const ctx = new ServerContext(connection);
    ctx.todayOverride = '2026-11-26';
    const publisher = new DiagnosticsPublisher(ctx);
    const doc = parseDocument('file:///w/s.md', SESSION_100_A);
    ctx.workspace.set(doc);
    publisher.todayMayHaveChanged();
    await new Promise((r) => setImmediate(r));
    assert.equal(sent.length, 0, 'same date: nothing to do');
    ctx.todayOverride = '2026-10-01'; // the 2026-10-13 note now lies in the future
    publisher.todayMayHaveChanged();
    await new Promise((r) => setImmediate(r));
    assert.equal(sent.length, 1);
    assert.ok(sent[0].codes.includes('GP306'), sent[0].codes.join(','));
    publisher.dispose();
  });
});
