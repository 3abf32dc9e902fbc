// The progress panel's first script, bundled to dist/webview/boot.js and loaded (with the load's
// nonce) in the page's <head>, before the renderer (main.js, about 600 KB with Observable Plot).
// It says `ready` at once, so the extension's answer travels (webview -> extension host ->
// webview, through the workbench) while the renderer is still being fetched and compiled instead
// of after it; messages that arrive before the renderer listens are kept, in order, and handed to
// it. It reads no message and touches no DOM: main.ts validates and renders everything.
import { READY_MESSAGE, type WebviewBoot } from '../../server/src/shared/webviewProtocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

// acquireVsCodeApi() may be called once per page: the renderer takes this one.
const api = acquireVsCodeApi();
const early: unknown[] = [];
const keep = (event: MessageEvent) => {
  early.push(event.data);
};
window.addEventListener('message', keep);

const boot: WebviewBoot = {
  postMessage: (m) => api.postMessage(m),
  takeEarlyMessages: () => {
    window.removeEventListener('message', keep);
    return early.splice(0);
  },
};
(window as unknown as { goalplanBoot?: WebviewBoot }).goalplanBoot = boot;
api.postMessage(READY_MESSAGE);
