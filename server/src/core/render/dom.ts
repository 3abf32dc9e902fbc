// A tiny element builder over a passed-in `document` (the webview's real DOM or linkedom's for the
// report). Text is always added as text nodes, never parsed as HTML, so no string from a file can
// become markup. No DOM globals are touched, so this module imports cleanly under Node.

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h(doc: Document, tag: string, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElement {
  const el = doc.createElement(tag);
  setAttrs(el, attrs);
  append(doc, el, children);
  return el;
}

export function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    // Only plain attribute names: a name is never taken from file content, but be strict anyway.
    if (!/^[a-zA-Z][a-zA-Z0-9_:-]*$/.test(k) || /^on/i.test(k)) throw new Error(`refusing attribute name ${k}`);
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

export function append(doc: Document, el: Node, children: Array<Child | Child[]>): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? doc.createTextNode(String(c)) : c);
  }
}
