// What every output format receives: files in output order (sorted by path), each with its
// diagnostics in position order, paths already relative to the working folder.
import type { OutDiagnostic } from '../../node/lintFiles';

export interface ReportFile {
  /** Path relative to the working folder, with forward slashes. */
  file: string;
  diagnostics: OutDiagnostic[];
}

export type Formatter = (files: readonly ReportFile[]) => string;
