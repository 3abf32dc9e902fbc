// Language-server rows, measured over a real stdio connection: `node dist/server/server.js
// --stdio` as a child process, driven the way an editor drives it (didOpen, incremental
// didChange), timed from sending a change to receiving the publishDiagnostics it causes.
// Memory is the server process's peak resident set (VmHWM), an upper bound of its heap.
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { now } from './stats';

/** Pause between edits: a fast typist (about 15 keystrokes a second), so a change's follow-up re-checks finish as they would while typing. */
const TYPING_MS = 70;

export interface LspRun {
  indexMs: number;
  indexedFiles: number;
  /** Wall time from `initialized` to the index log line, seen from the client. */
  indexWallMs: number;
  /** From `initialized` until the first full re-check of the indexed files was logged. */
  firstFullCheckMs: number | undefined;
  peakRssBytes: number;
  /** V8 heap committed (MB) as the server logged it after the index and after its first full re-check. */
  heapAfterIndexMb: number;
  heapAfterFullCheckMb: number | undefined;
  planEditMs: number[];
  /** Same edits, until the bench client's vscode-jsonrpc had parsed and dispatched the message. */
  planEditHandledMs: number[];
  sessionEditMs: number[];
  crossFileMs: number[];
  crossFileSessions: number;
  /** Server CPU time (user + system, from /proc) per phase, divided by its edits: load-independent. */
  cpu: { index: number; planEdit: number; sessionEdit: number; crossFile: number };
}

/** "heap N MB committed" from a server log line (lsp/memory.ts), NaN when absent. */
function heapOf(line: string): number {
  const m = /heap (\d+) MB committed/.exec(line);
  return m ? Number(m[1]) : NaN;
}

const TICK_MS = (() => {
  try {
    return 1000 / Number(cp.execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  } catch {
    return 10;
  }
})();

/** CPU time a process has used so far (ms), from /proc/PID/stat (utime + stime). */
function cpuMsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

interface Publish {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  at: number;
  handledAt: number;
}

/**
 * When each publishDiagnostics message had fully arrived from the server, by uri and version.
 * A second reader of the server's stdout that only frames messages (Content-Length) and notes
 * the time of the chunk that completed each one: the server's answer time, without the bench
 * client's own JSON parsing and vscode-jsonrpc's dispatch (two turns of its event loop), which
 * took 2-5 ms of a 135 KB message on this machine and belong to the editor, not the server.
 */
function tapArrivals(out: NodeJS.ReadableStream): { take(uri: string, version: number | undefined): number | undefined } {
  const times = new Map<string, number>();
  let chunks: Buffer[] = [];
  let size = 0;
  let need = -1; // body length of the message being read, -1 while its header is incomplete
  out.on('data', (b: Buffer) => {
    const at = now();
    chunks.push(b);
    size += b.length;
    for (;;) {
      const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      chunks = [buf];
      if (need < 0) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, end).toString('ascii'));
        need = m ? Number(m[1]) : 0;
        chunks = [buf.subarray(end + 4)];
        size = buf.length - end - 4;
        continue;
      }
      if (size < need) return;
      const body = buf.subarray(0, need);
      chunks = [buf.subarray(need)];
      size = buf.length - need;
      need = -1;
      // Only publishDiagnostics matter; read their uri and version from the head of the body.
      const head = body.subarray(0, 600).toString('utf8');
      if (head.includes('"textDocument/publishDiagnostics"')) {
        const msg = JSON.parse(body.toString('utf8')) as { params: { uri: string; version?: number } };
        times.set(`${msg.params.uri}#${msg.params.version ?? ''}`, at);
      }
    }
  });
  return {
    take(uri, version) {
      const key = `${uri}#${version ?? ''}`;
      const t = times.get(key);
      times.delete(key);
      return t;
    },
  };
}

export interface LspBenchOptions {
  server: string;
  root: string;
  today: string;
  /** Workspace-relative paths. */
  bigPlan: string;
  session: string;
  crossFilePlan: string;
  crossFileSessions: string[];
  edits: number;
  log?: (m: string) => void;
}

export async function benchLsp(o: LspBenchOptions): Promise<LspRun> {
  const proc = cp.spawn(process.execPath, [o.server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  proc.stderr!.resume();
  const arrivals = tapArrivals(proc.stdout!);
  const conn: ProtocolConnection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiters = new Set<(p: Publish) => boolean>();
  const logWaiters = new Set<(m: string, at: number) => boolean>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
    // Timed when the message's last byte arrived (see tapArrivals), not when the client library
    // got round to dispatching it; `handledAt` is the latter.
    const handledAt = now();
    const pub: Publish = { ...p, at: arrivals.take(p.uri, p.version) ?? handledAt, handledAt };
    for (const w of [...waiters]) if (w(pub)) waiters.delete(w);
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    const at = now();
    for (const w of [...logWaiters]) if (w(p.message, at)) logWaiters.delete(w);
  });
  conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'goalplan' ? { today: o.today } : null)));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();

  const waitLog = (re: RegExp, timeoutMs: number) => new Promise<{ m: RegExpExecArray; at: number }>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`language server: no log line matching ${re} within ${timeoutMs} ms`)), timeoutMs);
    logWaiters.add((message, at) => {
      const m = re.exec(message);
      if (!m) return false;
      clearTimeout(t);
      resolve({ m, at });
      return true;
    });
  });
  const waitPublish = (pred: (p: Publish) => boolean, timeoutMs = 30_000) => new Promise<Publish>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`language server: diagnostics did not arrive within ${timeoutMs} ms`)), timeoutMs);
    waiters.add((p) => {
      if (!pred(p)) return false;
      clearTimeout(t);
      resolve(p);
      return true;
    });
  });
  const pause = (msDelay: number) => new Promise((r) => setTimeout(r, msDelay));

  try {
    const rootUri = pathToFileURL(o.root).href;
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { today: o.today },
    });
    const indexed = waitLog(/indexed (\d+) goal files of \d+ Markdown files in (\d+) ms.*/, 300_000);
    const fullCheck = waitLog(/re-checked (\d+) files .* in (\d+) ms.*/, 600_000);
    const t0 = now();
    await conn.sendNotification('initialized', {});
    const idx = await indexed;
    const cpuIndex = cpuMsOf(proc.pid!);
    o.log?.(`  language server indexed ${idx.m[1]} files in ${idx.m[2]} ms`);
    let firstFullCheckMs: number | undefined;
    const heaps = [heapOf(idx.m[0])];
    try {
      const full = await fullCheck;
      firstFullCheckMs = full.at - t0;
      heaps.push(heapOf(full.m[0]));
    } catch {
      firstFullCheckMs = undefined;
    }

    let version = 1;
    const open = async (rel: string) => {
      const uri = pathToFileURL(`${o.root}/${rel}`).href;
      const text = fs.readFileSync(`${o.root}/${rel}`, 'utf8');
      const got = waitPublish((p) => p.uri === uri);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: ++version, text } });
      await got;
      return { uri, text };
    };
    /** Replaces the `len` characters at `offset` and times the diagnostics of that version. */
    const edit = async (uri: string, text: string, offset: number, len: number, newText: string, until?: (sent: number) => Promise<number>) => {
      const v = ++version;
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      const character = offset - (before.lastIndexOf('\n') + 1);
      const own = waitPublish((p) => p.uri === uri && p.version === v);
      const sent = now();
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + len } }, text: newText }],
      });
      const done = until ? await until(sent) : (await own).at;
      const handled = (await own).handledAt;
      return { ms: done - sent, handledMs: handled - sent, text: text.slice(0, offset) + newText + text.slice(offset + len) };
    };

    // 1. Typing in a 200-goal plan: a goal's target goes 4 -> 5 -> 4 ..., in a different goal each time.
    const plan = await open(o.bigPlan);
    let planText = plan.text;
    const targets = [...planText.matchAll(/target: (\d+)/g)].map((m) => m.index! + 'target: '.length);
    const planEditMs: number[] = [];
    const planEditHandledMs: number[] = [];
    let c0 = 0;
    for (let i = 0; i < o.edits + 10; i++) {
      if (i === 10) c0 = cpuMsOf(proc.pid!);
      const at = targets[(i * 37) % targets.length];
      const cur = planText[at];
      const r = await edit(plan.uri, planText, at, 1, cur === '4' ? '5' : '4');
      planText = r.text;
      if (i >= 10) {
        planEditMs.push(r.ms); // the first ten warm the server up
        planEditHandledMs.push(r.handledMs);
      }
      await pause(TYPING_MS);
    }

    const cpuPlan = (cpuMsOf(proc.pid!) - c0) / o.edits;

    // 2. Typing in one session note: a goal's progress value changes.
    const note = await open(o.session);
    let noteText = note.text;
    const progressAt = noteText.search(/progress: -?\d/) + 'progress: '.length;
    const sessionEditMs: number[] = [];
    for (let i = 0; i < o.edits + 10; i++) {
      if (i === 10) c0 = cpuMsOf(proc.pid!);
      const m = /^-?\d/.exec(noteText.slice(progressAt))!;
      const r = await edit(note.uri, noteText, progressAt, m[0].length, m[0] === '1' ? '2' : '1');
      noteText = r.text;
      if (i >= 10) sessionEditMs.push(r.ms);
      await pause(TYPING_MS);
    }

    const cpuSession = (cpuMsOf(proc.pid!) - c0) / o.edits;

    // 3. A plan edit that changes every one of its sessions' diagnostics: the plan's client id
    //    changes (the sessions lose their plan, GP307) and changes back. Timed until the last
    //    of the sessions' new diagnostics arrived.
    const cross = await open(o.crossFilePlan);
    let crossText = cross.text;
    const sessionUris = new Set(o.crossFileSessions.map((s) => pathToFileURL(`${o.root}/${s}`).href));
    const clientAt = crossText.indexOf('client: C-') + 'client: C-'.length;
    const crossFileMs: number[] = [];
    const rounds = Math.max(6, Math.round(o.edits / 10));
    for (let i = 0; i < rounds + 2; i++) {
      if (i === 2) c0 = cpuMsOf(proc.pid!);
      const seen = new Set<string>();
      let last = 0;
      const allSessions = new Promise<number>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`only ${seen.size} of ${sessionUris.size} sessions re-published`)), 30_000);
        waiters.add((p) => {
          if (!sessionUris.has(p.uri)) return false;
          seen.add(p.uri);
          last = p.at;
          if (seen.size < sessionUris.size) return false;
          clearTimeout(t);
          resolve(last);
          return true;
        });
      });
      // C-1000 -> C-X1000 (a client nobody else is) -> C-1000 ...
      const renamed = crossText[clientAt] === 'X';
      const r = await edit(cross.uri, crossText, clientAt, renamed ? 1 : 0, renamed ? '' : 'X', () => allSessions);
      crossText = r.text;
      if (i >= 2) crossFileMs.push(r.ms);
      await pause(TYPING_MS);
    }

    const cpuCross = (cpuMsOf(proc.pid!) - c0) / rounds;
    const status = fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    await conn.sendRequest('shutdown');
    // The next rows time git and the CLI: they should not share the machine with a 300 MB
    // process still exiting, so the server's exit is awaited (killed if it takes over 5 s).
    const exited = new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) resolve();
      else proc.once('exit', () => resolve());
    });
    await conn.sendNotification('exit');
    const killer = setTimeout(() => proc.kill(), 5000);
    await exited;
    clearTimeout(killer);
    return {
      indexMs: Number(idx.m[2]),
      indexedFiles: Number(idx.m[1]),
      indexWallMs: idx.at - t0,
      firstFullCheckMs,
      peakRssBytes: hwm ? Number(hwm[1]) * 1024 : NaN,
      heapAfterIndexMb: heaps[0],
      heapAfterFullCheckMb: heaps[1],
      planEditMs,
      planEditHandledMs,
      sessionEditMs,
      crossFileMs,
      crossFileSessions: sessionUris.size,
      cpu: { index: cpuIndex, planEdit: cpuPlan, sessionEdit: cpuSession, crossFile: cpuCross },
    };
  } finally {
    conn.dispose();
    if (proc.exitCode === null) proc.kill();
  }
}
