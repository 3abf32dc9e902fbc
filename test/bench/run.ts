// `npm run bench [-- --check] [--runs N] [--only NAMES]`: every budget, measured on this machine,
// printed as one Markdown table and written into docs/PERFORMANCE.md (between the bench
// markers) with the machine, Node version, date and load. Timings are medians of several runs
// after a warm-up; comparisons with other programs are ratios from the same run, the runs
// interleaved so both sides see the same machine load. --check exits 1 when a row fails.
// --only lint,cache,lsp,history,scaling,activation,caseload,panel runs only those groups of rows
// (comma-separated) and prints their table without rewriting docs/PERFORMANCE.md (a partial table
// would drop the other rows).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { generateCorpus, writeCorpus, writeHistoryRepo, type CorpusFile } from './corpus';
import { benchHistory, type ScalePoint } from './inprocess';
import { benchLsp } from './lsp';
import { benchPanel, benchPanelSwitch, buildFloorExtension, type SwitchClient } from './panel';
import { mb, median, ms, now, percentile, ratio } from './stats';

const REPO = path.resolve(__dirname, '..', '..');
const TODAY = '2026-11-26';
const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const RUNS = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const GROUPS = ['lint', 'cache', 'lsp', 'history', 'scaling', 'activation', 'caseload', 'panel'] as const;
const ONLY = args.includes('--only') ? new Set((args[args.indexOf('--only') + 1] ?? '').split(',').filter(Boolean)) : undefined;
if (ONLY) for (const g of ONLY) if (!(GROUPS as readonly string[]).includes(g)) throw new Error(`--only: unknown group '${g}' (use ${GROUPS.join(', ')})`);
/** True when the group's rows are to be measured this run. */
const want = (group: (typeof GROUPS)[number]) => !ONLY || ONLY.has(group);
const WORK = path.join(os.tmpdir(), `goalplan-bench-${process.pid}`);
const CLI = path.join(REPO, 'dist', 'cli', 'goalplan.js');
const SERVER = path.join(REPO, 'dist', 'server', 'server.js');
const EXTENSION = path.join(REPO, 'dist', 'client', 'extension.js');
const MARKDOWNLINT = path.join(REPO, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

interface Row {
  what: string;
  measured: string;
  budget: string;
  /**
   * undefined: could not be measured (counts as a failure for --check). 'reference': a row with
   * no budget of its own that another row is read against (a floor); it fails only unmeasured.
   */
  pass: boolean | undefined | 'reference';
}
const rows: Row[] = [];
const notes: string[] = [];
const log = (m: string) => process.stderr.write(`${m}\n`);

function row(what: string, measured: string, budget: string, pass: Row['pass']): void {
  rows.push({ what, measured, budget, pass });
  log(`${pass === undefined ? 'n/a ' : pass === 'reference' ? 'ref ' : pass ? 'pass' : 'FAIL'}  ${what}: ${measured} (budget ${budget})`);
}

/** The result column: a floor row says what it is instead of pass. */
function result(pass: Row['pass']): string {
  return pass === undefined ? 'not measured' : pass === 'reference' ? 'reference' : pass ? 'pass' : '**FAIL**';
}

/** Wall time of one process run; stdout/stderr discarded. Exit codes in `ok` are expected. */
function timeProcess(argv: string[], cwd: string, ok: number[] = [0]): number {
  const t = now();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const elapsed = now() - t;
  if (r.status === null || !ok.includes(r.status)) throw new Error(`${path.basename(argv[1] ?? argv[0])} exited with ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 500)}`);
  return elapsed;
}

/** Runs each command once per round, interleaved, `RUNS` rounds; medians per command. */
function interleaved(cmds: Record<string, () => number>): Record<string, number> {
  const xs: Record<string, number[]> = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [k, f] of Object.entries(cmds)) xs[k].push(f());
  }
  return Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, median(v)]));
}

function readAll(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) n += readAll(p);
    else n += fs.readFileSync(p).length;
  }
  return n;
}

async function main(): Promise<void> {
  const started = now();
  const loadBefore = os.loadavg();
  for (const f of [CLI, SERVER]) if (!fs.existsSync(f)) throw new Error(`${path.relative(REPO, f)} is missing: run \`node scripts/build.mjs\` (npm run bench does)`);
  fs.mkdirSync(WORK, { recursive: true });
  const floorJs = path.join(WORK, 'floor.js');
  const scalingJs = path.join(WORK, 'scaling.js');
  await Promise.all([['floor.ts', floorJs], ['scaling.ts', scalingJs]].map(([entry, outfile]) =>
    build({ entryPoints: [path.join(__dirname, entry)], outfile, platform: 'node', target: 'node20', format: 'cjs', bundle: true, logLevel: 'error' })));

  // ---- corpora ----------------------------------------------------------------------------
  log(`corpus: 300 clients x 40 sessions in ${WORK}`);
  const corpusDir = path.join(WORK, 'clinic');
  const files = generateCorpus({ clients: 300, sessionsPerClient: 40 });
  writeCorpus(corpusDir, files);
  const lspDir = path.join(WORK, 'clinic-lsp');
  // (Each corpus is written only when a selected group reads it.)
  // The language server's workspace: the same clinic plus one client whose plan has 200 goals.
  const big = generateCorpus({ clients: 1, sessionsPerClient: 40, goalsPerPlan: 200, seed: 99 })
    .map((f): CorpusFile => ({ ...f, path: f.path.replace('C-1000', 'C-9000'), text: f.text.replace(/C-1000/g, 'C-9000') }));
  if (want('lsp')) writeCorpus(lspDir, [...files, ...big]);
  const historyDir = path.join(WORK, 'history');
  const hist = want('history') ? writeHistoryRepo(historyDir, { sessions: 200, planCommits: 300 }) : { paths: [] as string[] };

  // ---- CLI cold lint vs markdownlint-cli2 vs the parse floor ----------------------------------
  log('warm-up: page cache and one run of each program on one client');
  readAll(corpusDir);
  const oneClient = path.join(corpusDir, 'clients', 'C-1000');
  const cli = (dir: string, extra: string[] = []) => timeProcess([process.execPath, CLI, 'lint', '.', '--today', TODAY, ...extra], dir, [0, 1]);
  const mdl = (dir: string) => timeProcess([process.execPath, MARKDOWNLINT, '**/*.md'], dir, [0, 1]);
  const floor = (dir: string) => timeProcess([process.execPath, floorJs, dir], dir);
  if (want('lint')) {
  cli(oneClient);
  mdl(oneClient);
  floor(oneClient);
  log(`CLI cold lint, markdownlint-cli2 and the parse floor on ${files.length} files, ${RUNS} interleaved runs`);
  const cold = interleaved({ cli: () => cli(corpusDir), markdownlint: () => mdl(corpusDir), floor: () => floor(corpusDir) });
  const vsMdl = cold.cli / cold.markdownlint;
  const vsFloor = cold.cli / cold.floor;
  row(`CLI cold lint, 300 clients x 40 sessions (${files.length.toLocaleString('en')} files) vs markdownlint-cli2 (default rules)`,
    `${ms(cold.cli)} vs ${ms(cold.markdownlint)}: ${ratio(vsMdl)}`, '<= 1.00x', vsMdl <= 1);
  row('same, vs the parse floor (read + remark + yaml, one process)', `${ms(cold.cli)} vs ${ms(cold.floor)}: ${ratio(vsFloor)}`, '<= 1.30x', vsFloor <= 1.3);
  }

  // ---- goalplan caseload vs the CLI cold lint of the same corpus (issue 12) ------------------
  if (want('caseload')) {
    const caseloadRun = (dir: string) => timeProcess([process.execPath, CLI, 'caseload', '.', '--today', TODAY, '--format', 'json', '--no-history'], dir);
    cli(oneClient);
    caseloadRun(oneClient);
    log(`goalplan caseload and the CLI cold lint on ${files.length} files, ${RUNS} interleaved runs`);
    const c = interleaved({ caseload: () => caseloadRun(corpusDir), lint: () => cli(corpusDir) });
    row(`\`goalplan caseload --format json\` over the same ${files.length.toLocaleString('en')}-file corpus (measurement-based-care columns included) vs the CLI cold lint of it`,
      `${ms(c.caseload)} vs ${ms(c.lint)}: ${ratio(c.caseload / c.lint)}`, '<= the cold lint (1.00x)', c.caseload <= c.lint);
  }

  // ---- --cache over an unchanged repository ------------------------------------------------
  if (want('cache')) {
  const cacheFile = path.join(WORK, 'lint-cache');
  cli(corpusDir, ['--cache', '--cache-location', cacheFile]); // fills the cache
  const cached = interleaved({ cached: () => cli(corpusDir, ['--cache', '--cache-location', cacheFile]) }).cached;
  row('`goalplan lint --cache`, unchanged 12,300-file repo', ms(cached), '<= 1 s', cached <= 1000);
  }

  // ---- language server over stdio ----------------------------------------------------------
  if (want('lsp')) {
  log('language server: index, typing in a 200-goal plan and a session, a plan edit re-checking 40 sessions');
  const bigPlan = big[0].path;
  const crossSessions = files.filter((f) => f.path.startsWith('clients/C-1000/sessions/')).map((f) => f.path);
  const lsp = await benchLsp({
    server: SERVER, root: lspDir, today: TODAY, bigPlan, session: big[1].path, crossFilePlan: 'clients/C-1000/plan.md',
    crossFileSessions: crossSessions, edits: 100 * Math.max(1, Math.round(RUNS / 3)), log,
  });
  const p50 = percentile(lsp.planEditMs, 50);
  const p99 = percentile(lsp.planEditMs, 99);
  row('LSP change -> diagnostics, plan with 200 goals (stdio)', `p50 ${ms(p50)}, p99 ${ms(p99)} (${lsp.planEditMs.length} edits, the plan's diagnostics received in full; parsed and dispatched by the bench client's vscode-jsonrpc: p50 ${ms(percentile(lsp.planEditHandledMs, 50))}; server CPU ${ms(lsp.cpu.planEdit)} per edit, its 40 sessions' re-check included)`, 'p50 <= 10 ms, p99 <= 30 ms', p50 <= 10 && p99 <= 30);
  const s50 = percentile(lsp.sessionEditMs, 50);
  row('LSP change -> diagnostics, one session note (stdio)', `p50 ${ms(s50)}, p99 ${ms(percentile(lsp.sessionEditMs, 99))} (server CPU ${ms(lsp.cpu.sessionEdit)} per edit, the client's other files included)`, 'p50 <= 3 ms', s50 <= 3);
  const x50 = median(lsp.crossFileMs);
  row(`LSP plan edit -> its ${lsp.crossFileSessions} sessions re-checked and published (stdio)`, `median ${ms(x50)}, max ${ms(Math.max(...lsp.crossFileMs))} (server CPU ${ms(lsp.cpu.crossFile)} per edit)`, '<= 20 ms', x50 <= 20);
  const heapMb = Math.max(lsp.heapAfterIndexMb, lsp.heapAfterFullCheckMb ?? NaN);
  row(`LSP workspace index at start (${lsp.indexedFiles.toLocaleString('en')} files), server heap`,
    `${ms(lsp.indexMs)} (server CPU from start ${ms(lsp.cpu.index)}); V8 heap committed ${lsp.heapAfterIndexMb} MB after the index, ${lsp.heapAfterFullCheckMb ?? 'n/a'} MB after the first full check; peak RSS of the whole run ${mb(lsp.peakRssBytes)}`,
    '<= 5 s, heap <= 300 MB', lsp.indexMs <= 5000 && heapMb <= 300);
  if (lsp.firstFullCheckMs !== undefined) notes.push(`The language server had published the diagnostics of all ${lsp.indexedFiles.toLocaleString('en')} indexed files ${ms(lsp.firstFullCheckMs)} after \`initialized\` (index included).`);
  }

  // ---- progress model + git history --------------------------------------------------------
  if (want('history')) {
  log('progress model + git history: 200 sessions, 300 plan commits');
  const h = await benchHistory(historyDir, 'clients', hist.paths, TODAY, RUNS + 2);
  const vsLog = h.totalMs / h.gitLogPMs;
  row(`progress model + git history (readHistory + buildProgress, in-process), one client: ${h.sessions} sessions, ${h.planRevisions} plan commits (${h.commits} commits)`,
    `${ms(h.totalMs)}; \`git log -p\` ${ms(h.gitLogPMs)}: ${ratio(vsLog)} (parsing the client's ${h.sessions + 1} current files, done by the index beforehand: ${ms(h.indexMs)})`, '<= 500 ms and <= 2.00x', h.totalMs <= 500 && vsLog <= 2);
  }

  // ---- scaling -----------------------------------------------------------------------------
  if (want('scaling')) {
  log('scaling: parse + index + lint of 100, 1,000 and 10,000 files in one process');
  const scaling = spawnSync(process.execPath, [scalingJs, TODAY, String(RUNS), '100', '1000', '10000'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (scaling.status !== 0) throw new Error(`the scaling series failed: ${scaling.stderr.slice(0, 2000)}`);
  const scale = JSON.parse(scaling.stdout) as ScalePoint[];
  const steps = scale.slice(1).map((p, i) => p.cpuMs / scale[i].cpuMs);
  row(`scaling ${scale.map((p) => p.files.toLocaleString('en')).join(' -> ')} files (parse + index + lint in one fresh process, CPU time)`,
    `${scale.map((p) => ms(p.cpuMs)).join(' -> ')}: ${steps.map(ratio).join(', ')} (wall ${scale.map((p) => ms(p.ms)).join(' -> ')})`, 'each 10x step <= 12x', steps.every((s) => s <= 12));
  }

  // ---- extension activation and .vsix ------------------------------------------------------
  if (want('activation')) activationRows();

  // ---- progress panel in the real editor (code-server + Chromium), 200 sessions -------------
  if (want('panel')) {
    await panelRow();
    await panelSwitchRow();
  }

  const loadAfter = os.loadavg();
  const table = renderTable();
  process.stdout.write(`${table}\n`);
  if (ONLY) log(`--only ${[...ONLY].join(',')}: docs/PERFORMANCE.md left as it is (a partial table would drop the other rows)`);
  else writeDoc(table, loadBefore, loadAfter, (now() - started) / 1000);
  fs.rmSync(WORK, { recursive: true, force: true });
  const failed = rows.filter((r) => r.pass !== true && r.pass !== 'reference');
  const budgeted = rows.filter((r) => r.pass !== 'reference').length;
  log(`${budgeted - failed.length} of ${budgeted} rows within budget; bench took ${((now() - started) / 1000).toFixed(0)} s`);
  if (CHECK && failed.length > 0) process.exitCode = 1;
}

/**
 * Issue 12: the progress panel of a client with 200 sessions in code-server, command to charts
 * painted, and below it its floor: a minimal webview opened the same way in the same code-server,
 * the openings interleaved. The panel's budget is on its total; its share above the floor (the
 * median of each round's panel minus floor) is what GoalPlan's own code costs.
 */
async function panelRow(): Promise<void> {
  const what = 'progress panel for a client with 200 sessions, from the command to charts painted, in the real editor (code-server + Chromium)';
  const floorWhat = 'floor: the editor alone opening a minimal webview (a bench-only extension: strict CSP, one paragraph), the same command path and clock, interleaved with the panel\'s openings';
  const root = path.join(WORK, 'panel');
  const files = generateCorpus({ clients: 1, sessionsPerClient: 200, seed: 7 });
  writeCorpus(root, files);
  const plan = files.find((f) => f.path.endsWith('plan.md'))!;
  const goals = (plan.text.match(/^```yaml goal$/gm) ?? []).length;
  try {
    const floorExtension = await buildFloorExtension(path.join(WORK, 'webview-floor'));
    const r = await benchPanel({ root, planPath: plan.path, goals, runs: Math.max(3, RUNS), repo: REPO, floorExtension, log });
    const m = median(r.ms);
    const above = median(r.ms.map((x, i) => x - r.floorMs[i]));
    row(what, `median ${ms(m)}, max ${ms(Math.max(...r.ms))} (${r.ms.length} openings after a warm-up; ${goals} goal charts); above the floor: median ${ms(above)} (each opening minus the same round's floor opening)`, '<= 300 ms', m <= 300);
    row(floorWhat, `median ${ms(median(r.floorMs))}, max ${ms(Math.max(...r.floorMs))} (${r.floorMs.length} openings)`, 'none (what any webview costs)', 'reference');
  } catch (e) {
    log(`panel bench failed: ${e instanceof Error ? e.message : String(e)}`);
    row(what, `not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, '<= 300 ms', undefined);
    row(floorWhat, 'not measured', 'none (what any webview costs)', undefined);
  }
}

/**
 * The progress panel already open beside the editor, moving to another client: open its plan,
 * "GoalPlan: Show progress" again (the singleton panel reuses its webview), command to that
 * client's charts painted. Two generated clients with 200 sessions and the same number of goals
 * (the panel row's client and the next one of the same seeded corpus), alternating.
 */
async function panelSwitchRow(): Promise<void> {
  const what = 'progress panel already open: switching to another 200-session client, command to charts painted (same webview, real editor)';
  const root = path.join(WORK, 'panel-switch');
  const files = generateCorpus({ clients: 2, sessionsPerClient: 200, seed: 7 });
  writeCorpus(root, files);
  const plans = files.filter((f) => f.path.endsWith('/plan.md'));
  const goalsOf = (text: string) => (text.match(/^```yaml goal$/gm) ?? []).length;
  const clients = plans.map((f): SwitchClient => ({ client: f.path.split('/')[1], planPath: f.path }));
  try {
    if (plans.length !== 2 || goalsOf(plans[0].text) !== goalsOf(plans[1].text)) throw new Error('the two generated clients differ in goals');
    const goals = goalsOf(plans[0].text);
    const xs = await benchPanelSwitch({ root, clients: [clients[0], clients[1]], goals, runs: Math.max(3, RUNS), repo: REPO, log });
    const m = median(xs);
    row(what, `median ${ms(m)}, max ${ms(Math.max(...xs))} (${xs.length} switches after a warm-up, ${clients[0].client} and ${clients[1].client} alternating; ${goals} goal charts)`, '<= 300 ms', m <= 300);
  } catch (e) {
    log(`panel switch bench failed: ${e instanceof Error ? e.message : String(e)}`);
    row(what, `not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, '<= 300 ms', undefined);
  }
}

function activationRows(): void {
  if (!fs.existsSync(path.join(REPO, 'client', 'src', 'extension.ts'))) {
    row('extension activation (bundled)', 'not measured: no client/src/extension.ts', '<= 50 ms', undefined);
    row('.vsix size', 'not measured: no extension', '<= 3 MB', undefined);
    return;
  }
  // `npm run package` builds minified bundles and the .vsix (the shipped artefact).
  const vsix = path.join(WORK, 'goalplan.vsix');
  const pkg = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const haveVsix = pkg.status === 0 && fs.existsSync(vsix);
  if (!haveVsix) log(`npm run package failed (${pkg.status}): ${(pkg.stderr || pkg.stdout).slice(-800)}`);
  if (fs.existsSync(EXTENSION)) {
    const stub = path.join(__dirname, 'activation-stub.mjs');
    const one = () => {
      const out = execFileSync(process.execPath, [stub, EXTENSION, '1'], { cwd: REPO, encoding: 'utf8' });
      return (JSON.parse(out) as { loadMs: number; activateMs: number; cpuMs: number; error?: string }[])[0];
    };
    one(); // warm-up
    const xs = Array.from({ length: Math.max(5, RUNS) }, one);
    const total = median(xs.map((x) => x.loadMs + x.activateMs));
    const errors = xs.filter((x) => x.error).map((x) => x.error);
    row('extension activation (bundled): require + activate() against a vscode stub, in-process',
      `${ms(total)} (load ${ms(median(xs.map((x) => x.loadMs)))}, activate() ${ms(median(xs.map((x) => x.activateMs)))}; CPU ${ms(median(xs.map((x) => x.cpuMs)))})${errors.length ? `; activate threw ${errors[0]}` : ''}`,
      '<= 50 ms', errors.length === 0 ? total <= 50 : undefined);
  } else {
    row('extension activation (bundled)', 'not measured: dist/client/extension.js missing', '<= 50 ms', undefined);
  }
  if (haveVsix) {
    const size = fs.statSync(vsix).size;
    row('.vsix size (`npm run package`)', mb(size), '<= 3 MB', size <= 3 * 1024 * 1024);
  } else row('.vsix size (`npm run package`)', 'not measured: `npm run package` failed', '<= 3 MB', undefined);
}

function renderTable(): string {
  const lines = ['| what | measured | budget | result |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.what} | ${r.measured} | ${r.budget} | ${result(r.pass)} |`);
  return lines.join('\n');
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, ${os.platform()} ${os.release()}`;
}

const BEGIN = '<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

function writeDoc(table: string, before: number[], after: number[], seconds: number): void {
  const doc = path.join(REPO, 'docs', 'PERFORMANCE.md');
  const git = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const block = [
    BEGIN,
    '',
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${machine()}; Node ${process.version}; commit ${git} (plus uncommitted changes, if any).`,
    `Load average (1/5/15 min) ${before.map((x) => x.toFixed(1)).join('/')} at the start and ${after.map((x) => x.toFixed(1)).join('/')} at the end; the whole bench took ${seconds.toFixed(0)} s, ${RUNS} runs per timing.`,
    '',
    table,
    '',
    ...notes.map((n) => `- ${n}`),
    ...(notes.length ? [''] : []),
    END,
  ].join('\n');
  let text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '';
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a >= 0 && b > a) text = text.slice(0, a) + block + text.slice(b + END.length);
  else text = `# Performance\n\n${block}\n${text}`;
  fs.writeFileSync(doc, text);
  log(`wrote ${path.relative(REPO, doc)}`);
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  fs.rmSync(WORK, { recursive: true, force: true });
  process.exitCode = 2;
});
