// The protocol at its edges: requests that arrive before the workspace index is built (sent in
// the same write as initialize/initialized/didOpen) wait for it and answer as they would later,
// with a work-done progress for a client that supports one; after `shutdown` every request is
// an InvalidRequest error.
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader, StreamMessageWriter, type CompletionList, type Hover, type Location, type Message,
} from 'vscode-languageserver-protocol/node';
import { serverBundle } from '../helpers/build';
import { Methods } from '../../server/src/shared/lspProtocol';
import { at, codes, cursor, FULL_CAPABILITIES, LspSession } from './harness';
import { clinic, SESSION_100_B } from './fixtures';

const PLAN = 'clients/C-0100/plan.md';
const SESSION_B = 'clients/C-0100/sessions/2026-11-10.md';

interface Raw { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } }

describe('lsp: requests sent with initialize wait for the index', function () {
  let root: string;
  let proc: cp.ChildProcess;
  before(function () {
    this.timeout(120_000); // may include the one-time build (test/helpers/build.ts)
    serverBundle();
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-edges-')));
    for (const [rel, text] of Object.entries(clinic())) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
  });
  after(() => {
    proc?.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('hover, definition, completion and prepareRename in the same write as initialize/initialized/didOpen', async () => {
    proc = cp.spawn(process.execPath, [serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const reader = new StreamMessageReader(proc.stdout!);
    const writer = new StreamMessageWriter(proc.stdin!);
    const responses = new Map<number | string, Raw>();
    const progress: Array<{ token: unknown; kind: string }> = [];
    const created: unknown[] = [];
    let wake: () => void = () => undefined;
    reader.listen((m: Message) => {
      const msg = m as Raw;
      if (msg.method && msg.id !== undefined) {
        // The server's own requests: accept them as a client would.
        if (msg.method === 'window/workDoneProgress/create') created.push((msg.params as { token: unknown }).token);
        void writer.write({ jsonrpc: '2.0', id: msg.id, result: null } as Message);
      } else if (msg.method === '$/progress') {
        const p = msg.params as { token: unknown; value: { kind: string } };
        progress.push({ token: p.token, kind: p.value.kind });
      } else if (msg.id !== undefined && !msg.method) {
        responses.set(msg.id, msg);
      }
      wake();
    });
    const response = (id: number) => new Promise<Raw>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to request ${id}`)), 20_000);
      const check = () => {
        const r = responses.get(id);
        if (!r) return;
        clearTimeout(timer);
        resolve(r);
      };
      const prev = wake;
      wake = () => { prev(); check(); };
      check();
    });

    const rootUri = pathToFileURL(root).href;
    const uri = pathToFileURL(path.join(root, SESSION_B)).href;
    // The note as the client has it (a blank line under `goals:`); completion asks on the key G2.
    const { text } = cursor(SESSION_100_B.replace('goals:\n', 'goals:\n  |\n'));
    const messages = [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: {
        processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'clinic' }],
        capabilities: { ...FULL_CAPABILITIES, window: { workDoneProgress: true } },
        initializationOptions: { trusted: false, today: '2026-11-26' },
      } },
      { jsonrpc: '2.0', method: 'initialized', params: {} },
      { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } },
      { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: at(text, '  G1:', 3) } },
      { jsonrpc: '2.0', id: 3, method: 'textDocument/definition', params: { textDocument: { uri }, position: at(text, '  G2:', 2) } },
      // On the key G2 (the note lists G1, G2 and G7): the one being written is offered, the others not.
      { jsonrpc: '2.0', id: 4, method: 'textDocument/completion', params: { textDocument: { uri }, position: at(text, '  G2:', 4) } },
      { jsonrpc: '2.0', id: 5, method: 'textDocument/prepareRename', params: { textDocument: { uri }, position: at(text, '  G1:', 2) } },
    ];
    // One write: every message is in the server's input before it has read a single file.
    proc.stdin!.write(Buffer.concat(messages.map((m) => {
      const body = Buffer.from(JSON.stringify(m), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    })));

    const [hover, definition, completion, rename] = await Promise.all([2, 3, 4, 5].map(response));
    const h = hover.result as Hover & { contents: { value: string } };
    assert.match(h.contents.value, /reduce PHQ-9 score from 15 to 7/, `hover: ${JSON.stringify(hover.error ?? h?.contents)}`);
    assert.match(h.contents.value, /Latest: 2026-11-10/, 'the hover read the sessions too');
    assert.equal((definition.result as Location).uri, pathToFileURL(path.join(root, PLAN)).href);
    assert.deepEqual((completion.result as CompletionList).items.map((i) => i.label).sort(), ['G2'], 'completion answered from the whole index');
    assert.equal((rename.result as { placeholder: string }).placeholder, 'G1');
    // The client supports work-done progress: the index showed one, begun and ended. (A fast
    // index may end before the client's answer to the token request arrives: the server then
    // begins and ends it on that answer, after the requests were answered, so wait for its end.)
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`progress: ${JSON.stringify(progress)}`)), 20_000);
      const check = () => {
        if (!progress.some((p) => p.kind === 'end')) return;
        clearTimeout(timer);
        resolve();
      };
      const prev = wake;
      wake = () => { prev(); check(); };
      check();
    });
    assert.equal(created.length, 1, 'one progress token requested');
    assert.deepEqual(progress.filter((p) => p.token === created[0]).map((p) => p.kind), ['begin', 'end']);
    reader.dispose();
    writer.dispose();
  });
});

describe('lsp: after shutdown', function () {
  let s: LspSession;
  before(async function () {
    this.timeout(120_000);
    s = await LspSession.start({ files: clinic() });
    await s.waitForDiagnostics(SESSION_B, (d) => codes(d).includes('GP301'), 'workspace indexed');
  });
  after(async () => s?.stop());

  it('every request is answered with InvalidRequest', async () => {
    const uri = s.open(SESSION_B);
    assert.equal(await s.request('shutdown', null), null);
    const position = at(s.text(SESSION_B), '  G1:', 3);
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/completion', { textDocument: { uri }, position }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      [Methods.clients, {}],
      ['shutdown', null],
    ] as const) {
      await assert.rejects(s.request(method, params), (e: { code?: number }) => e.code === -32600, `${method} after shutdown`);
    }
  });
});
