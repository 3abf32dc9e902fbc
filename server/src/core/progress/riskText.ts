// The plain words for a client's open risk (SPEC 5.6/5.7), shared by the model's alert, the
// panel and the report. Instrument, item and answer only: never note text.
import { formatNumber } from '../model/instruments';
import type { OpenRiskSummary } from './types';

export function openRiskText(r: OpenRiskSummary): string {
  const what = r.marks.map((m) => (m.item !== undefined ? `${m.instrument} item ${m.item} answered ${formatNumber(m.value)}` : `${m.instrument} total ${formatNumber(m.value)}`)).join(', ');
  return `Positive risk screen on ${r.date} (${what}) not yet followed up: no later session records a risk note, PHQ-9 item answers or a C-SSRS screen`;
}
