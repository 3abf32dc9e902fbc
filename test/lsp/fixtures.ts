// A small clinic for the protocol tests. Today is fixed at 2026-11-26 (initializationOptions).
// C-0100: a plan with two goals (G1 long-term PHQ-9, G2 short-term count serving G1) and two
// sessions naming them; 2026-11-10 also names G7, which the plan lacks (GP301).
// C-0200: a plan without review.next (GP201) whose session misses SOAP sections (GP305).

export const PLAN_100 = `---
kind: goal-plan
client: C-0100
clinician: rk
created: 2026-09-01
review:
  every: 90d
  last: 2026-11-01
  next: 2027-01-29
problems:
  - id: P1
    text: Low mood most days
  - id: P2
    text: Withdrawn from friends
---

# Plan C-0100

### G1 Lower depressive symptoms

\`\`\`yaml goal
id: G1
statement: Client will reduce PHQ-9 score from 15 to 7 by June 2027.
type: emotional
horizon: long-term
problem: P1
measure:
  instrument: PHQ-9
  baseline: 15
  target: 7
start: 2026-09-01
due: 2027-06-01
interventions:
  - Behavioural activation, weekly, rk
\`\`\`

### G2 Contact a friend every week

\`\`\`yaml goal
id: G2
statement: Client will phone or meet one friend at least 3 times each month.
type: behavioral
horizon: short-term
parent: G1
problem: P2
measure:
  instrument: count
  baseline: 0
  target: 3
  unit: contacts per month
start: 2026-11-01
due: 2027-01-20
interventions:
  - Activity scheduling, weekly, rk
\`\`\`
`;

export const SESSION_100_A = `---
kind: session-log
client: C-0100
date: 2026-10-13
type: therapy
format: SOAP
duration: 50
cpt: "90834"
goals:
  G1:
    progress: 0
measures:
  PHQ-9: 13
signed:
  by: rk
  date: 2026-10-13
---

## Subjective

Slept better this fortnight.

## Objective

Calm, on time.

## Assessment

Small gains.

## Plan

Continue activation.
`;

export const SESSION_100_B = `---
kind: session-log
client: C-0100
date: 2026-11-10
type: therapy
format: SOAP
duration: 50
cpt: "90834"
goals:
  G1:
    progress: 1
  G2:
    value: 2
  G7:
    progress: 0
measures:
  PHQ-9: 11
signed:
  by: rk
  date: 2026-11-10
---

## Subjective

Went for a walk with a neighbour twice.

## Objective

Brighter affect than last visit.

## Assessment

Moving towards the expected outcome.

## Plan

Keep the activity schedule; one phone call to a friend.
`;

export const PLAN_200 = `---
kind: goal-plan
client: C-0200
clinician: rk
created: 2026-09-01
review:
  every: 90d
  last: 2026-11-01
problems:
  - id: P1
    text: Irritability at home
---

# Plan C-0200

\`\`\`yaml goal
id: G1
statement: Client will use a time-out in 4 of 5 family arguments each week.
type: behavioral
horizon: long-term
problem: P1
measure:
  instrument: rating
  baseline: 2
  target: 8
  unit: self-rated control
start: 2026-09-01
due: 2027-05-31
interventions:
  - Time-out practice, weekly, rk
\`\`\`
`;

export const SESSION_200 = `---
kind: session-log
client: C-0200
date: 2026-11-12
type: therapy
format: SOAP
duration: 50
cpt: "90834"
goals:
  G1:
    progress: 0
signed:
  by: rk
  date: 2026-11-12
---

## Subjective

Two arguments this week, one time-out used.

## Assessment

Some progress.
`;

export const README = `# Notes

Not a goal file: no rule runs here.
`;

export function clinic(): Record<string, string> {
  return {
    'clients/C-0100/plan.md': PLAN_100,
    'clients/C-0100/sessions/2026-10-13.md': SESSION_100_A,
    'clients/C-0100/sessions/2026-11-10.md': SESSION_100_B,
    'clients/C-0200/plan.md': PLAN_200,
    'clients/C-0200/sessions/2026-11-12.md': SESSION_200,
    'notes/readme.md': README,
  };
}
