// Static checks of generated HTML (reports): everything that would load or run something when
// the file is opened. Text from files is escaped (no raw `<`), so every tag found is the
// generator's own; attribute values are blanked before looking at attribute names.
export function externalLoads(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    const names = tag.replace(/"[^"]*"/g, '""').replace(/'[^']*'/g, "''");
    if (/^<(script|link|iframe|frame|img|object|embed|image|use|foreignObject|video|audio|source|base)\b/i.test(tag)) found.push(tag.slice(0, 60));
    if (/\s(src|srcset|xlink:href|action|formaction|background|poster|ping)\s*=/i.test(names)) found.push(tag.slice(0, 60));
    if (/\shref\s*=/i.test(names) && !/\shref="#[^"]*"/i.test(tag)) found.push(tag.slice(0, 60));
    if (/\son[a-z]+\s*=/i.test(names)) found.push(tag.slice(0, 60));
    if (/https?:\/\//i.test(tag)) found.push(tag.slice(0, 60));
  }
  for (const style of html.match(/<style[^>]*>[\s\S]*?<\/style>/gi) ?? []) {
    if (/url\(|@import|https?:\/\//i.test(style)) found.push('style with an external reference');
  }
  return found;
}
