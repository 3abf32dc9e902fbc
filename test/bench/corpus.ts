// Deterministic clinic corpus for benchmarks and scale tests: N clients, each with one plan
// (5 goals, 3 problems) and M sessions spread over two years, realistic text lengths and a
// seeded share of rule violations. Same seed, same bytes.
// Usage (CLI): npx tsx test/bench/corpus.ts OUT_DIR [--clients N] [--sessions M] [--seed S] [--goals G] [--git]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays as addDaysOrUndefined } from '../../server/src/core/dates';

/** The corpus's dates are all near 2025: always inside 0000-9999. */
const addDays = (d: string, n: number): string => addDaysOrUndefined(d, n)!;

export interface CorpusOptions {
  clients: number;
  sessionsPerClient: number;
  goalsPerPlan?: number;
  seed?: number;
  /** Share of files that carry a deliberate rule violation (0..1). */
  violationRate?: number;
}

export interface CorpusFile {
  path: string;
  text: string;
  /** Date the file would be committed (for --git): session date, or plan created. */
  date: string;
}

/** mulberry32: a tiny, well-known seeded PRNG; Math.random would make runs incomparable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('client reported sleep improved since last week practised breathing exercise twice daily work stress remains '
  + 'moderate discussed avoidance pattern around team meetings reviewed thought record identified catastrophic prediction '
  + 'agreed graded exposure step attend one social event mood fluctuating energy low mornings appetite stable denied '
  + 'safety concerns engaged well session homework completed partially barriers noted childcare schedule plan continue '
  + 'weekly sessions review measures next visit behavioural activation schedule walking three times week').split(' ');

const STATEMENTS = [
  'Client will attend at least 3 of 4 weekly team meetings and share one comment in each.',
  'Client will reduce PHQ-9 score from 18 to 9 or below as evidenced by fortnightly screening.',
  'Client will practise diaphragmatic breathing 5 days per week as recorded in the daily log.',
  'Client will complete 2 behavioural activation activities per week for 8 consecutive weeks.',
  'Client will initiate 1 conversation with a coworker per day on at least 4 workdays.',
  'Client will report GAD-7 below 10 on two consecutive administrations.',
  'Client will record sleep and wake times nightly and keep a regular wake time within 30 minutes.',
];
const VAGUE = 'Client will feel better and improve mood.';
const FORMATS = ['SOAP', 'DAP', 'BIRP', 'GIRP'] as const;
const SECTIONS: Record<(typeof FORMATS)[number], string[]> = {
  SOAP: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  DAP: ['Data', 'Assessment', 'Plan'],
  BIRP: ['Behavior', 'Intervention', 'Response', 'Plan'],
  GIRP: ['Goal', 'Intervention', 'Response', 'Plan'],
};

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(r: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, 8 + Math.floor(r() * 10))).join(' ');
}

export function generateCorpus(o: CorpusOptions): CorpusFile[] {
  const r = rng(o.seed ?? 42);
  const goals = o.goalsPerPlan ?? 5;
  const vr = o.violationRate ?? 0.1;
  const files: CorpusFile[] = [];
  const start = '2024-11-01';
  for (let c = 0; c < o.clients; c++) {
    const id = `C-${String(1000 + c)}`;
    const created = addDays(start, Math.floor(r() * 60));
    const format = FORMATS[c % FORMATS.length];
    const goalBlocks: string[] = [];
    for (let g = 1; g <= goals; g++) {
      const vague = r() < vr;
      const phq = g % 5 === 2;
      goalBlocks.push([
        `### G${g} ${sentence(r, 4).slice(0, -1)}`,
        '',
        '```yaml goal',
        `id: G${g}`,
        `statement: ${vague ? VAGUE : STATEMENTS[(c + g) % STATEMENTS.length]}`,
        `type: ${['behavioral', 'emotional', 'cognitive'][g % 3]}`,
        `horizon: ${g === 1 ? 'long-term' : 'short-term'}`,
        ...(g > 1 ? ['parent: G1'] : []),
        `problem: P${1 + (g % 3)}`,
        'measure:',
        ...(phq ? ['  instrument: PHQ-9', '  baseline: 18', '  target: 9'] : ['  instrument: count', '  baseline: 0', '  target: 4', '  unit: times per week']),
        `start: ${created}`,
        `due: ${g === 1 ? addDays(created, 400) : addDays(created, 60 + Math.floor(r() * 25))}`,
        'status: active',
        'interventions:',
        `  - ${sentence(r, 6)}`,
        '```',
        '',
        paragraph(r, 2),
        '',
      ].join('\n'));
    }
    const reviewLast = addDays(created, 540);
    files.push({
      path: `clients/${id}/plan.md`,
      date: created,
      text: [
        '---',
        'kind: goal-plan',
        `client: ${id}`,
        `clinician: ${['rk', 'ms', 'jt'][c % 3]}`,
        `created: ${created}`,
        'review:',
        '  every: 90d',
        `  last: ${reviewLast}`,
        `  next: ${addDays(reviewLast, r() < vr ? 120 : 90)}`,
        'problems:',
        '  - id: P1',
        '    text: Depressed mood with low energy',
        '  - id: P2',
        '    text: Social anxiety at work',
        '  - id: P3',
        '    text: Irregular sleep',
        '---',
        `# Treatment plan ${id}`,
        '',
        paragraph(r, 3),
        '',
        ...goalBlocks,
      ].join('\n'),
    });
    for (let s = 0; s < o.sessionsPerClient; s++) {
      const date = addDays(created, 7 + Math.floor((s * 700) / Math.max(1, o.sessionsPerClient)));
      const late = r() < vr;
      const addressed = [1 + (s % goals), 1 + ((s + 2) % goals)].filter((v, i, a) => a.indexOf(v) === i);
      const sections = SECTIONS[format].map((h) => `## ${h}\n\n${paragraph(r, 2 + Math.floor(r() * 3))}\n`);
      files.push({
        path: `clients/${id}/sessions/${date}.md`,
        date: late ? addDays(date, 6) : date,
        text: [
          '---',
          'kind: session-log',
          `client: ${id}`,
          `date: ${date}`,
          'type: therapy',
          'start: "10:00"',
          'end: "10:50"',
          `format: ${format}`,
          'cpt: "90834"',
          'modality: in-person',
          'goals:',
          ...addressed.flatMap((g) => [`  G${g}:`, `    progress: ${Math.floor(r() * 5) - 2}`, `    value: ${g % 5 === 2 ? 18 - Math.floor(r() * 8) : Math.floor(r() * 5)}`]),
          'measures:',
          `  PHQ-9: ${Math.floor(r() * 20)}`,
          'signed:',
          `  by: ${['rk', 'ms', 'jt'][c % 3]}`,
          `  date: ${late ? addDays(date, 5) : date}`,
          '---',
          ...sections,
        ].join('\n'),
      });
    }
  }
  return files;
}

export function writeCorpus(dir: string, files: CorpusFile[], git = false): void {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(join(dir, f.path, '..'), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  if (!git) return;
  const g = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: 'pipe' });
  g(['init', '-q']);
  g(['config', 'user.name', 'Bench']);
  g(['config', 'user.email', 'bench@clinic.invalid']);
  // One commit per date keeps the history realistic (sessions committed one day at a time) and the build fast.
  const byDate = new Map<string, CorpusFile[]>();
  for (const f of files) byDate.set(f.date, [...(byDate.get(f.date) ?? []), f]);
  for (const date of [...byDate.keys()].sort()) {
    g(['add', '--', ...byDate.get(date)!.map((f) => f.path)]);
    const when = `${date}T12:00:00Z`;
    g(['commit', '-q', '-m', `notes ${date}`], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  }
}

/**
 * One client's repository for the history benchmark: `sessions` notes committed one by one on
 * their dates (a late-signed share amended a few days later) and `planCommits` revisions of the
 * plan (targets, due dates, statuses and interventions change), all backdated. Written with one
 * `git fast-import` so building it takes a second, not one process per commit.
 */
export function writeHistoryRepo(dir: string, o: { sessions: number; planCommits: number; seed?: number }): { planPath: string; paths: string[] } {
  const files = generateCorpus({ clients: 1, sessionsPerClient: o.sessions, seed: o.seed ?? 7 });
  const plan = files[0];
  const sessions = files.slice(1);
  const r = rng((o.seed ?? 7) + 1);
  type Step = { date: string; seq: number; path: string; text: string };
  const steps: Step[] = [];
  let seq = 0;
  const planStart = plan.date;
  let planText = plan.text;
  steps.push({ date: planStart, seq: seq++, path: plan.path, text: planText });
  for (let i = 1; i < o.planCommits; i++) {
    const g = 1 + Math.floor(r() * 5);
    const block = new RegExp(`(id: G${g}\n[^]*?)(\n\`\`\`)`);
    const edit = i % 4;
    const before = planText;
    planText = planText.replace(block, (_m, body: string, close: string) => {
      let b = body;
      if (edit === 0) b = b.replace(/target: (\d+)/, (_x, t: string) => `target: ${Math.max(1, Number(t) + (r() < 0.5 ? -1 : 1))}`);
      else if (edit === 1) b = b.replace(/due: (\d{4}-\d{2}-\d{2})/, (_x, d: string) => `due: ${addDays(d, 7)}`);
      else if (edit === 2) b = b.replace(/status: \w+/, `status: ${r() < 0.8 ? 'active' : 'on-hold'}`);
      else b = b.replace('interventions:\n', `interventions:\n  - ${sentence(r, 5)}\n`);
      return b + close;
    });
    // Every revision changes the plan (an edit that happened to change nothing adds an intervention).
    if (planText === before) planText = planText.replace(block, (_m, body: string, close: string) => body.replace('interventions:\n', `interventions:\n  - ${sentence(r, 5)}\n`) + close);
    // Revisions spread evenly over the two years the sessions cover.
    steps.push({ date: addDays(planStart, Math.floor((i * 700) / o.planCommits)), seq: seq++, path: plan.path, text: planText });
  }
  for (const s of sessions) {
    const late = s.date !== /sessions\/(\d{4}-\d{2}-\d{2})/.exec(s.path)![1];
    steps.push({ date: late ? addDays(s.date, -6) : s.date, seq: seq++, path: s.path, text: late ? s.text.replace(/signed:\n[^]*?---/, '---') : s.text });
    if (late) steps.push({ date: s.date, seq: seq++, path: s.path, text: s.text }); // signed later: a second version
  }
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const chunks: Buffer[] = [];
  const data = (t: string) => {
    const b = Buffer.from(t, 'utf8');
    chunks.push(Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n'));
  };
  steps.forEach((st, i) => {
    const when = Math.floor(Date.parse(`${st.date}T12:00:00Z`) / 1000) + i; // strictly increasing
    chunks.push(Buffer.from(`commit refs/heads/main\ncommitter Bench <bench@clinic.invalid> ${when} +0000\n`));
    data(`${st.path.endsWith('plan.md') ? 'plan revision' : 'note'} ${st.date}`);
    chunks.push(Buffer.from(`M 100644 inline ${st.path}\n`));
    data(st.text);
  });
  const git = (args: string[], input?: Buffer) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: dir, input, stdio: ['pipe', 'pipe', 'pipe'] });
  git(['init', '-q', '-b', 'main']);
  git(['fast-import', '--quiet'], Buffer.concat(chunks));
  git(['checkout', '-q', '-f', 'main']);
  const latest = new Map<string, string>();
  for (const st of steps) latest.set(st.path, st.text);
  return { planPath: plan.path, paths: [...latest.keys()] };
}

// Run as a script (`tsx test/bench/corpus.ts [dir] [--clients N] ...`) only: a bundle that
// includes this module is its own main module and must not write a corpus into its cwd.
if (require.main === module && /corpus\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const num = (flag: string, d: number) => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : d;
  };
  const out = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--'))) ?? 'corpus';
  const files = generateCorpus({ clients: num('--clients', 300), sessionsPerClient: num('--sessions', 40), seed: num('--seed', 42), goalsPerPlan: num('--goals', 5) });
  writeCorpus(out, files, args.includes('--git'));
  console.log(`${files.length} files in ${out}`);
}
