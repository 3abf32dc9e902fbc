import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif };
export type { Formatter, ReportFile } from './types';
