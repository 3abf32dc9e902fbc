// `goalplan lint --history`: GP401 over every committed version of every goal file. An
// identifier committed once stays in git history even after the note is fixed, so an auditor
// needs to see which commit holds it. Versions identical to the working tree are skipped (the
// normal lint already reports those).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintDocument } from '../core/lint';
import { Workspace } from '../core/model/workspace';
import { parseDocument } from '../core/parse/document';
import { phiRule } from '../core/rules/common/GP401-phi-identifier';
import { readCommittedVersions } from '../history';
import type { ConfigResolver } from '../node/configResolver';
import { toOut } from '../node/lintFiles';
import type { ReportFile } from './format';

export interface HistoryScan {
  files: ReportFile[];
  /** Why history could not be read (no git, not a repository), when it could not. */
  unavailable?: string;
  /** GP401 threw on a committed version (a bug): `file` is the version's label. */
  ruleErrors: { rule: string; file: string }[];
}

/**
 * Scans the committed versions of goal files under `roots` (absolute). `display` turns an
 * absolute path into the label the formatters print.
 */
export async function scanHistory(cwd: string, roots: readonly string[], resolver: ConfigResolver, today: string, display: (abs: string) => string): Promise<HistoryScan> {
  const found = await readCommittedVersions({ root: cwd, trusted: true, keyOf: (abs) => abs });
  if (!found.available) return { files: [], unavailable: found.reason ?? 'error', ruleErrors: [] };
  const under = (abs: string) => roots.some((r) => abs === r || abs.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  const current = new Map<string, string | undefined>();
  const currentText = (abs: string) => {
    if (!current.has(abs)) {
      try {
        current.set(abs, readFileSync(abs, 'utf8'));
      } catch {
        current.set(abs, undefined);
      }
    }
    return current.get(abs);
  };
  const files: ReportFile[] = [];
  const ruleErrors: HistoryScan['ruleErrors'] = [];
  const empty = new Workspace();
  for (const v of found.versions) {
    if (!under(v.key) || currentText(v.key) === v.text) continue;
    const config = resolver.configFor(v.key);
    const doc = parseDocument(v.key, v.text, { maxFileSize: config.maxFileSize });
    // GP401 reads one file only, so an empty workspace is the whole context it needs.
    const label = `${display(v.key)}@${v.commit.id.slice(0, 12)}`;
    // A committed version whose YAML does not parse still holds its identifiers: GP401 scans it as written.
    const ds = lintDocument(doc, empty, {
      today, configFor: () => config, rules: [phiRule], alsoOnBroken: [phiRule],
      onRuleError: (rule) => ruleErrors.push({ rule: rule.id, file: label }),
    });
    if (ds.length === 0) continue;
    files.push({
      file: label,
      diagnostics: ds.map((d) => {
        const out = toOut(doc.text, doc.lineStarts, d);
        return { ...out, message: `in commit ${v.commit.id.slice(0, 12)} (${v.commit.day}): ${out.message}`, fixable: false };
      }),
    });
  }
  return { files, ruleErrors };
}
