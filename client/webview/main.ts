// The progress panel's script, bundled to dist/webview/main.js (IIFE) and loaded by the panel's
// HTML with a CSP nonce. It renders what the extension posts with the shared renderer
// (server/src/core/render) on the real DOM, and posts back only the protocol's messages.
// Every incoming message is validated first; text from files only ever becomes text nodes.
import { LONG_TABLE_ROWS, caseloadView, clientView, type CaseloadSort, type DeferredRows } from '../../server/src/core/render';
import {
  READY_MESSAGE, decodeFromExtension, isExtensionToWebview, type ExtensionToWebview, type WebviewBoot, type WebviewToExtension,
} from '../../server/src/shared/webviewProtocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** The boot script (boot.ts) ran first: it holds the webview API and has said `ready` already. */
const boot = (window as unknown as { goalplanBoot?: WebviewBoot }).goalplanBoot;
const vscode: VsCodeApi = boot ?? acquireVsCodeApi();
const post = (m: WebviewToExtension) => vscode.postMessage(m);

const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('main'));
const status = document.getElementById('status');

function announce(text: string): void {
  if (status) status.textContent = text;
}

/** A key for "the same control" across re-renders, so a live update keeps keyboard focus in place. */
function focusKey(el: Element | null): string | undefined {
  if (!el || !(el instanceof Element)) return undefined;
  const keys = ['data-uri', 'data-line', 'data-date', 'data-client', 'data-action', 'data-sort', 'data-chart', 'data-goal', 'data-instrument'].map((k) => el.getAttribute(k) ?? '');
  return keys.some(Boolean) ? `${el.tagName}|${keys.join('|')}` : undefined;
}

/**
 * Long tables are skipped while off screen until the charts are painted (PANEL_CSS in
 * client/src/panel/html.ts): mark them and give each its number of rows for its stand-in height
 * (a CSSOM property, which the CSP allows, not a style attribute). A table whose rows come later
 * (DeferredRows) says how many it will hold.
 */
function markLongTables(view: Element): void {
  for (const box of Array.from(view.querySelectorAll<HTMLElement>('.gp-table-box'))) {
    const rows = Number(box.getAttribute('data-rows')) || (box.querySelector('tbody')?.rows.length ?? 0);
    if (rows < LONG_TABLE_ROWS) continue;
    box.classList.add('gp-long');
    box.style.setProperty('--gp-rows', String(rows));
  }
}

/** A control that had the focus before a re-render and lives in rows not built yet. */
let pendingFocus: string | undefined;

/**
 * Once the charts are painted (idle periods come after the next frame), builds the rows that were
 * left for later and lays the long tables out, one table per idle period, top first: the page
 * ends as if nothing had been skipped. Until then the view is aria-busy.
 */
function layOutLongTables(view: Element, deferred: DeferredRows[]): void {
  const boxes = Array.from(view.querySelectorAll<HTMLElement>('.gp-table-box.gp-long'));
  const fills = new Map(deferred.map((x) => [x.box, x.fill]));
  if (fills.size > 0) view.setAttribute('aria-busy', 'true');
  const next = () => {
    if (!view.isConnected) return;
    const box = boxes.shift();
    if (!box) {
      view.removeAttribute('aria-busy');
      pendingFocus = undefined;
      return;
    }
    fills.get(box)?.();
    box.classList.remove('gp-long');
    box.style.removeProperty('--gp-rows');
    if (pendingFocus && fills.has(box) && refocus(box, pendingFocus)) pendingFocus = undefined;
    requestIdleCallback(next);
  };
  requestAnimationFrame(() => requestIdleCallback(next));
}

function show(view: Element, deferred: DeferredRows[] = []): void {
  markLongTables(view);
  root.replaceChildren(view);
  layOutLongTables(view, deferred);
}

/** Focuses the control under `scope` with this focus key; false if there is none. */
function refocus(scope: Element, key: string): boolean {
  for (const el of Array.from(scope.querySelectorAll('[tabindex], button'))) {
    if (focusKey(el) === key) {
      (el as HTMLElement | SVGElement).focus();
      return true;
    }
  }
  return false;
}

function render(view: Element, label: string, deferred: DeferredRows[] = []): void {
  const key = focusKey(document.activeElement);
  show(view, deferred);
  // A live update keeps the focus on the same control; one in rows not built yet gets it back
  // when they are.
  pendingFocus = key && !refocus(root, key) ? key : undefined;
  announce(label);
}

/** Charts are drawn at the panel's own width (text at the editor's font size, never scaled down). */
function chartWidth(): number | undefined {
  const w = root.clientWidth;
  return w > 0 ? Math.max(320, Math.floor(w)) : undefined;
}

/** A client's view, its summary and charts first: the long tables' rows are built after the first paint. */
function progressView(p: Extract<ExtensionToWebview, { type: 'clientProgress' }>['progress'], width: number | undefined): [Element, DeferredRows[]] {
  const deferredRows: DeferredRows[] = [];
  return [clientView(p, { document, interactive: true, width, deferredRows }), deferredRows];
}

let lastProgress: Extract<ExtensionToWebview, { type: 'clientProgress' }> | undefined;
let lastCaseload: Extract<ExtensionToWebview, { type: 'caseload' }> | undefined;
let caseloadSort: CaseloadSort | undefined;

function renderCaseload(m: Extract<ExtensionToWebview, { type: 'caseload' }>, label: string): void {
  render(caseloadView(m.rows, { document, interactive: true, today: m.today, head: m.head, sort: caseloadSort }), label);
}

/** A column header clicked: sort by it (urgent first), again: the other way round. Local: nothing is posted. */
function sortCaseloadBy(column: string): void {
  if (!lastCaseload) return;
  caseloadSort = caseloadSort?.column === column ? { column, descending: !caseloadSort.descending } : { column, descending: column !== 'client' && column !== 'clinician' };
  renderCaseload(lastCaseload, `Caseload sorted by ${column}, ${caseloadSort.descending ? 'descending' : 'ascending'}`);
}
let drawnWidth: number | undefined;

function handle(m: ExtensionToWebview): void {
  lastProgress = undefined;
  if (m.type !== 'caseload' && m.type !== 'init') lastCaseload = undefined;
  switch (m.type) {
    case 'init':
      if (m.theme) document.body.setAttribute('data-theme', m.theme);
      break;
    case 'clientProgress': {
      lastProgress = m;
      drawnWidth = chartWidth();
      const [view, deferred] = progressView(m.progress, drawnWidth);
      render(view, `Progress of ${m.progress.client} updated`, deferred);
      break;
    }
    case 'caseload':
      lastCaseload = m;
      renderCaseload(m, `Caseload updated: ${m.rows.length} clients`);
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

function receive(data: unknown): void {
  const m = decodeFromExtension(data);
  if (!isExtensionToWebview(m)) {
    // Never render or echo what did not validate (it could be anything).
    console.warn('goalplan: ignored a malformed message');
    return;
  }
  handle(m);
}
window.addEventListener('message', (event: MessageEvent) => receive(event.data));

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
  if (el.getAttribute('data-action') === 'problems') return () => post({ type: 'showProblems' });
  if (el.getAttribute('data-action') === 'print-plan') return () => post({ type: 'printPlan' });
  const sortKey = el.getAttribute('data-action') === 'sort' ? el.getAttribute('data-sort') : null;
  if (sortKey) return () => sortCaseloadBy(sortKey);
  return undefined;
}

root.addEventListener('click', (event) => {
  const act = actionOf(event.target);
  if (!act) return;
  event.preventDefault();
  act();
});

// A resized panel redraws its charts at the new width (one redraw per frame at most).
let resizeQueued = false;
new ResizeObserver(() => {
  if (resizeQueued || !lastProgress) return;
  resizeQueued = true;
  requestAnimationFrame(() => {
    resizeQueued = false;
    const w = chartWidth();
    if (!lastProgress || w === undefined || (drawnWidth !== undefined && Math.abs(w - drawnWidth) < 8)) return;
    drawnWidth = w;
    const keep = lastProgress;
    show(...progressView(keep.progress, w));
  });
}).observe(root);

// ---------------------------------------------------------------- keyboard on charts
// A chart is one tab stop; the arrow keys move between its points (Home/End: first/last), the
// point's value is shown under the chart and announced, Enter or Space opens the point's note.

function chartPoints(svg: Element): Element[] {
  return Array.from(svg.querySelectorAll('.gp-point[data-uri]'));
}

function currentPoint(svg: Element): Element | undefined {
  return svg.querySelector('.gp-point.gp-current') ?? undefined;
}

function showPoint(svg: Element, point: Element): void {
  for (const p of chartPoints(svg)) p.classList.remove('gp-current');
  point.classList.add('gp-current');
  const text = point.getAttribute('data-label') ?? '';
  const out = svg.parentElement?.querySelector(':scope > .gp-readout');
  if (out) out.textContent = text;
  else announce(text);
}

root.addEventListener('focusin', (event) => {
  const svg = event.target instanceof Element && event.target.matches('svg[data-chart][tabindex]') ? event.target : undefined;
  if (!svg || currentPoint(svg)) return;
  const pts = chartPoints(svg);
  if (pts.length) showPoint(svg, pts[pts.length - 1]);
});

root.addEventListener('keydown', (event: KeyboardEvent) => {
  const svg = event.target instanceof Element && event.target.matches('svg[data-chart][tabindex]') ? event.target : undefined;
  if (!svg) return;
  const pts = chartPoints(svg);
  if (pts.length === 0) return;
  const at = Math.max(0, pts.indexOf(currentPoint(svg) ?? pts[pts.length - 1]));
  const next = { ArrowLeft: at - 1, ArrowDown: at - 1, ArrowRight: at + 1, ArrowUp: at + 1, Home: 0, End: pts.length - 1 }[event.key];
  if (next !== undefined) {
    event.preventDefault();
    showPoint(svg, pts[Math.min(pts.length - 1, Math.max(0, next))]);
    return;
  }
  if (event.key === 'Enter' || event.key === ' ') {
    const act = actionOf(currentPoint(svg) ?? pts[at]);
    if (!act) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    act();
  }
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

// The handshake: the extension posts nothing until it hears `ready` (and re-posts after a
// reload). The boot script said it while this bundle loaded; what arrived since is handled now,
// in order, as if it had come just now (only the last of each kind shows anyway).
if (boot) for (const m of boot.takeEarlyMessages()) receive(m);
else post(READY_MESSAGE);
