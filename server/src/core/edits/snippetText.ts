// LSP snippet text (`$1`, `${1:default}`, `${1|a,b|}`, `\$`) as the plain text a client without
// snippet support would get: what completion sends such clients, and what a snippet fix
// (GP209, GP210) is verified as, its stops left empty (edits/fixes.ts).

/** A snippet's text as typed: `${1:text}` -> text, `${2|a,b|}` -> a, `$0` -> nothing, escapes undone. */
export function snippetToPlain(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
      continue;
    }
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const tabStop = /^\$(\d+)/.exec(snippet.slice(i));
    if (tabStop) {
      i += tabStop[0].length - 1;
      continue;
    }
    const choice = /^\$\{\d+\|((?:\\.|[^,|\\])*)(?:,(?:\\.|[^|\\])*)*\|\}/.exec(snippet.slice(i));
    if (choice) {
      out += choice[1].replace(/\\(.)/g, '$1');
      i += choice[0].length - 1;
      continue;
    }
    const placeholder = /^\$\{\d+:((?:\\.|[^}\\])*)\}/.exec(snippet.slice(i));
    if (placeholder) {
      out += placeholder[1].replace(/\\(.)/g, '$1');
      i += placeholder[0].length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}
