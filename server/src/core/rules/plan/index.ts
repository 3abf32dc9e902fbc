// Rules that run on plan files, in catalog order (owned by the plan-rules engineer).
import type { Rule } from '../types';

export const planRules: Rule[] = [];
