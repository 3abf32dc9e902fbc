// The one escape helper for text from files (statements, problem text, client ids, commit
// messages, authors) wherever HTML is written as a string (the report's shell). Everything else
// is built as DOM nodes with createTextNode/setAttribute, which the browser (webview) and
// linkedom's serialiser (report) escape themselves; tests check both paths with script payloads.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for HTML element content and quoted attribute values. Never returns markup. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}
