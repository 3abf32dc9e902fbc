#!/usr/bin/env node
// Builds a demo git repository from examples/clinic with a believable, backdated history, so
// the git-backed features (plan revisions, late documentation, notes edited after signing)
// have something to show. Usage: node scripts/make-clinic-git.mjs [target]  (default
// examples/clinic-git, which is git-ignored).
//
// The history is deterministic: fixed authors, fixed dates, fixed contents, and git is run
// without global/system config, so every run produces the same commit ids.
// Git is always called with argument arrays (execFileSync), never through a shell.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(repoRoot, 'examples', 'clinic');
const target = path.resolve(process.argv[2] ?? path.join(repoRoot, 'examples', 'clinic-git'));
/** Written inside .git so we only ever delete a folder this script made. */
const MARKER = 'goalplan-demo-repo';

const AUTHORS = {
  RK: 'R. Kim <rk@clinic.invalid>',
  AL: 'A. Lindqvist <al@clinic.invalid>',
  MS: 'M. Santos <ms@clinic.invalid>',
  ADMIN: 'Clinic Admin <admin@clinic.invalid>',
};

// ---------------------------------------------------------------------------------------
// Text edits used to derive the earlier versions of a file from the final example file.

/** Replaces `from` by `to`; `from` must occur exactly once so an example edit cannot go unnoticed. */
function replaceOnce(text, from, to, label) {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) {
    throw new Error(`${label}: expected exactly one occurrence of an edit anchor (${JSON.stringify(from.slice(0, 40))})`);
  }
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** Removes a Markdown section, from its heading line up to the next heading (any level) or the end. */
function dropSection(text, heading, label) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === heading);
  if (start < 0) throw new Error(`${label}: heading not found: ${heading}`);
  let end = start + 1;
  let inFence = false;
  for (; end < lines.length; end++) {
    if (lines[end].startsWith('```')) inFence = !inFence;
    if (!inFence && /^#{1,6} /.test(lines[end])) break;
  }
  lines.splice(start, end - start);
  return lines.join('\n').replace(/\n+$/, '\n');
}

// ---------------------------------------------------------------------------------------
// Plan histories. Each entry is one commit; `undo` turns that version into the previous one,
// so the chain always ends at the example file as it is on disk.

const PLAN_HISTORY = {
  'C-0142': [
    {
      date: '2026-08-03', who: 'RK', message: 'C-0142: treatment plan agreed at intake',
    },
    {
      date: '2026-09-07', who: 'RK', message: 'C-0142: G3 target lowered to 3 of 4 meetings',
      undo: (t, l) => {
        t = replaceOnce(t, 'share at least 1 comment in 3 of 4 weekly team meetings', 'share at least 1 comment in 4 of 4 weekly team meetings', l);
        return replaceOnce(t, '  baseline: 0\n  target: 3\n  unit: meetings per month', '  baseline: 0\n  target: 4\n  unit: meetings per month', l);
      },
    },
    {
      date: '2026-10-26', who: 'RK', message: 'C-0142: review - G2 met, G4 added, next review set',
      undo: (t, l) => {
        t = dropSection(t, '### G4 Reconnect with friends', l);
        t = replaceOnce(t, '### G2 Scheduled pleasant activities (met 2026-10-26)', '### G2 Scheduled pleasant activities', l);
        t = replaceOnce(t, 'status: met\nclosed: 2026-10-26\n', 'status: active\n', l);
        return replaceOnce(t, '  last: 2026-10-26\n  next: 2027-01-18\n', '  next: 2026-10-26\n', l);
      },
    },
  ],
  'C-0217': [
    { date: '2026-09-08', who: 'AL', message: 'C-0217: first draft of the treatment plan' },
    {
      date: '2026-11-02', who: 'AL', message: 'C-0217: add short-term goal G4 (worry time)',
      undo: (t, l) => dropSection(t, '### G4 Quick reduction of worry', l),
    },
  ],
  'C-0388': [
    { date: '2026-04-14', who: 'MS', message: 'C-0388: treatment plan' },
    {
      date: '2026-06-15', who: 'MS', message: 'C-0388: review - written exposure discontinued',
      undo: (t, l) => {
        t = replaceOnce(t, '### G3 Written exposure (discontinued)', '### G3 Written exposure', l);
        t = replaceOnce(t, 'status: discontinued\nclosed: 2026-06-15\n', 'status: active\n', l);
        return replaceOnce(t, '  last: 2026-06-15\n  next: 2026-09-13\n', '  next: 2026-06-15\n', l);
      },
    },
    {
      date: '2026-08-03', who: 'MS', message: 'C-0388: add driving goal G2',
      undo: (t, l) => dropSection(t, '### G2 Driving again', l),
    },
    {
      date: '2026-09-14', who: 'MS', message: 'C-0388: add grounding goal G4',
      undo: (t, l) => dropSection(t, '### G4 Grounding when startled', l),
    },
  ],
  'C-0451': [
    { date: '2026-04-06', who: 'RK', message: 'C-0451: treatment plan' },
    {
      date: '2026-07-13', who: 'RK', message: 'C-0451: add G2 for job-search worry',
      undo: (t, l) => dropSection(t, '### G2 Comorbid worry', l),
    },
    {
      date: '2026-10-05', who: 'RK', message: 'C-0451: review - G1 target 7 and due extended, G2 met, G3 added',
      undo: (t, l) => {
        t = dropSection(t, '### G3 Regular wake time', l);
        t = replaceOnce(t, 'status: met\nclosed: 2026-10-05\n', 'status: active\n', l);
        t = replaceOnce(t, 'from 14 to 7 or below, as measured at each session, by January 2027.', 'from 14 to 9 or below, as measured at each session, by September 2026.', l);
        t = replaceOnce(t, '  target: 7\n', '  target: 9\n', l);
        t = replaceOnce(t, 'due: 2027-01-04\n', 'due: 2026-09-21\n', l);
        return replaceOnce(t, '  last: 2026-10-05\n  next: 2027-03-29\n', '  next: 2026-10-05\n', l);
      },
    },
  ],
  'C-0623': [{ date: '2026-11-24', who: 'MS', message: 'C-0623: start drafting the treatment plan' }],
  'C-0704': [{ date: '2026-06-15', who: 'RK', message: 'C-0704: treatment plan with the clinic\'s PHQ-9 expected-change curve' }],
  'C-0735': [{ date: '2026-08-31', who: 'AL', message: 'C-0735: treatment plan (ORS and SRS every session)' }],
  'C-0762': [{ date: '2026-09-14', who: 'MS', message: 'C-0762: treatment plan' }],
};

/** Sessions not committed on their own date (late documentation, or pre-filled notes). */
const SESSION_COMMIT_DATE = {
  'clients/C-0217/sessions/2026-10-12.md': '2026-10-23',
  'clients/C-0388/sessions/2026-07-06.md': '2026-07-14',
  'clients/C-0388/sessions/2026-12-03.md': '2026-11-25',
};

/** Notes changed after they were signed: the first commit holds the earlier text. */
const SESSION_EDITS = {
  'clients/C-0451/sessions/2026-08-24.md': {
    date: '2026-09-02', who: 'RK', message: 'C-0451: add context to the 2026-08-24 note',
    undo: (t, l) => replaceOnce(t, 'Two interviews booked. Mood lower after a rejection letter on Friday. PHQ-9 11, GAD-7 9.', 'Two interviews booked. PHQ-9 11, GAD-7 9.', l),
  },
};

// ---------------------------------------------------------------------------------------

function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else if (entry.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

function frontMatterValue(text, key) {
  const m = new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(text);
  return m ? m[1] : undefined;
}

function signerOf(text) {
  const m = /^signed:\n\s+by:\s*(\S+)/m.exec(text);
  return m ? m[1] : undefined;
}

/** Builds the ordered list of commits: {when, who, message, files: {relPath: content}}. */
function buildEvents(files, read) {
  const events = [];
  const add = (date, time, who, message, fileMap) => events.push({ when: `${date}T${time}:00+00:00`, who, message, files: fileMap, seq: events.length });
  const handled = new Set();

  // Clinic set-up: configuration, README and other non-client files.
  const setup = {};
  for (const f of files) {
    if (!f.startsWith('clients/')) { setup[f] = read(f); handled.add(f); }
  }
  add('2026-03-02', '09:00', 'ADMIN', 'Set up the clinic records repository', setup);

  for (const [client, history] of Object.entries(PLAN_HISTORY)) {
    const rel = `clients/${client}/plan.md`;
    if (!files.includes(rel)) throw new Error(`missing example plan ${rel}`);
    handled.add(rel);
    const versions = new Array(history.length);
    versions[history.length - 1] = read(rel);
    for (let i = history.length - 1; i > 0; i--) versions[i - 1] = history[i].undo(versions[i], `${rel}@${history[i].date}`);
    history.forEach((h, i) => add(h.date, '17:30', h.who, h.message, { [rel]: versions[i] }));
  }

  // Unsigned notes are committed by the client's clinician (from the plan), else by the admin.
  const clinicianOf = (client) => {
    const rel = `clients/${client}/plan.md`;
    return files.includes(rel) ? frontMatterValue(read(rel), 'clinician') : undefined;
  };
  for (const rel of files) {
    if (handled.has(rel)) continue;
    const text = read(rel);
    // A plan without a history of its own above: one commit on its created date.
    if (frontMatterValue(text, 'kind') === 'goal-plan') {
      const created = frontMatterValue(text, 'created');
      const client = frontMatterValue(text, 'client');
      if (!created || !client) throw new Error(`${rel}: expected a plan with client and created`);
      add(created, '17:30', frontMatterValue(text, 'clinician') ?? 'ADMIN', `${client}: treatment plan`, { [rel]: text });
      continue;
    }
    const date = frontMatterValue(text, 'date');
    const client = frontMatterValue(text, 'client');
    if (!date || !client) throw new Error(`${rel}: expected a session note with client and date`);
    const who = signerOf(text) ?? clinicianOf(client) ?? 'ADMIN';
    const edit = SESSION_EDITS[rel];
    const first = edit ? edit.undo(text, rel) : text;
    add(SESSION_COMMIT_DATE[rel] ?? date, '18:00', who, `${client}: session note ${date}`, { [rel]: first });
    if (edit) add(edit.date, '12:00', edit.who, edit.message, { [rel]: text });
  }

  return events.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : a.seq - b.seq));
}

function git(args, env = {}) {
  return execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], {
    cwd: target,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
}

function prepareTarget() {
  const rel = path.relative(source, target);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new Error('the target folder must not be inside examples/clinic');
  }
  if (fs.existsSync(target)) {
    const ours = fs.existsSync(path.join(target, '.git', MARKER));
    const empty = fs.readdirSync(target).length === 0;
    if (!ours && !empty) {
      throw new Error(`${target} exists and was not made by this script; remove it yourself or pick another target`);
    }
    fs.rmSync(target, { recursive: true, force: true });
  }
  fs.mkdirSync(target, { recursive: true });
}

function main() {
  const files = listFiles(source);
  const read = (rel) => fs.readFileSync(path.join(source, rel), 'utf8');
  const events = buildEvents(files, read);

  prepareTarget();
  git(['init', '--quiet', '--initial-branch=main']);
  fs.writeFileSync(path.join(target, '.git', MARKER), 'Made by scripts/make-clinic-git.mjs; safe to delete.\n');
  git(['config', 'user.name', 'Clinic Admin']);
  git(['config', 'user.email', 'admin@clinic.invalid']);
  git(['config', 'core.autocrlf', 'false']);

  for (const ev of events) {
    for (const [rel, content] of Object.entries(ev.files)) {
      const full = path.join(target, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    }
    const [, name, email] = /^(.*) <(.*)>$/.exec(AUTHORS[ev.who] ?? AUTHORS.ADMIN);
    git(['add', '--all']);
    git(['commit', '--quiet', '--allow-empty', '-m', ev.message], {
      GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: ev.when,
      GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email, GIT_COMMITTER_DATE: ev.when,
    });
  }

  // The last commit must equal the example folder byte for byte.
  for (const rel of files) {
    if (fs.readFileSync(path.join(target, rel), 'utf8') !== read(rel)) throw new Error(`${rel}: final commit differs from the example`);
  }
  process.stdout.write(`${target}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`make-clinic-git: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
