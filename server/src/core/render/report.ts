// The standalone report page around a rendered view: one self-contained HTML file (inline CSS,
// charts as inline SVG, no script, no external load) that reads with scripts off and prints.
// Its own CSP forbids every fetch and every script, so even a mistake elsewhere could not make
// the file load or run anything when opened.
import { escapeHtml } from './escape';
import { serializeHtml } from './serialize';
import { PROGRESS_CSS } from './styles';

export interface ReportPage {
  /** Page title (plain text; escaped here). */
  title: string;
  /** The rendered view (clientView / caseloadView), serialised with serializeHtml. */
  body: Element | Element[];
  /** Footer facts (plain text; escaped here). */
  footer: string[];
  /**
   * CSP source for the inline stylesheet: the CLI passes `'sha256-...'` of PROGRESS_CSS
   * (see styleHashInput); default 'unsafe-inline' (styles only: scripts stay 'none').
   */
  styleSrc?: string;
}

/** The exact text of the inline <style> element, for hashing by the caller. */
export const REPORT_CSS = PROGRESS_CSS;

/** The mark of a goalplan report: `report --out` replaces an existing file only when it carries it. */
export const REPORT_MARK = '<meta name="generator" content="goalplan report">';

export function reportHtml(page: ReportPage): string {
  const csp = `default-src 'none'; style-src ${page.styleSrc ?? "'unsafe-inline'"}; img-src data:; base-uri 'none'; form-action 'none'`;
  const bodies = Array.isArray(page.body) ? page.body : [page.body];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    REPORT_MARK,
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body class="gp-report">',
    ...bodies.map((b) => serializeHtml(b)),
    `<footer class="gp-meta gp-footer">${page.footer.map((f) => `<p>${escapeHtml(f)}</p>`).join('')}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
