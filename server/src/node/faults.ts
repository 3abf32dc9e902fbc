// Fault injection for the fail-loud tests: GOALPLAN_TEST_RULE_FAULT=GP401 (a rule id or alias,
// or several, comma-separated) makes that rule's check throw in this process, so the tests can
// prove on the built CLI and server that a crashed rule is exit 2 and a visible, located error
// (a rule that crashes on real input is a bug nobody can plant on purpose). Read once, at
// start-up, by the processes that lint (CLI, its workers, the language server); never set by
// anything but a test.
import { ruleByName } from '../core/rules';
import type { Rule } from '../core/rules/types';

export const FAULT_ENV = 'GOALPLAN_TEST_RULE_FAULT';

const injected = new Set<Rule>();

export function injectRuleFaultsFromEnv(env: NodeJS.ProcessEnv = process.env): void {
  const names = (env[FAULT_ENV] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    const rule = ruleByName(name);
    if (!rule || injected.has(rule)) continue;
    injected.add(rule);
    (rule as { check: Rule['check'] }).check = () => {
      throw new Error(`fault injected by ${FAULT_ENV}`);
    };
  }
}
