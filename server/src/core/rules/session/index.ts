// Rules that run on session files, in catalog order (owned by the session-rules engineer).
import type { Rule } from '../types';
import { reviewIncomplete } from './GP206-review-incomplete';
import { unknownGoal } from './GP301-unknown-goal';
import { inactiveGoal } from './GP302-inactive-goal';
import { noGoalAddressed } from './GP303-no-goal-addressed';
import { valueOutOfRange } from './GP304-value-out-of-range';
import { missingSection } from './GP305-missing-section';
import { futureSession } from './GP306-future-session';
import { noPlan } from './GP307-no-plan';
import { cptDuration } from './GP308-cpt-duration';
import { duplicateNote } from './GP309-duplicate-note';
import { unsupportedClaim } from './GP310-unsupported-claim';
import { outsidePlanPeriod } from './GP311-outside-plan-period';
import { unsignedNote } from './GP312-unsigned-note';
import { lateSignature } from './GP313-late-signature';
import { reliableDeterioration } from './GP314-reliable-deterioration';
import { riskItem } from './GP315-risk-item';
import { decisionNotApplied } from './GP317-decision-not-applied';
import { riskFollowUp } from './GP318-risk-follow-up';
import { allianceLow } from './GP316-alliance-low';

export const sessionRules: Rule[] = [
  reviewIncomplete, unknownGoal, inactiveGoal, noGoalAddressed, valueOutOfRange, missingSection, futureSession, noPlan,
  cptDuration, duplicateNote, unsupportedClaim, outsidePlanPeriod, unsignedNote, lateSignature, reliableDeterioration, riskItem,
  allianceLow, decisionNotApplied, riskFollowUp,
];
