// Goal blocks in VS Code's built-in Markdown preview (package.json
// contributes.markdown.markdownItPlugins; the extension's extendMarkdownIt hands the preview's
// markdown-it instance here). Each ```yaml goal fence becomes a readable card: the statement,
// the client's own words when present, the measure as baseline -> target, due date and status.
// A block that the rules would reject (YAML error or schema error, GP001/GP002) stays as code,
// with a note saying why, because a card must show only what the rules accept as valid.
//
// The YAML is read and checked by the core (the same parser and schema as the linter); this
// module only renders. Every value is HTML-escaped; the output has no scripts, no event
// handlers, no links and nothing remote (styles come from media/markdown-preview.css, local).
import type MarkdownIt from 'markdown-it';
import { parseYamlRegion } from '../../../server/src/core/parse/yamlRegion';
import { validateGoal } from '../../../server/src/core/schema/validate';

const GOAL_INFO = /^yaml\s+goal(\s|$)/;

type Goal = Record<string, unknown>;

export interface GoalCardResult {
  /** The goal's value when the block is valid. */
  goal?: Goal;
  /** Why the block is not shown as a card (no free text quoted). */
  problems: string[];
}

/** Reads one goal block's YAML with the core's parser and schema. */
export function readGoalBlock(content: string): GoalCardResult {
  const span = { start: 0, end: content.length };
  const region = parseYamlRegion('goal', content, span, span);
  if (region.syntaxErrors.length > 0) return { problems: region.syntaxErrors.map((e) => e.message) };
  const { issues, cleaned } = validateGoal(region);
  if (issues.length > 0 || !cleaned) return { problems: issues.length ? issues.map((i) => i.message) : ['this goal block is not a mapping'] };
  return { goal: cleaned, problems: [] };
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** The card's HTML for a valid goal; `esc` is markdown-it's escapeHtml. */
export function goalCardHtml(goal: Goal, esc: (s: string) => string): string {
  const rows: string[] = [];
  const row = (label: string, value: string | undefined, cls: string) => {
    if (value !== undefined) rows.push(`<dt>${esc(label)}</dt><dd class="goalplan-${cls}">${esc(value)}</dd>`);
  };
  const id = text(goal.id) ?? '';
  const status = text(goal.status) ?? 'active';
  const head = [text(goal.horizon), text(goal.type)].filter(Boolean).join(' · ');
  const clientWords = text(goal.client_words);
  const m = goal.measure && typeof goal.measure === 'object' ? (goal.measure as Goal) : undefined;
  let measure: string | undefined;
  if (m) {
    const baseline = text(m.baseline);
    const target = text(m.target);
    const what = [text(m.instrument), text(m.unit) && `(${text(m.unit)})`].filter(Boolean).join(' ');
    if (baseline !== undefined || target !== undefined) measure = `${what ? `${what}: ` : ''}${baseline ?? '?'} → ${target ?? '?'}`;
    else if (what) measure = what;
  }
  row('Measure', measure, 'measure');
  row('Due', text(goal.due), 'due');
  row('Status', status, 'status');
  return [
    `<div class="goalplan-goal-card" data-goal="${esc(id)}" data-status="${esc(status)}">`,
    `<div class="goalplan-goal-head"><span class="goalplan-goal-id">${esc(id)}</span>`,
    head ? ` <span class="goalplan-goal-kind">${esc(head)}</span>` : '',
    '</div>',
    `<p class="goalplan-statement">${esc(text(goal.statement) ?? '')}</p>`,
    clientWords ? `<blockquote class="goalplan-client-words">${esc(clientWords)}</blockquote>` : '',
    `<dl>${rows.join('')}</dl>`,
    '</div>\n',
  ].join('');
}

/** The note above an invalid block, which is then rendered as code by the preview's own rule. */
function invalidNoteHtml(problems: readonly string[], esc: (s: string) => string): string {
  const list = problems.slice(0, 5).map((p) => `<li>${esc(p)}</li>`).join('');
  const more = problems.length > 5 ? `<li>${problems.length - 5} more</li>` : '';
  return `<div class="goalplan-goal-invalid"><p>Not shown as a goal card: this goal block has errors (see the Problems panel).</p><ul>${list}${more}</ul></div>\n`;
}

/** The markdown-it plugin: wraps the fence rule; every other fence renders as before. */
export function goalCardsPlugin(md: MarkdownIt): MarkdownIt {
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const fallback = () => (previous ? previous(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options));
    if (!GOAL_INFO.test(token.info.trim())) return fallback();
    let result: GoalCardResult;
    try {
      result = readGoalBlock(token.content);
    } catch {
      result = { problems: ['this goal block could not be read'] };
    }
    const esc = md.utils.escapeHtml;
    if (result.goal) {
      // data-line lets the preview keep scroll sync with the editor (as its own rules do).
      const line = token.map ? ` data-line="${token.map[0]}"` : '';
      return goalCardHtml(result.goal, esc).replace('<div class="goalplan-goal-card"', `<div class="goalplan-goal-card code-line"${line}`);
    }
    return invalidNoteHtml(result.problems, esc) + fallback();
  };
  return md;
}
