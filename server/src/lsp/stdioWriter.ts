// The message writer for `--stdio`. vscode-jsonrpc's stream writer queues every message behind a
// turn of the event loop (setImmediate) and writes the body only after the header's write has
// called back: with the diagnostics publisher re-checking a client's other files one per turn
// after an edit, each publish waited a file's check or two before its body left the process
// (1-3 ms of a 5 ms answer in `npm run bench`). This writer frames each message (the same
// `Content-Length` header, UTF-8 JSON body) and writes header and body at once, in one turn;
// the stream keeps the writes in call order, so messages cannot interleave.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class ImmediateStreamWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    // The body is encoded once and written as it is; the header goes just before it, in the same
    // synchronous turn, so nothing can come between them. (Concatenating the two copied a 135 KB
    // publish again; handing the stream one string made it flatten and scan the text twice.)
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
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
    });
  }

  end(): void {
    this.out.end();
  }
}
