// GP401 (phi-identifier) runs on every participating file.
import type { Rule } from '../types';
import { phiRule } from './GP401-phi-identifier';

export const phiRules: Rule[] = [phiRule];
