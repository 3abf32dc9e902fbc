// Risk facts (SPEC 5.3 positive risk screen, 5.7 open risk): read one way by GP315, GP318, the
// panel, the report and the caseload. Plain words for what a clinician reads live in the views.
import type { ResolvedConfig } from '../config/types';
import type { IsoDate, ParsedDocument, SessionFrontMatter } from '../types';
import { recordedScores } from './scores';
import { isHeld, sessionDate, sessionType } from './sessions';
import type { WorkspaceView } from './view';

/** PHQ-9 item 9 (thoughts of being better off dead or of self-harm), 0-based. */
export const PHQ9_ITEM_9 = 8;

/** One answer that makes a screen positive, and where it is written. */
export interface RiskFinding {
  /** 'PHQ-9' (item 9) or 'C-SSRS' (an item, or the total when items are not given). */
  instrument: 'PHQ-9' | 'C-SSRS';
  /** 1-based item number, or undefined for a C-SSRS total. */
  item?: number;
  value: number;
  path: Array<string | number>;
}

/**
 * SPEC 5.3: the findings that make this session's screen positive: PHQ-9 item 9 answered above 0,
 * or any C-SSRS screen item answered 1 (or a C-SSRS total above 0 when items are not given). An
 * answer outside its range but above 0 still counts (5.8). Held or not: callers decide (GP315 runs
 * on every session, views and open risk on held sessions only). Item lists of the wrong length
 * are ignored (GP002); the first of two keys naming one instrument wins.
 */
export function riskFindings(s: SessionFrontMatter, config: ResolvedConfig): RiskFinding[] {
  const out: RiskFinding[] = [];
  for (const r of recordedScores(s, config)) {
    if (!r.def || r.duplicate) continue;
    if (r.def.name === 'PHQ-9' && r.items) {
      const v = r.items[PHQ9_ITEM_9];
      if (v > 0) out.push({ instrument: 'PHQ-9', item: PHQ9_ITEM_9 + 1, value: v, path: ['measures', r.key, 'items', PHQ9_ITEM_9] });
    } else if (r.def.name === 'C-SSRS') {
      if (r.items) {
        r.items.forEach((v, i) => {
          if (v > 0) out.push({ instrument: 'C-SSRS', item: i + 1, value: v, path: ['measures', r.key, 'items', i] });
        });
      } else if (r.score !== undefined && r.score > 0) {
        out.push({ instrument: 'C-SSRS', value: r.score, path: r.scorePath });
      }
    }
  }
  return out;
}

/** SPEC 5.3: true when the session has a positive risk screen. */
export function hasPositiveRiskScreen(s: SessionFrontMatter | undefined, config: ResolvedConfig): boolean {
  return !!s && riskFindings(s, config).length > 0;
}

/** True when the session has a non-blank `risk` note. */
export function hasRiskNote(s: SessionFrontMatter | undefined): boolean {
  return typeof s?.risk === 'string' && s.risk.trim() !== '';
}

/**
 * SPEC 5.4 GP318 / 5.7: the session follows a positive screen up: it records a `risk` note,
 * PHQ-9 item answers, or a C-SSRS screen (a total or items).
 */
export function recordsRiskFollowUp(s: SessionFrontMatter | undefined, config: ResolvedConfig): boolean {
  if (!s) return false;
  if (hasRiskNote(s)) return true;
  return recordedScores(s, config).some((r) => !r.duplicate && (
    (r.def?.name === 'PHQ-9' && r.items !== undefined)
    || (r.def?.name === 'C-SSRS' && (r.items !== undefined || r.score !== undefined))));
}

/** `collateral` and `group` sessions neither need nor give a risk follow-up (SPEC 5.4 GP318, 5.7). */
export function givesRiskFollowUp(s: SessionFrontMatter): boolean {
  const t = sessionType(s);
  return t !== 'collateral' && t !== 'group';
}

export interface OpenRisk {
  /** The held session with the client's latest positive screen. */
  session: ParsedDocument;
  date: IsoDate;
  findings: RiskFinding[];
}

/**
 * SPEC 5.7 open risk: the client's latest positive screen in a held session has no later held
 * session (other than `collateral` or `group`) that records a `risk` note, PHQ-9 item answers or
 * a C-SSRS screen. Undefined when the client has no open risk. Kept per client until any of the
 * client's files changes.
 */
export function openRisk(view: WorkspaceView, client: string, today: IsoDate, config: ResolvedConfig): OpenRisk | undefined {
  return view.clientMemo(client, `open-risk:${today}`, () => {
    const held = view.sessionsOf(client).filter((d) => isHeld(d.session, today));
    let last = -1;
    for (let i = 0; i < held.length; i++) if (hasPositiveRiskScreen(held[i].session, config)) last = i;
    if (last === -1) return undefined;
    for (let i = last + 1; i < held.length; i++) {
      const s = held[i].session!;
      if (givesRiskFollowUp(s) && recordsRiskFollowUp(s, config)) return undefined;
    }
    const session = held[last];
    return { session, date: sessionDate(session.session!)!, findings: riskFindings(session.session!, config) };
  }, config);
}
