// Text from files (names, ids, messages that quote an id) printed to a terminal. C0 controls
// and DEL move the cursor or start escape sequences; C1 controls (U+0080-U+009F, e.g. U+009B,
// the one-character CSI) do the same on terminals that honour 8-bit controls; bidi overrides and
// isolates (U+202A-U+202E, U+2066-U+2069) reorder what is shown, so a line can read as
// something it is not ("Trojan Source"). Each is shown as a visible escape instead.

/** Every character a terminal would act on or reorder by. */
export const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every unsafe character as a visible escape (\n, \t, \u009b, \u202e). */
export function terminalSafe(s: string, tab = '\\t'): string {
  return s.replace(TERMINAL_UNSAFE, (c) => {
    if (c === '\t') return tab;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * A CSV cell that no spreadsheet reads as a formula. A cell start is the start of the value, and
 * also any point after a `,` or `;` (a locale whose list separator is `;` splits there); a
 * start with = + - @, tab or CR gets an apostrophe, as OWASP advises. Then RFC 4180 quoting,
 * also when the value holds a `;` (so a `;`-list locale keeps the cell whole).
 */
export function csvCell(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  s = s.replace(/(^|[,;])([=+\-@\t\r])/g, "$1'$2");
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
