// The progress panel's script, bundled to dist/webview/main.js (IIFE) and loaded by the panel's
// HTML with a CSP nonce. It renders what the extension posts with the shared renderer
// (server/src/core/render) on the real DOM, and posts back only the protocol's four messages.
// Every incoming message is validated first; text from files only ever becomes text nodes.
import { caseloadView, clientView } from '../../server/src/core/render';
import {
  isExtensionToWebview, type ExtensionToWebview, type WebviewToExtension,
} from '../../server/src/shared/webviewProtocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (m: WebviewToExtension) => vscode.postMessage(m);

const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('main'));
const status = document.getElementById('status');

function announce(text: string): void {
  if (status) status.textContent = text;
}

/** A key for "the same control" across re-renders, so a live update keeps keyboard focus in place. */
function focusKey(el: Element | null): string | undefined {
  if (!el || !(el instanceof Element)) return undefined;
  const keys = ['data-uri', 'data-line', 'data-date', 'data-client', 'data-action'].map((k) => el.getAttribute(k) ?? '');
  return keys.some(Boolean) ? `${el.tagName}|${keys.join('|')}` : undefined;
}

function render(view: Element, label: string): void {
  const key = focusKey(document.activeElement);
  root.replaceChildren(view);
  if (key) {
    for (const el of Array.from(root.querySelectorAll('[tabindex], button'))) {
      if (focusKey(el) === key) {
        (el as HTMLElement | SVGElement).focus();
        break;
      }
    }
  }
  announce(label);
}

function handle(m: ExtensionToWebview): void {
  switch (m.type) {
    case 'init':
      if (m.theme) document.body.setAttribute('data-theme', m.theme);
      break;
    case 'clientProgress':
      render(clientView(m.progress, { document, interactive: true }), `Progress of ${m.progress.client} updated`);
      break;
    case 'caseload':
      render(caseloadView(m.rows, { document, interactive: true, today: m.today, head: m.head }), `Caseload updated: ${m.rows.length} clients`);
      break;
    case 'error': {
      const p = document.createElement('p');
      p.className = 'gp-error';
      p.setAttribute('role', 'alert');
      p.textContent = m.message;
      root.replaceChildren(p);
      break;
    }
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const m: unknown = event.data;
  if (!isExtensionToWebview(m)) {
    // Never render or echo what did not validate (it could be anything).
    console.warn('goalplan: ignored a malformed message');
    return;
  }
  handle(m);
});

/** The control a click or key press acts on: a chart point, a source button, a client, a nav button. */
function actionOf(target: EventTarget | null): (() => void) | undefined {
  const el = target instanceof Element ? target.closest('[data-uri][data-line], [data-client], [data-action]') : null;
  if (!el || !root.contains(el)) return undefined;
  const uri = el.getAttribute('data-uri');
  const line = Number(el.getAttribute('data-line'));
  if (uri !== null && Number.isInteger(line)) return () => post({ type: 'openLocation', uri, line });
  const client = el.getAttribute('data-client');
  if (client !== null && el.tagName.toLowerCase() === 'button') return () => post({ type: 'selectClient', client });
  if (el.getAttribute('data-action') === 'caseload') return () => post({ type: 'requestCaseload' });
  return undefined;
}

root.addEventListener('click', (event) => {
  const act = actionOf(event.target);
  if (!act) return;
  event.preventDefault();
  act();
});

root.addEventListener('keydown', (event: KeyboardEvent) => {
  // Buttons already turn Enter/Space into a click; SVG points (role=button) need it done here.
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target as Element | null;
  if (!target || target.tagName.toLowerCase() === 'button') return;
  const act = actionOf(target);
  if (!act) return;
  event.preventDefault();
  act();
});

// The handshake: the extension posts nothing until it hears this (and re-posts after a reload).
post({ type: 'ready' });
