// Public API of the renderer shared by the progress panel (webview, real DOM) and `goalplan
// report` (linkedom). Pure: nothing here touches DOM globals; every function takes a `document`.
export { escapeHtml } from './escape';
export { h } from './dom';
export { goalChart, instrumentChart, gasChart, readinessChart, riskSessions, annotatedSessions, goalChartMode, plottedGoalPoints, dayOf, sharedGoalDates, axisTitle, legend, type ChartOptions } from './charts';
export { clientView, caseloadView, clientAnchor, LONG_TABLE_ROWS, type DeferredRows, goalSummary, instrumentSummary, goalsByStatusText, sortCaseload, CASELOAD_COLUMNS, type ViewOptions, type CaseloadViewOptions, type CaseloadSort } from './views';
export { serializeHtml } from './serialize';
export { reportHtml, REPORT_CSS, REPORT_MARK, type ReportPage } from './report';
export { PROGRESS_CSS } from './styles';
export * from './labels';
