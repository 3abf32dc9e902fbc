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
  // eslint-disable-next-line no-control-regex
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
