// The panel's webview page in headless Chromium, as VS Code serves it: the page and its scripts
// from one origin (anything else aborted), and acquireVsCodeApi injected before the page's
// scripts, recording what the page posts in window.__posted. Shared by the browser tests of
// the panel so they load the page the same way.
import type { Page } from 'playwright-core';

export const WEBVIEW_ORIGIN = 'https://goalplan-webview.test';

/**
 * What VS Code injects before the page's scripts. A string, not a function: the test runner's
 * transpiler would add helpers the page lacks.
 */
export const WEBVIEW_API_STUB = `
  window.__posted = [];
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined });
`;

export interface WebviewPageOptions {
  /** The page (index.html at WEBVIEW_ORIGIN). */
  html: string;
  /** Script bodies by their URL under WEBVIEW_ORIGIN. */
  scripts: Record<string, string>;
  /** More of the init script, after the API stub. */
  init?: string;
  /** Each request aborted (not the page or one of its scripts). */
  onAbort?: (url: string) => void;
}

/** Loads the page and resolves once it has posted `ready`. */
export async function loadWebviewPage(page: Page, o: WebviewPageOptions): Promise<void> {
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === `${WEBVIEW_ORIGIN}/index.html`) return route.fulfill({ contentType: 'text/html', body: o.html });
    const script = o.scripts[u];
    if (script !== undefined) return route.fulfill({ contentType: 'text/javascript', body: script });
    o.onAbort?.(u);
    return route.abort();
  });
  await page.addInitScript(WEBVIEW_API_STUB + (o.init ?? ''));
  await page.goto(`${WEBVIEW_ORIGIN}/index.html`);
  await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
}
