// Custom ajv formats of the GoalPlan schemas. A separate module because the pre-compiled
// validators (generated/validators.js) load it by name (`require("../formats").date`) and call
// `.validate`, so the export must keep exactly this shape.
import { isIsoDate } from '../dates';

/**
 * "date": a real calendar date written YYYY-MM-DD, by the same check the rules use, so the
 * schema and the rules never disagree about 2026-02-30.
 */
export const date = { type: 'string' as const, validate: (s: string): boolean => isIsoDate(s) };
