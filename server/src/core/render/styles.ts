// One stylesheet for the panel and the report. Colours come from VS Code's theme variables
// (--vscode-*) when the panel runs inside the editor, with light fallbacks for the standalone
// report; chart marks are coloured here, not by Plot attributes, so a theme switch needs no
// re-render. It also carries the rules Plot would have put in its own <style> (removed because a
// nonce-only CSP would block it). Print rules keep charts and tables whole on paper.
export const PROGRESS_CSS = `
:root {
  --gp-fg: var(--vscode-editor-foreground, #1f2328);
  --gp-bg: var(--vscode-editor-background, #ffffff);
  --gp-muted: var(--vscode-descriptionForeground, #59636e);
  --gp-border: var(--vscode-panel-border, var(--vscode-editorWidget-border, #d0d7de));
  --gp-focus: var(--vscode-focusBorder, #0969da);
  --gp-link: var(--vscode-textLink-foreground, #0969da);
  /* Chart colours: Okabe-Ito hues (told apart with any colour vision), darkened for light
     backgrounds and lightened for dark ones so every line and label is at least 3:1 against the
     editor background (checked in the real editor by test/e2e/ui/accessibility.mjs). */
  --gp-line: #0072b2;
  --gp-target: #00795a;
  --gp-baseline: #b34f00;
  --gp-review: #8e3a72;
  --gp-alert: #c0362c;
  --gp-warn: #886a00;
  --gp-today: #59636e;
  --gp-band-opacity: 0.16;
  --gp-band-a: #56b4e9;
  --gp-band-b: #f0e442;
  --gp-band-c: #e69f00;
  --gp-band-d: #d55e00;
  --gp-band-e: #cc79a7;
  color-scheme: light dark;
}
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) {
  --gp-line: #56b4e9;
  --gp-target: #2bb38a;
  --gp-baseline: #e69f00;
  --gp-review: #cc79a7;
  --gp-alert: #ff7b72;
  --gp-warn: #f0e442;
  --gp-today: #9da5ae;
  --gp-band-opacity: 0.26;
}
body { color: var(--gp-fg); background: var(--gp-bg); font-family: var(--vscode-font-family, system-ui, sans-serif);
  font-size: var(--vscode-font-size, 14px); margin: 0; padding: 0 1rem 2rem; line-height: 1.4; }
.gp-view h1 { font-size: 1.4em; margin: 0.8em 0 0.2em; }
.gp-view h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; border-bottom: 1px solid var(--gp-border); padding-bottom: 0.2em; }
.gp-view h3 { font-size: 1em; margin: 0; display: inline; }
.gp-meta, .gp-summary, .gp-status-changes, .gp-empty { color: var(--gp-muted); }
.gp-figure { margin: 1em 0 1.6em; break-inside: avoid; page-break-inside: avoid; }
.gp-figure figcaption { margin-bottom: 0.3em; }
.gp-badge { display: inline-block; margin-left: 0.5em; padding: 0 0.45em; border: 1px solid var(--gp-border); border-radius: 0.6em; font-size: 0.85em; }
.gp-badge-alert, .gp-alert-text { color: var(--gp-alert); border-color: var(--gp-alert); }
.gp-alerts { padding-left: 1.2em; }
.gp-open-risk { color: var(--gp-alert); border-left: 4px solid var(--gp-alert); padding: 0.4em 0.8em; }
.gp-risk-mark { color: var(--gp-alert); font-weight: 600; }
.gp-table { border-collapse: collapse; margin: 0.4em 0; font-size: 0.9em; }
.gp-table caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
.gp-table th, .gp-table td { border: 1px solid var(--gp-border); padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
.gp-table thead th { background: color-mix(in srgb, var(--gp-fg) 6%, transparent); }
.gp-revisions { font-size: 0.9em; padding-left: 1.2em; }
.gp-commit { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); }
.gp-link { background: none; border: none; padding: 0 0.15em; color: var(--gp-link); text-decoration: underline; cursor: pointer; font: inherit;
  min-height: 24px; min-width: 24px; white-space: nowrap; }
.gp-link:focus-visible, .gp-point:focus-visible, .gp-caseload-link:focus-visible { outline: 2px solid var(--gp-focus); outline-offset: 2px; }
.gp-caseload-link { min-height: 24px; font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0969da); border: none; padding: 0.25em 0.8em; cursor: pointer; }
.gp-svg { display: block; height: auto; max-width: 100%; overflow: visible; color: var(--gp-fg); background: transparent;
  font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-editor-font-size, 14px); }
.gp-svg:focus { outline: none; }
.gp-svg:focus-visible { outline: 2px solid var(--gp-focus); outline-offset: 2px; }
.gp-svg text, .gp-svg tspan { white-space: pre; }
.gp-svg .gp-frame { stroke: var(--gp-border); }
.gp-svg [aria-label$="grid"] { stroke: var(--gp-border); stroke-opacity: 0.6; }
.gp-svg .gp-line { stroke: var(--gp-line); }
.gp-svg .gp-points { stroke: var(--gp-line); fill: var(--gp-bg); }
.gp-svg .gp-point { fill: var(--gp-line); stroke: var(--gp-bg); stroke-width: 1.5; }
.gp-svg .gp-point[data-uri] { cursor: pointer; }
.gp-svg .gp-point:hover, .gp-svg .gp-point.gp-current { stroke: var(--gp-focus); stroke-width: 3; }
.gp-readout { min-height: 1.4em; margin: 0.2em 0; font-weight: 600; }
.gp-svg .gp-target { stroke: var(--gp-target); stroke-width: 1.5; }
.gp-svg .gp-baseline { stroke: var(--gp-baseline); stroke-dasharray: 5 3; }
.gp-svg .gp-target-label { fill: var(--gp-target); }
.gp-svg .gp-baseline-label { fill: var(--gp-baseline); }
.gp-svg .gp-label { fill: var(--gp-fg); }
.gp-svg .gp-today-label { fill: var(--gp-today); }
.gp-svg .gp-review-label { fill: var(--gp-review); }
.gp-svg .gp-due { stroke: var(--gp-alert); stroke-dasharray: 2 3; }
.gp-svg .gp-today { stroke: var(--gp-today); stroke-dasharray: 1 2; }
.gp-svg .gp-expected { stroke: var(--gp-today); stroke-dasharray: 3 3; }
.gp-svg .gp-cutoff { stroke: var(--gp-alert); stroke-dasharray: 6 3; }
.gp-svg .gp-rc { fill: var(--gp-line); fill-opacity: calc(var(--gp-band-opacity) * 0.8); }
.gp-svg .gp-review { stroke: var(--gp-review); stroke-width: 1.5; }
.gp-svg .gp-review-overdue { stroke: var(--gp-alert); stroke-dasharray: 4 2; }
.gp-svg .gp-review-upcoming { stroke-dasharray: 1 3; }
.gp-svg .gp-revision { fill: var(--gp-review); stroke: none; }
.gp-svg .gp-late { fill: none; stroke: var(--gp-warn); stroke-width: 2; }
.gp-svg .gp-expected-line { fill: none; stroke: var(--gp-target); stroke-width: 1.5; stroke-dasharray: 7 4; }
.gp-svg .gp-offtrack, .gp-svg .gp-offtrack-mark { fill: none; stroke: var(--gp-alert); stroke-width: 2.5; }
.gp-svg .gp-risk { stroke: var(--gp-alert); stroke-width: 2.5; }
.gp-svg .gp-risk-label { fill: var(--gp-alert); font-weight: 700; }
.gp-svg .gp-risk-label[data-uri], .gp-svg .gp-annotation[data-uri] { cursor: pointer; }
.gp-svg .gp-annotation { fill: var(--gp-warn); stroke: var(--gp-bg); stroke-width: 1; }
.gp-svg .gp-goal-revision { stroke: var(--gp-review); stroke-width: 1.5; stroke-dasharray: 8 3 2 3; }
.gp-svg .gp-goal-revision-label { fill: var(--gp-review); }
.gp-svg .gp-cutoff-label { fill: var(--gp-alert); }
.gp-svg .gp-below-cutoff { fill: none; stroke: var(--gp-alert); stroke-width: 2; }
.gp-svg .gp-band { fill-opacity: var(--gp-band-opacity); }
.gp-svg .gp-band-0 { fill: var(--gp-band-a); }
.gp-svg .gp-band-1 { fill: var(--gp-band-b); }
.gp-svg .gp-band-2 { fill: var(--gp-band-c); }
.gp-svg .gp-band-3 { fill: var(--gp-band-d); }
.gp-svg .gp-band-4, .gp-svg .gp-band-5 { fill: var(--gp-band-e); }
body.vscode-high-contrast .gp-svg .gp-band, body.vscode-high-contrast-light .gp-svg .gp-band { fill-opacity: 0.3; }
.gp-error { color: var(--gp-alert); }
.gp-chips { display: inline-flex; flex-wrap: wrap; gap: 0.25em; }
.gp-chip { display: inline-block; padding: 0 0.5em; border: 1px solid currentColor; border-radius: 0.7em; font-size: 0.9em; white-space: nowrap; }
.gp-chip-alert { color: var(--gp-alert); font-weight: 600; }
.gp-chip-warn { color: var(--gp-fg); border-color: var(--gp-alert); border-style: dashed; }
.gp-chip-ok { color: var(--gp-fg); border-color: var(--gp-target); }
.gp-chip-info { color: var(--gp-muted); }
.gp-banner { border-left: 4px solid var(--gp-alert); padding: 0.4em 0.8em; margin: 0.6em 0; }
.gp-glance .gp-table { width: 100%; }
.gp-nowrap { white-space: nowrap; }
.gp-skip { margin: 0.4em 0; }
.gp-skip-link { color: var(--gp-link); display: inline-block; min-height: 24px; line-height: 24px; padding: 0 0.2em; }
.gp-skip-link:focus-visible, .gp-section:focus-visible { outline: 2px solid var(--gp-focus); outline-offset: 2px; }
.gp-section:focus:not(:focus-visible) { outline: none; }
@media print { .gp-skip { display: none; } }
.gp-scroll { overflow-x: auto; max-width: 100%; }
/* SPEC 5.6: the alliance chart (SRS) beside the outcome chart (ORS); stacked when the panel is narrow. */
.gp-pair { display: flex; flex-wrap: wrap; gap: 0 24px; align-items: flex-start; }
.gp-pair > .gp-figure { flex: 1 1 320px; min-width: 0; }
.gp-pair .gp-table th[scope="row"] { white-space: nowrap; }
.gp-plan-status { list-style: none; padding: 0; margin: 0.3em 0; }
.gp-plan-status li { margin: 0.1em 0; }
.gp-sort { font: inherit; font-weight: 600; color: inherit; background: none; border: none; padding: 0; min-height: 24px; cursor: pointer; text-align: left; white-space: nowrap; }
.gp-sort:focus-visible { outline: 2px solid var(--gp-focus); outline-offset: 2px; }
.gp-legend { list-style: none; padding: 0; margin: 0.4em 0 0.8em; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; }
.gp-legend li { display: inline-flex; align-items: center; gap: 0.3em; }
.gp-svg.gp-swatch { display: inline-block; width: 28px; height: 14px; }
.gp-svg.gp-swatch line { stroke-width: 2; }
.gp-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  :root { --gp-fg: #000; --gp-bg: #fff; --gp-muted: #333; --gp-border: #999; }
  body { padding: 0; font-size: 10pt; }
  .gp-nav { display: none; }
  .gp-section { break-before: auto; }
  .gp-table { page-break-inside: auto; }
  .gp-table tr { break-inside: avoid; }
  .gp-link { color: inherit; text-decoration: none; }
}
`;
