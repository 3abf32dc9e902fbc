// Built-in configuration (SPEC 2, 3): what applies when no .goalplan.yaml says otherwise.
import { BUILTIN_INSTRUMENTS } from '../instruments';
import type { ResolvedConfig } from './types';

export const DEFAULT_VAGUE_WORDS: readonly string[] = [
  'feel better', 'feel good', 'be happy', 'be happier', 'improve mood', 'improve coping',
  'reduce anxiety', 'decrease anxiety', 'have less anxiety', 'gain insight', 'understand',
  'explore', 'be aware', 'learn about', 'work on', 'deal with', 'cope better', 'isolate less',
];

/** SPEC 5.4 GP114: absolutes that make a goal all-or-nothing (Achievable). */
export const DEFAULT_ABSOLUTE_WORDS: readonly string[] = [
  'never', 'always', 'completely', 'totally', 'entirely', 'forever', 'perfectly', 'all the time', 'every time', '100%',
];

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    review: { maxInterval: '90d', dueSoon: 14, recordGraceDays: 7 },
    instruments: structuredClone(BUILTIN_INSTRUMENTS),
    vagueWords: [...DEFAULT_VAGUE_WORDS],
    absoluteWords: [...DEFAULT_ABSOLUTE_WORDS],
    signatureGraceDays: 3,
    missedSessions: { count: 2 },
    notOnTrack: { weeks: 8 },
    alliance: { drop: 1 },
    agreementGraceDays: 14,
    dischargeGraceDays: 15,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
  };
}
