// The message writer for `--stdio`. vscode-jsonrpc's stream writer queues every message behind a
// turn of the event loop (setImmediate) and writes the body only after the header's write has
// called back: with the diagnostics publisher re-checking a client's other files one per turn
// after an edit, each publish waited a file's check or two before its body left the process
// (1-3 ms of a 5 ms answer in `npm run bench`). This writer frames each message (the same
// `Content-Length` header, UTF-8 JSON body) and writes header and body at once, in one write;
// the stream keeps the writes in call order, so messages cannot interleave.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class ImmediateStreamWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly out: NodeJS.WritableStream & { cork?(): void; uncork?(): void }) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    // The body is encoded once and written as it is, the header just before it, corked: a stream
    // that can (a pipe or socket: stdout) sends both in one writev system call. Two writes were
    // two system calls, each waking the editor's reader: on a busy machine the reader, woken by
    // the header, took the CPU from the server before the body left (a CPU profile put 3 ms of
    // each 200-goal plan's publish in the 30-byte header's write, against 0.7 ms for the 135 KB
    // body). (Concatenating the two copied a 135 KB publish again; handing the stream one string
    // made it flatten and scan the text twice; measuring the UTF-8 length first to encode into
    // one buffer scanned it once more.)
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.out.cork?.();
    this.out.write(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii');
    return new Promise((resolve, reject) => {
      this.out.write(body, (error?: Error | null) => {
        if (error) {
          this.errors++;
          this.fireError(error, msg, this.errors);
          reject(error);
          return;
        }
        this.errors = 0;
        resolve();
      });
      this.out.uncork?.();
    });
  }

  end(): void {
    this.out.end();
  }
}
