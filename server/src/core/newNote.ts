// The text of a new session note (the "New session note" command) and the checks on the client
// id it is filed under. Ids are written as YAML scalars that read back as the same string
// (`client: "0142"`, not the integer 142; `"true"`, `"[C1]"`, `"*C1"`, a goal `"007"`), and the
// text is parsed back before it is handed out: the note is a session log of that client naming
// exactly those goals, or nothing is written. A client id becomes a folder name when the client
// has no notes or plan yet, so path syntax (`/`, `\`, `.`, `..`) and control characters are
// refused: a typed id can never place a file outside the workspace.
import { blockScalar } from './edits/yamlScalar';
import { parseDocument } from './parse/document';

export interface NewNoteInput {
  client: string;
  date: string;
  type: string;
  format: string;
  goals: readonly string[];
  /** Section headings of the format, in order. */
  sections: readonly string[];
}

/**
 * Why `id` cannot be a client id that names a folder, or undefined. `windows`: also refuse the
 * characters Windows does not allow in a folder name.
 */
export function invalidClientId(id: string, windows = false): string | undefined {
  if (id.length === 0) return 'a client id cannot be empty';
  if (/\s/u.test(id)) return 'a client id is a code without spaces';
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(id)) return 'a client id cannot contain control or text-direction characters';
  if (/[/\\]/.test(id)) return 'a client id cannot contain / or \\';
  if (id === '.' || id === '..') return 'a client id cannot be . or ..';
  if (windows && /[<>:"|?*]/.test(id)) return 'a client id cannot contain < > : " | ? * (it names a folder)';
  if (id.length > 100) return 'a client id is a short code (at most 100 characters)';
  return undefined;
}

/** The note's text (LF line breaks), verified to parse back as written; throws when it does not. */
export function newNoteText(n: NewNoteInput): string {
  const lines = ['---', 'kind: session-log', `client: ${blockScalar(n.client)}`, `date: ${n.date}`, `type: ${blockScalar(n.type)}`, `format: ${blockScalar(n.format)}`];
  if (n.goals.length) {
    lines.push('goals:');
    for (const id of n.goals) lines.push(`  ${blockScalar(id, true)}:`);
  }
  lines.push('---', '');
  for (const s of n.sections) lines.push(`## ${s}`, '', '');
  const text = lines.join('\n').replace(/\n+$/, '\n');
  const doc = parseDocument('new-note.md', text);
  const raw = doc.frontMatter?.raw as { client?: unknown; goals?: Record<string, unknown> } | undefined;
  const keys = doc.frontMatter?.doc ? goalKeys(doc) : [];
  if (doc.kind !== 'session-log' || doc.broken || raw?.client !== n.client || keys.length !== n.goals.length || keys.some((k, i) => k !== n.goals[i])) {
    throw new Error('the new note would not read back as written');
  }
  return text;
}

/** The `goals` keys as the parser reads them, typed (a key `true` would be a boolean here). */
function goalKeys(doc: ReturnType<typeof parseDocument>): unknown[] {
  const goals = doc.frontMatter!.doc!.get('goals', true) as { items?: Array<{ key?: { value?: unknown } }> } | undefined;
  return goals?.items?.map((p) => p.key?.value) ?? [];
}

export interface NewNoteSnippetInput extends NewNoteInput {
  /** Goals whose measure value is written in the goal entry (count, rating, a scale not in `measures`). */
  valueGoals: readonly string[];
  /** Instruments to score this session: the plan's schedule (`monitor`) and the active goals' instruments. */
  measures: readonly string[];
}

/** Text inside a snippet: `$`, `}` and `\` are literal. */
function snippetText(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * The note as a VS Code snippet: the cursor starts in the first section (where the clinician
 * writes), Tab then visits each active goal's GAS level and value and each measure's score, in
 * order. The stops are empty: nothing is recorded that the clinician did not enter. Verified like
 * the text: with every stop filled, it is a session log of that client with exactly those goals.
 */
export function newNoteSnippet(n: NewNoteSnippetInput): string {
  let stop = 1;
  const first = n.sections.length > 0 ? stop++ : undefined;
  const lines = ['---', 'kind: session-log', `client: ${blockScalar(n.client)}`, `date: ${n.date}`, `type: ${blockScalar(n.type)}`, `format: ${blockScalar(n.format)}`]
    .map(snippetText);
  if (n.goals.length) {
    lines.push('goals:');
    for (const id of n.goals) {
      lines.push(snippetText(`  ${blockScalar(id, true)}:`), `    progress: \${${stop++}}`);
      if (n.valueGoals.includes(id)) lines.push(`    value: \${${stop++}}`);
    }
  }
  if (n.measures.length) {
    lines.push('measures:');
    for (const m of n.measures) lines.push(`${snippetText(`  ${blockScalar(m, true)}:`)} \${${stop++}}`);
  }
  lines.push('---', '');
  n.sections.forEach((s, i) => lines.push(snippetText(`## ${s}`), '', i === 0 && first !== undefined ? `\${${first}}` : '', ''));
  const snippet = `${lines.join('\n').replace(/\n+$/, '\n')}$0`;
  // Every stop filled with 0 (and the escapes undone) must read back as the note it is meant to be.
  const filled = snippet.replace(/\$\{\d+\}/g, '0').replace(/\$0$/, '').replace(/\\([$}\\])/g, '$1');
  const doc = parseDocument('new-note.md', filled);
  const raw = doc.frontMatter?.raw as { client?: unknown; measures?: Record<string, unknown> } | undefined;
  const keys = doc.frontMatter?.doc ? goalKeys(doc) : [];
  if (doc.kind !== 'session-log' || doc.broken || raw?.client !== n.client || keys.length !== n.goals.length || keys.some((k, i) => k !== n.goals[i])
    || Object.keys(raw?.measures ?? {}).length !== n.measures.length) {
    throw new Error('the new note snippet would not read back as written');
  }
  return snippet;
}
