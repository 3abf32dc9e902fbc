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
  content: (value) => ({ kind: MarkupKind.Markdown, value }),
};

const PLAIN: Markup = {
  markdown: false,
  bold: (s) => s,
  code: (s) => s,
  prose: (s) => s.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'),
  content: (value) => ({ kind: MarkupKind.PlainText, value }),
};
