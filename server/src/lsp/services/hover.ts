// Hovers: the schema's description of a key; on a goal id anywhere (a session's `goals` key, a
// goal's `parent`, the plan's `id`) the goal's statement, measure, due date and latest values;
// on a problem id its text; on an instrument name its range and reliable change.
import type { Hover, Position } from 'vscode-languageserver';
import { findInstrument, formatNumber, formatRange, rangeText, usableRc } from '../../core/model/instruments';
import { schemaInfoAt, type SchemaKind } from '../../core/schema/info';
import type { Goal, ParsedDocument, Span } from '../../core/types';
import { toOffset, toRange } from '../convert';
import { cursorAt, type CursorContext } from '../cursor';
import { goalBlockById, latestValues, planOfDoc } from '../goals';
import { markup, type Markup } from './markup';
import type { ServiceContext } from './types';

/** What the token at the cursor refers to, for hover and navigation. */
export type Target =
  | { kind: 'goal'; id: string; span: Span }
  | { kind: 'problem'; id: string; span: Span }
  | { kind: 'instrument'; name: string; span: Span }
  | { kind: 'key'; schema: SchemaKind; path: Array<string | number>; span: Span };

export function targetAt(doc: ParsedDocument, offset: number): { target: Target | undefined; cursor: CursorContext } {
  const c = cursorAt(doc, offset);
  if (!c.region) return { target: undefined, cursor: c };
  const schema: SchemaKind | undefined = c.regionKind === 'goal' ? 'goal' : doc.kind;
  const word = c.word;
  const onWord = word.text !== '';
  // A session's or a discharge summary's `goals` keys name goals of its plan.
  if ((schema === 'session-log' || schema === 'discharge-summary') && c.path.length === 1 && c.path[0] === 'goals' && c.part === 'key' && c.key && onWord) {
    return { target: { kind: 'goal', id: c.key, span: c.keySpan! }, cursor: c };
  }
  if ((schema === 'session-log' || schema === 'discharge-summary') && c.path.length === 1 && c.path[0] === 'measures' && c.part === 'key' && c.key) {
    return { target: { kind: 'instrument', name: c.key, span: c.keySpan! }, cursor: c };
  }
  if (schema === 'goal' && c.path.length === 0 && c.part === 'value' && onWord && (c.key === 'id' || c.key === 'parent')) {
    return { target: { kind: 'goal', id: word.text, span: word.span }, cursor: c };
  }
  if (schema === 'goal' && c.path.length === 0 && c.part === 'value' && onWord && c.key === 'problem') {
    return { target: { kind: 'problem', id: word.text, span: word.span }, cursor: c };
  }
  if (schema === 'goal' && c.path.length === 1 && c.path[0] === 'measure' && c.key === 'instrument' && c.part === 'value' && onWord) {
    return { target: { kind: 'instrument', name: word.text, span: word.span }, cursor: c };
  }
  if (schema && c.key && c.part === 'key') {
    return { target: { kind: 'key', schema, path: [...c.path, c.key], span: c.keySpan! }, cursor: c };
  }
  return { target: undefined, cursor: c };
}

/** The hover at a position of a document, or null where there is nothing to say. */
export function doHover(ctx: ServiceContext, doc: ParsedDocument, position: Position): Hover | null {
  const { target } = targetAt(doc, toOffset(doc, position));
  if (!target) return null;
  const m = markup(ctx.features.hoverMarkdown);
  let value: string | undefined;
  switch (target.kind) {
    case 'goal':
      value = goalHover(ctx, m, doc, target.id);
      break;
    case 'problem': {
      const p = doc.plan?.problems?.find((x) => x?.id === target.id);
      value = p ? `${m.bold(`Problem ${target.id}`)}\n\n${p.text ?? ''}` : `Problem ${m.bold(target.id)} is not in this plan's ${m.code('problems')}.`;
      break;
    }
    case 'instrument': {
      const def = findInstrument(target.name, ctx.configFor(doc.uri));
      if (!def) {
        value = `${m.bold(target.name)} is not a built-in or configured instrument.`;
        break;
      }
      const lines = [m.bold(def.name), `Range ${rangeText(def)}`];
      if (def.role === 'alliance') lines.push('Alliance measure (charted beside ORS, never a goal outcome)');
      if (def.role === 'risk-screen') lines.push('Risk screen: any item answered 1 is a positive screen');
      if (def.better) lines.push(`${def.better === 'lower' ? 'Lower' : 'Higher'} scores are better`);
      const rc = usableRc(def);
      if (rc !== undefined) lines.push(`Reliable change: ${formatNumber(rc)}`);
      if (def.bands?.length) lines.push(`Bands: ${def.bands.map((b) => `${formatRange(b.min, b.max)} ${b.label}`).join(', ')}`);
      if (def.cutoff) lines.push(`Clinical cutoff: ${formatNumber(def.cutoff.value)}`);
      value = lines.join('\n\n');
      break;
    }
    case 'key': {
      const info = schemaInfoAt(target.schema, target.path);
      if (!info) return null;
      const parts = [m.bold(info.title ?? target.path.join('.'))];
      const d = info.markdownDescription ?? info.description;
      if (d) parts.push(m.prose(d));
      if (info.enum) parts.push(`Values: ${info.enum.map((v) => m.code(String(v))).join(', ')}`);
      if (info.expected) parts.push(`Expected: ${info.expected}.`);
      if (info.default !== undefined) parts.push(`Default: ${m.code(String(info.default))}`);
      value = parts.join('\n\n');
      break;
    }
  }
  if (!value) return null;
  return { contents: m.content(value), range: toRange(doc, target.span) };
}

function goalHover(ctx: ServiceContext, md: Markup, doc: ParsedDocument, id: string): string {
  const plan = planOfDoc(ctx.workspace, doc);
  if (!plan) return `Goal ${md.bold(id)}: this client has no goal plan.`;
  const block = goalBlockById(plan, id);
  if (!block) return `Goal ${md.bold(id)} is not in ${md.text(ctx.relative(plan.uri))}.`;
  const g: Goal | undefined = block.goal;
  if (!g) return `Goal ${md.bold(id)} (its block in ${md.text(ctx.relative(plan.uri))} does not parse).`;
  const lines = [`${md.bold(id)}${g.horizon ? ` · ${g.horizon}` : ''}${g.status && g.status !== 'active' ? ` · ${g.status}` : ''}`];
  if (g.statement) lines.push(md.text(String(g.statement)));
  const m = g.measure;
  if (m?.instrument) lines.push(`Measure: ${md.text(`${m.instrument} from ${m.baseline ?? '?'} to ${m.target ?? '?'}${m.unit ? ` ${m.unit}` : ''}`)}`);
  if (g.due) lines.push(`Due: ${md.text(String(g.due))}`);
  const latest = latestValues(ctx.workspace, plan, g, ctx.configFor(plan.uri), ctx.today());
  if (latest.length) {
    lines.push(`Latest: ${latest.map((l) => {
      const bits = [l.value !== undefined ? `value ${l.value}` : '', l.progress !== undefined ? `GAS ${l.progress > 0 ? '+' : ''}${l.progress}` : '', l.decision ? `decision ${md.text(String(l.decision))}` : ''].filter(Boolean);
      return `${l.date}: ${bits.join(', ')}`;
    }).join(' · ')}`);
  }
  return lines.join('\n\n');
}
