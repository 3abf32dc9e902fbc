// JSON: one object per diagnostic {file, line, column, endLine, endColumn, severity, rule,
// alias, message}, 1-based lines and columns, in output order.
import type { Formatter } from './types';

export const json: Formatter = (files) => {
  const rows = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      file: f.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
      severity: d.severity, rule: d.rule, alias: d.alias, message: d.message,
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
};
