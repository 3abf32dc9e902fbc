// Text for hovers and completion documentation in the format the client reads: Markdown when
// it says so, else plain text without markup (Emacs eglot without markdown-mode would show the
// raw `**G2**`). Features write through this, never `**` or backticks by hand.
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';

export interface Markup {
  readonly markdown: boolean;
  bold(s: string): string;
  code(s: string): string;
  /** A description written with inline Markdown (schema descriptions), as this format reads it. */
  prose(s: string): string;
  /** Text the clinician wrote (a statement, a unit), shown exactly as written: never read as markup. */
  text(s: string): string;
  content(value: string): MarkupContent;
}

export function markup(markdown: boolean): Markup {
  return markdown ? MARKDOWN : PLAIN;
}

const MARKDOWN: Markup = {
  markdown: true,
  bold: (s) => `**${s}**`,
  code: (s) => `\`${s}\``,
  prose: (s) => s,
  text: escapeMarkdown,
  content: (value) => ({ kind: MarkupKind.Markdown, value }),
};

const PLAIN: Markup = {
  markdown: false,
  bold: (s) => s,
  code: (s) => s,
  prose: plainProse,
  text: (s) => s,
  content: (value) => ({ kind: MarkupKind.PlainText, value }),
};

// A statement such as "Client will *try* <b>2</b> [walks](http://x)" must show as typed, not as
// emphasis, HTML or a link: every character Markdown gives a meaning gets a backslash (CommonMark
// lets any ASCII punctuation be escaped), and a line that would start a list or a quote gets one too.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#|~!&]/g;
const MARKDOWN_ESCAPED = /\\([\\`*_{}[\]()<>#|~!&+.-])/g;

function escapeMarkdown(s: string): string {
  return s
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(/^(\s*)([-+])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.])(?=\s|$)/gm, '$1\\$2');
}

/** Markdown as plain text: markup dropped, escaped characters (from `text`) kept as written. */
function plainProse(s: string): string {
  const kept: string[] = [];
  const hidden = s.replace(MARKDOWN_ESCAPED, (_, c: string) => `\u0000${kept.push(c) - 1}\u0000`);
  return hidden
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]);
}
