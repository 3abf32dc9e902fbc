// GP401 (phi-identifier) joins the registry here.
import type { Rule } from '../types';

export const phiRules: Rule[] = [];
