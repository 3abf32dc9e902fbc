// Bundle entry (dist/client/markdownPreview.js) for the Markdown preview plugin. A separate
// bundle so the YAML parser and schema validators load only when a preview is first opened,
// never during activation (docs/PERFORMANCE.md: activation budget).
export { goalCardsPlugin } from './goalCards';
