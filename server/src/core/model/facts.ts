// The one home of each clinical fact (issue 11, SPEC 5.1, 5.3, 5.7, 5.8). Rules, the progress
// model, the caseload, the status bar and the report import from here and never recompute:
//
//   held session, future-dated, session order ........ model/sessions.ts
//   closed plan, which plan, sessions of the plan ...... model/plans.ts
//   held reviews, review held on/after D, overdue ...... model/reviews.ts
//   goal active on a date, goal start/status ........... model/goals.ts
//   score of instrument I in a session, items .......... model/scores.ts
//   positive risk screen, open risk .................... model/risk.ts
//   instrument lookup, range, direction, RC, formatting  model/instruments.ts
//   caches (per document, per client of a workspace) ... core/cache.ts
//   expected change e(d), off track (5.5) ............... model/expected.ts, model/track.ts
//   measures overdue on the `monitor` schedule ......... model/schedule.ts
//   a run of missed sessions (GP216) ................... model/attendance.ts
//   low or falling alliance (SRS, GP316, 5.7) .......... model/alliance.ts
export * from './sessions';
export * from './plans';
export * from './reviews';
export {
  dateOrAbsent, numberOrAbsent, goalStart, goalStatus, goalActiveOn, instrumentOf, baselineInRange, targetInRange,
} from './goals';
export * from './scores';
export * from './risk';
export * from './instruments';
export * from './expected';
export * from './track';
export * from './schedule';
export * from './attendance';
export * from './alliance';
export type { PlanChoice, WorkspaceView } from './view';
