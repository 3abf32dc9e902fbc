// Alliance (SPEC 5.3 SRS, 5.4 GP316, 5.7 "low alliance"): an alliance score below the
// instrument's cutoff, or lower than the client's previous one by at least `alliance.drop`.
// GP316 asks it of one session (and then wants `feedback`); the caseload asks it of the latest.
import type { InstrumentDef, ResolvedConfig } from '../config/types';
import type { IsoDate, ParsedDocument } from '../types';
import { round6 } from './expected';
import { findInstrument } from './instruments';
import { goalsById, scoreOf } from './scores';
import { isHeld, sessionDate } from './sessions';
import type { WorkspaceView } from './view';

/** The built-in alliance instrument (SRS), as configured. */
export function allianceInstrument(config: ResolvedConfig): InstrumentDef | undefined {
  const def = findInstrument('SRS', config);
  return def?.role === 'alliance' ? def : undefined;
}

/**
 * SPEC 5.3/5.6: the outcome instrument the alliance instrument is charted beside: ORS (PCOMS
 * rates outcome and alliance together, at every session).
 */
export function allianceOutcomeInstrument(config: ResolvedConfig): InstrumentDef | undefined {
  return allianceInstrument(config) ? findInstrument('ORS', config) : undefined;
}

export interface AllianceScore {
  session: ParsedDocument;
  date: IsoDate;
  score: number;
  path: Array<string | number>;
}

/**
 * The client's held sessions with an in-range SRS score, in session order (date, start, path).
 * A score outside the range (GP304) is never used (SPEC 5.8).
 */
export function allianceScores(view: WorkspaceView, client: string, config: ResolvedConfig, today: IsoDate): AllianceScore[] {
  const def = allianceInstrument(config);
  if (!def) return [];
  return view.clientMemo(client, `alliance-scores:${today}`, () => {
    const out: AllianceScore[] = [];
    for (const session of view.sessionsOf(client)) {
      const s = session.session;
      if (!s || !isHeld(s, today)) continue;
      const plan = view.planFor(session)?.plan;
      const sc = scoreOf(s, def, config, plan ? goalsById(plan) : undefined);
      if (sc && sc.inRange) out.push({ session, date: sessionDate(s)!, score: sc.score, path: sc.path });
    }
    return out;
  }, config);
}

export interface AllianceConcern {
  score: AllianceScore;
  /** Below the instrument's cutoff. */
  belowCutoff: boolean;
  cutoff?: number;
  /** The previous held SRS, when this one is lower by at least `alliance.drop`. */
  droppedFrom?: AllianceScore;
}

function belowCutoff(def: InstrumentDef, score: number): boolean {
  const c = def.cutoff;
  if (!c) return false;
  return c.clinical === 'below' ? score < c.value : score >= c.value;
}

/** The concern about the i-th alliance score of a list, if any (GP316 without its feedback clause). */
function concernAt(def: InstrumentDef, scores: readonly AllianceScore[], i: number, drop: number): AllianceConcern | undefined {
  const score = scores[i];
  const below = belowCutoff(def, score.score);
  const prev = i > 0 ? scores[i - 1] : undefined;
  const dropped = prev !== undefined && round6(prev.score - score.score) >= round6(drop) ? prev : undefined;
  if (!below && !dropped) return undefined;
  const out: AllianceConcern = { score, belowCutoff: below, cutoff: def.cutoff?.value };
  if (dropped) out.droppedFrom = dropped;
  return out;
}

/** SPEC 5.4 GP316: the concern about a held session's SRS (compared with the client's latest earlier held SRS). */
export function allianceConcernOf(view: WorkspaceView, session: ParsedDocument, config: ResolvedConfig, today: IsoDate): AllianceConcern | undefined {
  const def = allianceInstrument(config);
  const client = session.session?.client;
  if (!def || typeof client !== 'string') return undefined;
  const scores = allianceScores(view, client, config, today);
  const i = scores.findIndex((a) => a.session.uri === session.uri);
  return i < 0 ? undefined : concernAt(def, scores, i, config.alliance.drop);
}

/** SPEC 5.7 low alliance (caseload): the client's latest held SRS is below the cutoff or lower than the one before it. */
export function lowAlliance(view: WorkspaceView, client: string, config: ResolvedConfig, today: IsoDate): AllianceConcern | undefined {
  const def = allianceInstrument(config);
  if (!def) return undefined;
  const scores = allianceScores(view, client, config, today);
  return scores.length ? concernAt(def, scores, scores.length - 1, config.alliance.drop) : undefined;
}
