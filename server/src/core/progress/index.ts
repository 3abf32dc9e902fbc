// Public API of the progress model: import from here (report, panel, CLI).
export * from './types';
export { buildProgress, settingsOf, scoreOf, currentPlan, DEFAULT_LATE_DAYS, DEFAULT_STALLED_WEEKS } from './model';
export { caseload, caseloadRow } from './caseload';
export { gasTScore, roundT, DEFAULT_GAS_RHO } from './gas';
export { assessChange, assessForInstrument, rcBandOf, isClinical, rci, sDiff, cutoffA, cutoffB, cutoffC } from './reliableChange';
export { goalActiveOn, effectiveStart, effectiveStatus } from './goals';
export { diffPlans, isDiffable } from './planDiff';
