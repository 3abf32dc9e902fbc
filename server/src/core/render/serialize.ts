// Serialises a rendered view to HTML text for the report, escaping every text node and every
// attribute value with the one escape helper (so `<`, `>`, quotes and backticks from a file never
// appear raw anywhere in the file, not even inside a quoted attribute). Comments are dropped.
import { escapeHtml } from './escape';

const SVG_NS = 'http://www.w3.org/2000/svg';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not parsed as markup: only our own CSS ever goes there. */
const RAW_TEXT = new Set(['style']);

export function serializeHtml(node: Node): string {
  const out: string[] = [];
  write(node, out, false);
  return out.join('');
}

function write(node: Node, out: string[], raw: boolean): void {
  switch (node.nodeType) {
    case 1: {
      const el = node as Element;
      const svg = el.namespaceURI === SVG_NS;
      // SVG keeps its camelCase names (viewBox, clipPath); HTML names are lower case.
      const name = svg ? el.localName : el.localName.toLowerCase();
      if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) return;
      if (name.toLowerCase() === 'script') return; // the renderer never makes one; never emit one
      out.push('<', name);
      for (const a of Array.from(el.attributes)) {
        if (!/^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(a.name) || /^on/i.test(a.name)) continue;
        out.push(' ', a.name, '="', escapeHtml(a.value), '"');
      }
      if (!svg && VOID.has(name)) {
        out.push('>');
        return;
      }
      if (svg && el.childNodes.length === 0) {
        out.push('/>');
        return;
      }
      out.push('>');
      const childRaw = !svg && RAW_TEXT.has(name);
      for (const c of Array.from(el.childNodes)) write(c, out, childRaw);
      out.push('</', name, '>');
      return;
    }
    case 3:
      out.push(raw ? (node.textContent ?? '').replace(/<\//g, '<\\/') : escapeHtml(node.textContent ?? ''));
      return;
    case 9:
    case 11:
      for (const c of Array.from(node.childNodes)) write(c, out, false);
      return;
    default:
      // comments, processing instructions: not needed in a report
      return;
  }
}
