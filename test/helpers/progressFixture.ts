// A hostile little client for the renderer, report and panel tests: a real git repository (in a
// temp folder) whose plan, notes, client id, problem text, file name, commit messages and commit
// author all carry script-injection payloads, with backdated commits (one note committed late,
// one plan revision that re-targets a goal). Its progress model is built exactly as the CLI does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../../server/src/core/config/defaults';
import { Workspace } from '../../server/src/core/model/workspace';
import { parseDocument } from '../../server/src/core/parse/document';
import { buildProgress, caseload, type Caseload, type ClientProgress, type WorkspaceHistory } from '../../server/src/core/progress';
import { findGit } from '../../server/src/history/git';
import { readHistory } from '../../server/src/history/reader';

/** Sets window.__pwned if it ever runs as markup. */
export const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
/** A client id is any text without spaces (SPEC): this one is markup too. */
export const EVIL_CLIENT = '<img/src=x/onerror=window.__pwned=1>';
/** Git strips < and > from names, so the author payload attacks attribute quoting and entity decoding instead. */
export const EVIL_AUTHOR = 'R. Kim" onmouseover="window.__pwned=1" &lt;b&gt;';
export const EVIL_FILE = `${PAYLOAD}.md`;
export const TODAY = '2026-11-26';

export const GOAL_IDS = ['G1', 'G2', 'G3'] as const;

const plan = (g1Target: number, withG3: boolean) => `---
kind: goal-plan
client: "${EVIL_CLIENT}"
clinician: RK
created: 2026-04-06
status: active
problems:
  - id: P1
    text: "Low mood ${withG3 ? PAYLOAD : 'since January'}"
review:
  every: 90d
  last: 2026-07-06
  next: 2026-10-05
signed:
  by: RK
  date: 2026-04-06
---

# Plan

\`\`\`yaml goal
id: G1
statement: "Client will reduce PHQ-9 from 14 to ${g1Target} ${PAYLOAD} by December 2026."
horizon: long-term
problem: P1
measure:
  instrument: PHQ-9
  baseline: 14
  target: ${g1Target}
start: 2026-04-06
due: 2026-12-14
status: active
\`\`\`

\`\`\`yaml goal
id: G2
statement: "Client will attend a weekly social activity <script>window.__pwned=1</script> on 3 of 4 weeks."
horizon: short-term
problem: P1
start: 2026-04-06
due: 2026-12-01
status: active
gas:
  "-2": none
  "0": "3 of 4 weeks"
  "2": every week
\`\`\`
${withG3 ? `
\`\`\`yaml goal
id: G3
statement: "Client will keep a sleep diary on 5 of 7 days ${PAYLOAD}."
horizon: short-term
problem: P1
measure:
  instrument: count
  baseline: 1
  target: 5
start: 2026-06-01
due: 2026-12-20
status: active
\`\`\`
` : ''}`;

const session = (date: string, phq: number, level: number, review = false) => `---
kind: session-log
client: "${EVIL_CLIENT}"
date: ${date}
type: therapy
review: ${review}
goals:
  G1:
    progress: 0
    note: "${PAYLOAD}"
  G2:
    progress: ${level}
measures:
  PHQ-9: ${phq}
signed:
  by: RK
  date: ${date}
---

## Notes

${PAYLOAD}
`;

/** Sessions: file, date, PHQ-9, G2 GAS level, committed on (late for one). */
export const SESSIONS = [
  { file: 'clients/evil/sessions/2026-04-20.md', date: '2026-04-20', phq: 14, level: -1, committed: '2026-04-20' },
  { file: 'clients/evil/sessions/2026-05-18.md', date: '2026-05-18', phq: 12, level: 0, committed: '2026-05-28' },
  { file: `clients/evil/sessions/${EVIL_FILE}`, date: '2026-07-06', phq: 10, level: 1, committed: '2026-07-06', review: true },
  { file: 'clients/evil/sessions/2026-09-14.md', date: '2026-09-14', phq: 8, level: 1, committed: '2026-09-14' },
] as const;

export interface Fixture {
  dir: string;
  ws: Workspace;
  history: WorkspaceHistory;
  progress: ClientProgress;
  caseload: Caseload;
  remove(): void;
}

function git(dir: string, args: string[], date?: string, author = 'R. Kim'): void {
  const gitBin = findGit('/nonexistent-workspace');
  if (!gitBin) throw new Error('git is needed for the progress fixture');
  const env: NodeJS.ProcessEnv = {
    ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'rk@example.invalid',
    GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: 'rk@example.invalid',
  };
  if (date) env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = `${date}T17:00:00+00:00`;
  execFileSync(gitBin, ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, stdio: 'pipe' });
}

function write(dir: string, rel: string, text: string): void {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

/** Writes and commits the hostile client into a fresh temp folder, and builds its model. */
export async function makeFixture(): Promise<Fixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-render-'));
  git(dir, ['init', '-q', '-b', 'main']);
  const commit = (message: string, date: string, files: Record<string, string>, author?: string) => {
    for (const [rel, text] of Object.entries(files)) write(dir, rel, text);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-verify', '-m', message], date, author);
  };
  commit(`Plan for the client ${PAYLOAD}`, '2026-04-06', { 'clients/evil/plan.md': plan(7, false) }, EVIL_AUTHOR);
  // Commits in date order, so the plan revision of 2026-06-01 falls between the sessions.
  const events = [
    ...SESSIONS.map((s) => ({ date: s.committed, files: { [s.file]: session(s.date, s.phq, s.level, 'review' in s && s.review) }, message: `Note ${s.date} ${PAYLOAD}` })),
    { date: '2026-06-01', files: { 'clients/evil/plan.md': plan(6, true) }, message: `Re-target G1, add G3 ${PAYLOAD}` },
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const e of events) commit(e.message, e.date, e.files, EVIL_AUTHOR);

  const ws = new Workspace();
  for (const rel of ['clients/evil/plan.md', ...SESSIONS.map((s) => s.file)]) {
    const abs = path.join(dir, rel);
    ws.set(parseDocument(abs, readFileSync(abs, 'utf8')));
  }
  const history = await readHistory({ root: dir, trusted: true });
  const opts = { today: TODAY, config: defaultConfig(), history };
  return {
    dir, ws, history,
    progress: buildProgress(ws, EVIL_CLIENT, opts),
    caseload: caseload(ws, opts),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
