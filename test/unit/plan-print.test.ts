// SPEC 5.6 printable plan: `goalplan plan --client ID --out FILE [--for-client]`. The page holds
// the problems, values, strengths, each goal in the client's words first and then its statement,
// measure, due date and interventions, the review schedule, discharge criteria, and agreement
// and signature lines; --for-client leaves out diagnosis codes, risk notes and clinician-only
// scores and uses plain words. Only what the rules accept goes on the page. `--out` never
// overwrites what goalplan did not write, and never a goal file.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { command as plan } from '../../server/src/cli/commands/plan';
import type { CliIO } from '../../server/src/cli/io';
import { withoutDiagnosisCodes } from '../../server/src/core/render/planPage';
import { ensureBuilt, runCli } from './cli-harness';

const TODAY = '2026-11-26';

const PLAN = `---
kind: goal-plan
client: C-9
clinician: AL
created: 2026-09-01
diagnosis: F41.0
problems:
  - id: P1
    text: Panic disorder (F41.0) with attacks at work
  - id: P2
    text: Sleeps badly before meetings
values:
  - Being there for my kids
assessment:
  strengths:
    - Keeps a steady job
  needs:
    - Ways to calm down at work
  preferences:
    - Evening sessions
review:
  every: 90d
  last: 2026-10-01
  next: 2026-12-25
discharge: No panic attack at work for 8 weeks.
agreement: {by: client, date: 2026-09-02, method: verbal}
signed: {by: AL, date: 2026-09-01}
---

### G1 Meetings

\`\`\`yaml goal
id: G1
statement: Client will attend 3 of 4 weekly team meetings without leaving early.
client_words: I want to stop walking out of meetings.
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
  - Graded exposure, weekly, AL
\`\`\`

### G2 Panic

\`\`\`yaml goal
id: G2
statement: Client will reduce the GAD-7 from 16 to 9 or below within 20 weeks.
client_words: I want to feel calm on the bus.
problem: P9
measure:
  instrument: GAD-7
  baseline: 16
  target: 30
start: 2026-09-01
due: 2026-08-01
interventions:
  - Interoceptive exposure, weekly, AL
\`\`\`

### G3 Sleep (done)

\`\`\`yaml goal
id: G3
statement: Client will sleep 6 hours on 5 nights a week, recorded in a sleep diary.
problem: P2
measure:
  instrument: count
  baseline: 1
  target: 5
  unit: nights per week
start: 2026-09-01
due: 2026-11-01
status: met
closed: 2026-10-20
\`\`\`
`;

const RISK_NOTE = 'Passive thoughts of not waking up; safety plan reviewed';

const SESSION = `---
kind: session-log
client: C-9
date: 2026-11-20
format: DAP
goals:
  G1:
    value: 1
measures:
  PHQ-9:
    score: 12
    items: [2, 1, 1, 2, 1, 1, 1, 2, 1]
risk: ${RISK_NOTE}
signed: {by: AL, date: 2026-11-20}
---

## Data

Came on time.

## Assessment

Some progress.

## Plan

Continue.
`;

/** The page's text as a reader sees it: text nodes joined by spaces. */
function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function captureIO(cwd: string): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('goalplan plan: the printable plan (SPEC 5.6)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gp-plan-'));
    fs.mkdirSync(path.join(dir, 'clients/C-9/sessions'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'clients/C-9/plan.md'), PLAN);
    fs.writeFileSync(path.join(dir, 'clients/C-9/sessions/2026-11-20.md'), SESSION);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    const io = captureIO(dir);
    const code = await plan.run(args, io);
    return { code, out: io.out, err: io.err };
  };
  const page = (file: string) => {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    const { document } = parseHTML(html);
    return { html, document, text: textOf(document.body) };
  };
  const goalRows = (doc: Document, id: string) => {
    const art = doc.querySelector(`article[data-goal="${id}"]`);
    if (!art) return undefined;
    return Object.fromEntries(Array.from(art.querySelectorAll('tr')).map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent!.replace(/\s+/g, ' ')]));
  };

  describe("the clinician's copy", () => {
    it('has every part the spec lists, risk first, and each goal in the client\'s words before its statement', async () => {
      const r = await run('--client', 'C-9', '--today', TODAY, '--out', 'plan.html');
      assert.equal(r.code, 0, r.err);
      const { document, text, html } = page('plan.html');
      assert.equal(document.documentElement.getAttribute('lang'), 'en');
      assert.deepEqual(Array.from(document.querySelectorAll('h2')).map((x) => x.textContent), [
        'Problems', "Client's values", 'Assessment', 'Goals', 'Review schedule', 'Discharge criteria', 'Agreement and signatures',
      ]);
      const main = document.querySelector('main')!;
      assert.equal(main.children[2].className, 'gp-risk', 'the open risk comes right after the heading and plan facts');
      assert.match(main.children[2].textContent!, /^Open risk: Positive risk screen on 2026-11-20 \(PHQ-9 item 9 answered 1\)/);
      assert.ok(!text.includes(RISK_NOTE), 'the risk note text itself is never printed');
      assert.match(text, /Diagnosis: F41\.0/);
      assert.match(text, /P1: Panic disorder \(F41\.0\) with attacks at work/);
      assert.match(text, /Being there for my kids/);
      assert.match(text, /Strengths Keeps a steady job/);
      const art = document.querySelector('article[data-goal="G1"]')!;
      assert.equal(art.children[1].textContent, "In the client's words: “I want to stop walking out of meetings.”");
      assert.equal(art.children[2].tagName, 'TABLE');
      assert.deepEqual(goalRows(document, 'G1'), {
        Statement: 'Client will attend 3 of 4 weekly team meetings without leaving early.',
        Status: 'active',
        Problem: 'P1: Panic disorder (F41.0) with attacks at work',
        Horizon: 'long-term',
        Measure: 'count: baseline 0 meetings per month, target 3 meetings per month',
        Start: '2026-09-01',
        Due: '2027-02-01',
        Interventions: 'Graded exposure, weekly, AL',
      });
      assert.match(text, /Interval every 90 days \(90d\) Last review 2026-10-01 Next review 2026-12-25/);
      assert.match(text, /No panic attack at work for 8 weeks\./);
      assert.match(text, /The client agreed to this plan on 2026-09-02 \(verbal\)\. Signed by the clinician AL on 2026-09-01\./);
      assert.equal(document.querySelectorAll('.gp-sign').length, 2, 'a line to sign for the client and one for the clinician');
      assert.match(html, /<meta name="generator" content="goalplan plan">/);
    });

    it('leaves out what a rule rejects and says so plainly (GP104/GP105 target, GP108 due, GP113 problem)', async () => {
      assert.equal((await run('--client', 'C-9', '--today', TODAY, '--out', 'plan.html')).code, 0);
      const rows = goalRows(page('plan.html').document, 'G2')!;
      assert.equal(rows.Due, undefined, 'due 2026-08-01 is not after the start (GP108)');
      assert.equal(rows.Problem, undefined, 'P9 is not a problem of the plan (GP113)');
      assert.equal(rows.Measure, 'GAD-7: baseline 16 (not shown: target 30 is outside the GAD-7 range 0-21)');
      assert.equal(rows['Not shown'], "Left out because a rule rejects it: due date (not after the start date); problem (not one of the plan's problems).");
    });

    it('lists finished goals apart, with their status and date', async () => {
      assert.equal((await run('--client', 'C-9', '--today', TODAY, '--out', 'plan.html')).code, 0);
      const { document } = page('plan.html');
      assert.equal(document.querySelector('article[data-goal="G3"]'), null);
      const row = document.querySelector('tr[data-goal="G3"]')!;
      assert.equal(textOf(row), 'G3 Client will sleep 6 hours on 5 nights a week, recorded in a sleep diary. met 2026-10-20');
    });
  });

  describe('--for-client: the copy the client takes home', () => {
    it('has no diagnosis code, risk note or questionnaire score, and plain words', async () => {
      const r = await run('--client', 'C-9', '--today', TODAY, '--for-client', '--out', 'mine.html');
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /wrote mine\.html \(the client's copy\)/);
      const { document, text } = page('mine.html');
      assert.doesNotMatch(text, /F41/, 'neither the diagnosis key nor the code inside a problem text');
      assert.doesNotMatch(text, /risk/i);
      assert.ok(!text.includes(RISK_NOTE));
      assert.doesNotMatch(text, /baseline|target|interventions|discharge|review/i, 'no rule terms');
      assert.match(text, /What we are working on Panic disorder with attacks at work/);
      assert.deepEqual(Array.from(document.querySelectorAll('h2')).map((x) => x.textContent), [
        'What we are working on', 'What matters to you', 'About you', 'Your goals', 'When we look at the plan together', 'When therapy can end', 'Your agreement',
      ]);
      assert.equal(document.querySelector('article[data-goal="G1"]')!.children[1].textContent, 'In your words: “I want to stop walking out of meetings.”');
      assert.deepEqual(goalRows(document, 'G1'), {
        'As written in your plan': 'Client will attend 3 of 4 weekly team meetings without leaving early.',
        'Where it stands': 'working on it',
        'How we will see progress': 'Where you started: 0 meetings per month; where you aim to be: 3 meetings per month.',
        'Aim to reach it by': '2027-02-01',
        'What we will do': 'Graded exposure, weekly, AL',
      });
      assert.equal(goalRows(document, 'G2')!['How we will see progress'], 'A short questionnaire (GAD-7) we go through together.');
      assert.match(text, /How often every 90 days Last time 2026-10-01 Next time 2026-12-25/);
      assert.match(text, /You agreed to this plan on 2026-09-02 \(said so\)\./);
      assert.deepEqual(Array.from(document.querySelectorAll('.gp-sign span')).map((x) => x.textContent), ['Your signature', 'Date', "Therapist's signature", 'Date']);
    });

    it('takes ICD-10-shaped codes out of problem text, and only those', () => {
      assert.equal(withoutDiagnosisCodes('Panic disorder (F41.0) with attacks'), 'Panic disorder with attacks');
      assert.equal(withoutDiagnosisCodes('F33.1: recurrent low mood'), 'recurrent low mood');
      assert.equal(withoutDiagnosisCodes('Low mood [F32.A], worse in winter'), 'Low mood, worse in winter');
      assert.equal(withoutDiagnosisCodes('Avoids G1 meetings and PHQ-9 talk, A1C fine'), 'Avoids G1 meetings and PHQ-9 talk, A1C fine');
    });
  });

  describe('a closed plan', () => {
    it('says the plan ended instead of "no goals", and lists the goals it had', async () => {
      fs.writeFileSync(path.join(dir, 'clients/C-9/plan.md'), PLAN.replace('created: 2026-09-01\n', 'created: 2026-09-01\nstatus: closed\nclosed: 2026-11-25\n')
        .replace(/^due: 2027-02-01$/m, 'due: 2027-02-01\nstatus: met\nclosed: 2026-11-25')
        .replace(/^due: 2026-08-01$/m, 'due: 2026-08-01\nstatus: discontinued\nclosed: 2026-10-01'));
      for (const [forClient, said] of [[false, 'The plan is closed: no goal is active today.'], [true, 'Therapy under this plan has ended; the goals are listed below.']] as const) {
        const file = forClient ? 'mine.html' : 'plan.html';
        assert.equal((await run('--client', 'C-9', '--today', TODAY, '--out', file, ...(forClient ? ['--for-client'] : []))).code, 0);
        const { document } = page(file);
        assert.equal(document.querySelector('section.gp-goals .gp-empty')!.textContent, said);
        assert.ok(document.querySelector('tr[data-goal="G1"]'), 'the met goal is listed');
        assert.equal(document.querySelector('article[data-goal]'), null);
      }
    });
  });

  describe('the command line', () => {
    it('the built CLI requires --client and --out (exit 2 with a pointer to --help); --help shows the usage', async () => {
      ensureBuilt();
      for (const args of [['--out', 'x.html'], ['--client', 'C-9'], ['--client', 'C 9', '--out', 'x.html'], ['--client', 'C-9', '--out', 'x.html', '--today', '2026-02-30']]) {
        const r = runCli(['plan', ...args], { cwd: dir });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /Run `goalplan plan --help` for usage\./);
      }
      assert.match(runCli(['--help']).stdout, /^ {2}plan +write a client's plan as a printable HTML page/m);
      const help = captureIO(dir);
      assert.equal(await plan.run(['--help'], help), 0);
      assert.match(help.out, /^Usage: goalplan plan --client ID --out FILE/);
      assert.match(help.out, /--for-client/);
      assert.ok(!fs.existsSync(path.join(dir, 'x.html')));
    });

    it('an unknown client is a clear message and exit 2, and writes nothing', async () => {
      const r = await run('--client', 'C-404', '--today', TODAY, '--out', 'x.html');
      assert.equal(r.code, 2);
      assert.equal(r.err, "goalplan plan: client 'C-404' has no goal plan under .\n");
      assert.ok(!fs.existsSync(path.join(dir, 'x.html')));
    });

    it('never writes onto a goal file, --force or not', async () => {
      for (const force of [[], ['--force']]) {
        const r = await run('--client', 'C-9', '--today', TODAY, '--out', 'clients/C-9/plan.md', ...force);
        assert.equal(r.code, 2);
        assert.match(r.err, /not writing clients\/C-9\/plan\.md: it is a goal file/);
        assert.equal(fs.readFileSync(path.join(dir, 'clients/C-9/plan.md'), 'utf8'), PLAN);
      }
    });

    it('replaces its own earlier page, but another file only with --force', async () => {
      assert.equal((await run('--client', 'C-9', '--today', TODAY, '--out', 'p.html')).code, 0);
      assert.equal((await run('--client', 'C-9', '--today', TODAY, '--for-client', '--out', 'p.html')).code, 0);
      assert.match(page('p.html').html, /gp-for-client/);
      fs.writeFileSync(path.join(dir, 'letter.html'), '<p>mine</p>');
      const r = await run('--client', 'C-9', '--today', TODAY, '--out', 'letter.html');
      assert.equal(r.code, 2);
      assert.match(r.err, /it exists and was not written by goalplan; use --force to replace it/);
      assert.equal(fs.readFileSync(path.join(dir, 'letter.html'), 'utf8'), '<p>mine</p>');
      assert.equal((await run('--client', 'C-9', '--today', TODAY, '--out', 'letter.html', '--force')).code, 0);
      assert.match(page('letter.html').html, /^<!DOCTYPE html>/);
    });
  });
});
