// SARIF 2.1.0 for code scanning: one run, the full rule catalog as tool.driver.rules (so a
// viewer can show any rule's description and default level), one result per diagnostic with a
// relative artifact URI and a 1-based region (columns in UTF-16 code units, SARIF's default).
import type * as Sarif from 'sarif';
import pkg from '../../../../package.json';
import { allRules } from '../../core/rules';
import type { Severity } from '../../core/types';
import type { Formatter } from './types';

const LEVEL: Record<Severity | 'off', Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

export const sarif: Formatter = (files) => {
  const index = new Map(allRules.map((r, i) => [r.id, i]));
  const rules: Sarif.ReportingDescriptor[] = allRules.map((r) => ({
    id: r.id,
    name: r.alias,
    shortDescription: { text: r.description },
    // helpUri must be an absolute URI (format "uri"); the docs path is relative to the
    // repository, so it goes into help and properties instead.
    help: { text: `See ${r.docs}`, markdown: `See [${r.id} ${r.alias}](${r.docs})` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { docs: r.docs, fixable: r.fixable, appliesTo: r.appliesTo },
  }));
  const results: Sarif.Result[] = files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const result: Sarif.Result = {
        ruleId: d.rule,
        level: LEVEL[d.severity] as Sarif.Result.level,
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: toUri(f.file) },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        }],
      };
      const i = index.get(d.rule);
      if (i !== undefined) result.ruleIndex = i;
      return result;
    }),
  );
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'goalplan', version: pkg.version, semanticVersion: pkg.version, rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** A relative path as a URI reference: every segment percent-encoded (spaces, #, ?, newlines, non-ASCII). */
export function toUri(file: string): string {
  return file.split('/').map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg))).join('/');
}
