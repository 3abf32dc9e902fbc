// The standalone report page around a rendered view: one self-contained HTML file (inline CSS,
// charts as inline SVG, no script, no external load) that reads with scripts off and prints.
// Its own CSP forbids every fetch and every script, so even a mistake elsewhere could not make
// the file load or run anything when opened.
import { standalonePage } from './standalonePage';
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
  return standalonePage({
    csp,
    mark: REPORT_MARK,
    title: page.title,
    css: REPORT_CSS,
    bodyClass: 'gp-report',
    body: Array.isArray(page.body) ? page.body : [page.body],
    footer: page.footer,
    footerClass: 'gp-meta gp-footer',
  });
}
