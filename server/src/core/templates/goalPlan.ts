// The SMART goal-plan template of "GoalPlan: New goal plan": one plan with one problem and one
// goal, built once as segments and rendered two ways: as a VS Code snippet (the parts the
// clinician fills in are tab stops; the goal's instrument, baseline and target are typed once in
// the statement and mirrored into its measure) and as plain text (each tab stop's default).
// The plain text is what is written to disk first; every default is valid, so the new plan
// lints with no error before anything is filled in.
import { stringify } from 'yaml';
import { addDuration, daysBetween, parseDuration } from '../dates';
import type { IsoDate } from '../types';

export interface GoalPlanTemplateInput {
  /** A client id accepted by clientIdProblem (shared/clientId.ts). */
  client: string;
  /** Plan start, the goal's start and the base of the review dates (goalplan.today). */
  today: IsoDate;
  /** Review interval (`review.every`): the configured review.maxInterval, e.g. `90d`. */
  every: string;
  /** Clinician of the client's earlier plan, when there is one (else a tab stop to fill in). */
  clinician?: string;
}

export interface GoalPlanTemplate {
  /** VS Code snippet syntax (tab stops ${n:default}, mirrors $n, choices ${n|a,b|}, final $0). */
  snippet: string;
  /** The same plan with every tab stop at its default. */
  text: string;
  /** review.next and the goal's due date. */
  next: IsoDate;
}

type Segment = string | { tab: number; text: string } | { tab: number; choices: string[] } | { mirror: number };

/** Escapes text for a snippet: `$`, `}` and `\` are literal only with a backslash. */
function snippetEscape(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** A YAML scalar as written after `key: ` (quoted when plain would change its type, e.g. `0142`). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export function goalPlanTemplate(input: GoalPlanTemplateInput): GoalPlanTemplate {
  const every = parseDuration(input.every) ?? { n: 90, unit: 'd' as const };
  const everyText = `${every.n}${every.unit}`;
  // Past 9999-12-31 (a huge interval typed in): the review date stays today, still YYYY-MM-DD.
  const next = addDuration(input.today, every) ?? input.today;
  // SPEC GP109: a short-term goal runs at most 90 days; a goal reviewed later is long-term.
  const horizon = daysBetween(input.today, next) <= 90 ? 'short-term' : 'long-term';
  const client = scalar(input.client);
  const tab = (n: number, text: string): Segment => ({ tab: n, text });

  const segments: Segment[] = [
    '---\nkind: goal-plan\nversion: 1\n',
    `client: ${client}\n`,
    'clinician: ', input.clinician ? tab(1, scalar(input.clinician)) : tab(1, 'initials'), '\n',
    `created: ${input.today}\nstatus: active\n`,
    'problems:\n  - id: P1\n    text: ', tab(2, 'The assessed problem in clinical terms, with its measured severity'), '\n',
    `review:\n  every: ${everyText}\n  next: ${next}\n`,
    '---\n\n',
    `# Treatment plan: ${input.client}\n\n## Goals\n\n`,
    '### G1 ', tab(3, 'Depressive symptoms into the mild range'), '\n\n',
    '```yaml goal\nid: G1\n',
    // Specific, Measurable, Achievable, Relevant (problem P1), Time-bound (due).
    'statement: Client will ', tab(4, 'reduce depressive symptoms'), ' from a ', tab(5, 'PHQ-9'), ' of ', tab(6, '15'),
    ' to ', tab(7, '9'), ' ', tab(8, 'or below'), ` by ${next}.\n`,
    'type: ', { tab: 9, choices: ['emotional', 'behavioral', 'cognitive'] }, '\n',
    `horizon: ${horizon}\nproblem: P1\n`,
    'measure:\n  instrument: ', { mirror: 5 }, '\n  baseline: ', { mirror: 6 }, '\n  target: ', { mirror: 7 }, '\n',
    `start: ${input.today}\ndue: ${next}\nstatus: active\n`,
    'interventions:\n  - ', tab(10, 'Intervention, frequency, clinician'), '\n',
    '```\n',
  ];

  const defaults = new Map<number, string>();
  let snippet = '';
  let text = '';
  for (const s of segments) {
    if (typeof s === 'string') {
      snippet += snippetEscape(s);
      text += s;
    } else if ('mirror' in s) {
      snippet += `$${s.mirror}`;
      text += defaults.get(s.mirror) ?? '';
    } else if ('choices' in s) {
      snippet += `\${${s.tab}|${s.choices.map((c) => c.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
      defaults.set(s.tab, s.choices[0]);
      text += s.choices[0];
    } else {
      snippet += `\${${s.tab}:${snippetEscape(s.text)}}`;
      defaults.set(s.tab, s.text);
      text += s.text;
    }
  }
  snippet += '$0';
  return { snippet, text, next };
}
