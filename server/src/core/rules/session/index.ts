// Rules that run on session files, in catalog order (owned by the session-rules engineer).
import type { Rule } from '../types';

export const sessionRules: Rule[] = [];
