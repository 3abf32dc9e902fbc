// The shell of every self-contained HTML file GoalPlan writes (the progress report, the printable
// plan): one place that sets the page's own CSP, no referrer, the file's generator mark (what lets
// a later run replace only files it wrote) and the inline stylesheet, so the two pages can never
// drift apart on those.
import { escapeHtml } from './escape';
import { serializeHtml } from './serialize';

export interface StandalonePage {
  /** The page's Content-Security-Policy (escaped here into its meta element). */
  csp: string;
  /** The generator meta element that marks the file as this program's. */
  mark: string;
  /** Page title (plain text; escaped here). */
  title: string;
  /** The inline stylesheet's exact text (the CSP may carry its hash). */
  css: string;
  /** The body's class attribute (a constant, never note text). */
  bodyClass: string;
  /** Rendered views, serialised with the one escape helper. */
  body: Element[];
  /** Footer lines (plain text; escaped here), and the footer's class if any. */
  footer: string[];
  footerClass?: string;
}

export function standalonePage(p: StandalonePage): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(p.csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    p.mark,
    `<title>${escapeHtml(p.title)}</title>`,
    `<style>${p.css}</style>`,
    '</head>',
    `<body class="${escapeHtml(p.bodyClass)}">`,
    ...p.body.map((b) => serializeHtml(b)),
    `<footer${p.footerClass ? ` class="${escapeHtml(p.footerClass)}"` : ''}>${p.footer.map((f) => `<p>${escapeHtml(f)}</p>`).join('')}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
