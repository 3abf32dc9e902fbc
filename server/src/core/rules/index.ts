// The rule registry: every rule in catalog order. Docs, the config schema's rule names and the
// README table are generated from this list.
import { parseRules } from './common';
import { episodeRules } from './episode';
import { planRules } from './plan';
import { sessionRules } from './session';
import { phiRules } from './common/phi';
import type { Rule } from './types';

export const allRules: readonly Rule[] = [...parseRules, ...planRules, ...episodeRules, ...sessionRules, ...phiRules].sort((a, b) => (a.id < b.id ? -1 : 1));

const byName = new Map<string, Rule>();
for (const r of allRules) {
  byName.set(r.id.toLowerCase(), r);
  byName.set(r.alias.toLowerCase(), r);
}

/** Finds a rule by id or alias, case-insensitively. */
export function ruleByName(name: string): Rule | undefined {
  return byName.get(name.trim().toLowerCase());
}

export const ruleNames = { resolve: (name: string) => ruleByName(name)?.id };
