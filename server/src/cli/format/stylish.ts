// eslint-style output: a header per file, one aligned line per diagnostic
// (`line:col  severity  message  rule/alias`), and a summary line. No colours: the output is
// the same in a terminal, a pipe and a CI log, and byte-identical between runs.
import { terminalSafe } from './terminal';
import type { Formatter } from './types';

export const stylish: Formatter = (files) => {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    out.push(oneLine(f.file));
    const rows = f.diagnostics.map((d) => {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      if (d.fixable) fixable++;
      return [`${d.line}:${d.column}`, d.severity, oneLine(d.message), `${d.rule}/${d.alias}`];
    });
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const r of rows) out.push(`  ${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`.trimEnd());
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  out.push(`✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${infos} info)`);
  if (fixable > 0) out.push(`  ${fixable} ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`);
  return `${out.join('\n')}\n`;
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** File names and messages may hold line breaks or control characters: keep one line per row. */
function oneLine(s: string): string {
  return terminalSafe(s, ' ');
}
