// Test harness for the built CLI: builds once per mocha process into a temporary folder
// (test/helpers/build.ts), runs its `node bin/goalplan.js` as a child process (the way users
// and CI run it), and makes throwaway workspaces.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBin, REPO } from '../helpers/build';

export { ensureBuilt, REPO } from '../helpers/build';
export const CLINIC = path.join(REPO, 'examples', 'clinic');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [cliBin(), ...args], {
    cwd: opts.cwd ?? REPO,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
/** A fresh temp folder holding `files` (path -> text or bytes); removed after the run. */
export function tmpWorkspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'goalplan-test-')));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

/** Copies the demo clinic into a temp folder (tests may change files there). */
export function copyClinic(): string {
  const dir = tmpWorkspace();
  fs.cpSync(CLINIC, path.join(dir, 'clinic'), { recursive: true });
  return dir;
}

if (typeof after === 'function') after(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export const PLAN = `---
kind: goal-plan
client: C-1
clinician: AL
created: 2026-09-01
review:
  every: 90d
  last: 2026-10-01
  next: 2026-12-25
problems:
  - id: P1
    text: Panic attacks at work
assessment:
  strengths:
    - Keeps a steady job
agreement: {by: client, date: 2026-09-01, method: signed}
signed: {by: AL, date: 2026-09-01}
---

### G1 Attend team meetings

\`\`\`yaml goal
id: G1
statement: Client will attend 3 of 4 weekly team meetings without leaving early.
client_words: I want to stop walking out of meetings.
type: behavioral
horizon: long-term
problem: P1
measure:
  instrument: count
  baseline: 0
  target: 3
  unit: meetings per month
start: 2026-09-01
due: 2027-02-01
interventions:
  - Graded exposure, weekly
\`\`\`
`;

export function session(date: string, extra = ''): string {
  return `---
kind: session-log
client: C-1
date: ${date}
format: DAP
goals:
  G1:
    value: 1
signed:
  by: AL
  date: ${date}
${extra}---

## Data

Attended one meeting and stayed to the end.

## Assessment

Progress as planned.

## Plan

Continue graded exposure.
`;
}
