// GP006 unknown-instrument (SPEC 5.4, 5.8): an instrument name that is neither built in nor
// configured was accepted silently in version 1, so `measures: {PHQ9: 12}` never reached a chart
// or a rule. Every place a file names an instrument is checked: a goal's `measure.instrument`,
// the keys of `measures` (sessions, discharge summaries), and the keys of a plan's `monitor` and
// `expected`. Names match case-insensitively (SPEC 5.7), so `phq-9` is PHQ-9 and not reported.
//
// The fix is safe (SPEC 5.8: a rename is applied by --fix and fix-all): it is offered only when
// exactly one known name equals this one once case, spaces, dashes and underscores are removed,
// and never when another key of the same mapping already normalises to that name (the rename
// would make two keys for one instrument). The edit touches the name's bytes only, and is
// dropped when the re-parsed file would not read the new name there.
import { findInstrument } from '../../model/instruments';
import { nearestInstrument, NEAR_DISTANCE, normaliseInstrumentName } from '../../instrumentNames';
import type { Fix, ParsedDocument, Span, TextEdit, YamlRegion } from '../../types';
import { defineRule, type RuleContext } from '../types';
import { keepsFileWhole, renameKey, replaceScalar } from '../plan/yamlEdit';

type Path = Array<string | number>;

/** One place a file names an instrument. */
interface NameSite {
  name: string;
  region: YamlRegion;
  /** A key of the mapping at `mapPath` (its siblings matter), or the scalar value at `valuePath`. */
  mapPath?: Path;
  siblings?: readonly string[];
  valuePath?: Path;
}

/** Where a finding on a name site points: the key, or the value (computed for reported sites only). */
function spanOf(site: NameSite): Span {
  return site.mapPath ? site.region.rangeOf([...site.mapPath, site.name], 'key') : site.region.rangeOf(site.valuePath!);
}

export const unknownInstrument = defineRule({
  id: 'GP006',
  alias: 'unknown-instrument',
  description: 'An instrument name (goal measure, `measures`, `monitor` or `expected` key) is neither built in nor configured.',
  defaultSeverity: 'warning',
  appliesTo: 'any',
  reads: [], // its own document only
  fixable: true,
  check(ctx) {
    for (const site of nameSites(ctx.doc)) {
      if (findInstrument(site.name, ctx.config)) continue;
      const near = nearestInstrument(site.name, ctx.config);
      ctx.report({
        span: spanOf(site),
        message: messageFor(site.name, near),
        fixes: near?.replacement ? () => fixFor(ctx, site, near.replacement!) : undefined,
        data: { instrument: site.name, ...(near ? { nearest: near.name } : {}) },
      });
    }
  },
});

function messageFor(name: string, near: ReturnType<typeof nearestInstrument>): string {
  const head = `Instrument \`${name}\` is neither built in nor configured, so its scores are not charted or checked`;
  if (!near) return `${head}; configure it under \`instruments\` in .goalplan.yaml.`;
  if (near.replacement) return `${head}; did you mean \`${near.replacement}\`?`;
  if (near.distance <= NEAR_DISTANCE) return `${head}; did you mean \`${near.name}\`?`;
  return `${head} (the nearest known instrument is \`${near.name}\`); if your service uses it, configure it under \`instruments\` in .goalplan.yaml.`;
}

function fixFor(ctx: RuleContext, site: NameSite, target: string): Fix[] {
  const norm = normaliseInstrumentName(target);
  // Another key of the same mapping is (or would become) this instrument: renaming would make a duplicate.
  if (site.siblings?.some((k) => k !== site.name && normaliseInstrumentName(k) === norm)) return [];
  let edit: TextEdit | undefined;
  let reads: (after: ParsedDocument) => boolean;
  const regionIndex = regionIndexOf(ctx.doc, site.region);
  const regionAfter = (after: ParsedDocument) => (regionIndex < 0 ? after.frontMatter : after.goalBlocks[regionIndex]?.region);
  if (site.mapPath) {
    edit = renameKey(ctx.doc, site.region, site.mapPath, site.name, target);
    const path = site.mapPath;
    reads = (after) => {
      const map = at(regionAfter(after)?.raw, path);
      return isObject(map) && Object.prototype.hasOwnProperty.call(map, target) && !Object.prototype.hasOwnProperty.call(map, site.name);
    };
  } else {
    edit = replaceScalar(ctx.doc, site.region, site.valuePath!, target);
    const path = site.valuePath!;
    reads = (after) => at(regionAfter(after)?.raw, path) === target;
  }
  if (!edit || !keepsFileWhole(ctx.doc, [edit], reads)) return [];
  return [{ title: `Change \`${site.name}\` to \`${target}\``, edits: [edit], safe: true }];
}

/** Every instrument name the file writes, in document order. */
function nameSites(doc: ParsedDocument): NameSite[] {
  const out: NameSite[] = [];
  const fm = doc.frontMatter;
  const raw = fm?.raw;
  if (fm && isObject(raw)) {
    const mapKeys = doc.kind === 'goal-plan' ? ['monitor', 'expected'] : ['measures'];
    for (const k of mapKeys) keySites(fm, [k], raw[k], out);
  }
  for (const b of doc.goalBlocks) {
    const name = b.goal?.measure?.instrument;
    if (typeof name !== 'string' || name.trim() === '') continue;
    out.push({ name, region: b.region, valuePath: ['measure', 'instrument'] });
  }
  return out;
}

function keySites(region: YamlRegion, mapPath: Path, map: unknown, out: NameSite[]): void {
  if (!isObject(map)) return;
  const siblings = Object.keys(map);
  for (const name of siblings) {
    if (name.trim() === '') continue;
    out.push({ name, region, mapPath, siblings });
  }
}

function regionIndexOf(doc: ParsedDocument, region: YamlRegion): number {
  return doc.goalBlocks.findIndex((b) => b.region === region);
}

function at(v: unknown, path: Path): unknown {
  let cur = v;
  for (const p of path) {
    if (!isObject(cur) && !Array.isArray(cur)) return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
