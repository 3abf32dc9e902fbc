// Markdown structure of a file: front matter, `yaml goal` fences, headings and HTML comments,
// from one unified + remark-parse + remark-frontmatter pass. Only offsets and raw slices leave
// this module; YAML is parsed elsewhere.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent } from 'mdast';
import type { Span } from '../types';

export interface FenceInfo {
  /** Whole block including both fences. */
  outer: Span;
  /** YAML text between the fences (full lines, indentation kept so offsets map 1:1). */
  content: Span;
  closed: boolean;
}

export interface HeadingInfo {
  depth: number;
  text: string;
  span: Span;
}

export interface HtmlInfo {
  value: string;
  span: Span;
}

export interface MarkdownStructure {
  goalFences: FenceInfo[];
  headings: HeadingInfo[];
  html: HtmlInfo[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Parses the body (front matter already located by the caller) and collects what rules need. */
export function scanMarkdown(text: string, lineStarts: readonly number[]): MarkdownStructure {
  const tree = processor.parse(text) as Root;
  const out: MarkdownStructure = { goalFences: [], headings: [], html: [] };
  // micromark drops a leading byte-order mark, so its offsets are one short of ours.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const pos = node.position;
      if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) continue;
      const span = { start: pos.start.offset + shift, end: pos.end.offset + shift };
      switch (node.type) {
        case 'code':
          if (node.lang === 'yaml' && (node.meta ?? '').trim() === 'goal') {
            out.goalFences.push(fenceInfo(text, lineStarts, span, pos.start.line - 1, pos.end.line - 1));
          }
          break;
        case 'heading':
          out.headings.push({ depth: node.depth, text: plainText(node).trim(), span });
          break;
        case 'html':
          out.html.push({ value: node.value, span });
          break;
        default:
          if ('children' in node && Array.isArray(node.children)) visit(node.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  return out;
}

function plainText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

const CLOSING_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*\r?$/;

/** Content lines of a fenced block: from the line after the opening fence to the closing fence (or the block end). */
function fenceInfo(text: string, lineStarts: readonly number[], outer: Span, firstLine: number, lastLine: number): FenceInfo {
  const contentStart = firstLine + 1 < lineStarts.length ? lineStarts[firstLine + 1] : outer.end;
  const lastLineStart = lineStarts[lastLine] ?? outer.end;
  const lastLineText = text.slice(lastLineStart, outer.end);
  const closed = lastLine > firstLine && CLOSING_FENCE.test(lastLineText);
  const contentEnd = closed ? lastLineStart : outer.end;
  return { outer, content: { start: Math.min(contentStart, contentEnd), end: contentEnd }, closed };
}
