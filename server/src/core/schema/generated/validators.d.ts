// Types of the generated ajv standalone validators (see schemas/generate-validators.ts).
import type { ValidateFunction } from 'ajv';

export const goalPlan: ValidateFunction;
export const goal: ValidateFunction;
export const sessionLog: ValidateFunction;
export const config: ValidateFunction;
