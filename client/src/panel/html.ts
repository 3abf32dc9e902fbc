// The progress panel's HTML shell. Pure (no vscode import) so the Chromium test renders exactly
// what the panel serves. Strict CSP: nothing loads by default; the two scripts (boot and
// renderer, both bundled files) and the one stylesheet run because they carry this load's nonce; images only from the extension's own
// resources or data: URIs. File text never appears here: it arrives later as messages and the
// script turns it into text nodes.
import { PROGRESS_CSS } from '../../../server/src/core/render/styles';

export interface ShellOptions {
  /** webview.cspSource: the origin of the extension's local resources. */
  cspSource: string;
  /** webview.asWebviewUri(dist/webview/main.js), as a string. */
  scriptUri: string;
  /**
   * webview.asWebviewUri(dist/webview/boot.js): the small first script that says `ready` while
   * main.js loads (client/webview/boot.ts). Without it, main.js says `ready` once it has run.
   */
  bootUri?: string;
  /** Fresh per load, from a CSPRNG (makeNonce). */
  nonce: string;
  title?: string;
}

/**
 * The panel's own rules on top of the shared stylesheet. A client with 200 sessions has about
 * 1,100 table rows (each goal's values, the instrument, GAS, sessions): laying them out and
 * painting them took longer than everything else of an opening together, mostly for rows below
 * the fold. The script marks a long table's box (gp-long, LONG_TABLE_ROWS rows or more, client/webview/main.ts): off screen
 * it is skipped at first and stands in with a height estimated from its rows (--gp-rows, on the
 * generous side); its caption and header are in the DOM from the start, its rows are built after
 * the charts are painted (the renderer's deferredRows). Once the charts are painted the script
 * builds and lays out the skipped tables one per idle period (it removes gp-long), so the page
 * ends exactly as it was laid out before. The box is as wide as its table (fit-content, as a
 * table sizes itself) so the containment clips nothing, and it takes over the table's margins so
 * they still collapse with their neighbours'.
 */
export const PANEL_CSS = `
@media screen {
  .gp-table-box.gp-long { content-visibility: auto; contain-intrinsic-block-size: auto calc(3em + var(--gp-rows) * 3em);
    width: fit-content; margin: 0.4em 0; }
  .gp-table-box.gp-long > .gp-table { margin: 0; }
  .gp-glance .gp-table-box.gp-long { width: auto; }
}
`;

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Attribute-safe: the shell's inputs are ours (cspSource, a nonce, a bundle URI), but never trust quoting. */
function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function webviewHtml(o: ShellOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(o.nonce)) throw new Error('nonce must be at least 16 base64 characters');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${attr(o.title ?? 'GoalPlan progress')}</title>
<style nonce="${o.nonce}">${PROGRESS_CSS}${PANEL_CSS}</style>
${o.bootUri ? `<script nonce="${o.nonce}" src="${attr(o.bootUri)}"></script>
` : ''}</head>
<body>
<div id="status" class="gp-sr-only" role="status" aria-live="polite"></div>
<main id="root"><p class="gp-empty">Loading progress…</p></main>
<script nonce="${o.nonce}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
