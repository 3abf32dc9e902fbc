// Clinician-readable wording of ajv errors. Each message names the key as written in the file
// (`goals.G1.progress`) and says what a valid value looks like, using the schema's
// `x-expected` text. Values are echoed only where they are short codes the user typed into a
// structured field (a date, an enum word); free text (notes, statements) never appears.
import type { ErrorObject } from 'ajv';

export type DataPath = Array<string | number>;

/** `review.next`, `problems[0].id`, `goals.G1.progress`. */
export function displayPath(path: DataPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of keys and values',
  array: 'a list (lines starting with -)',
  null: 'empty',
};

function expectedOf(e: ErrorObject): string | undefined {
  const s = e.parentSchema as Record<string, unknown> | undefined;
  const x = s?.['x-expected'];
  return typeof x === 'string' ? x : undefined;
}

function typeWords(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_WORDS[String(x)] ?? String(x)).join(' or ');
}

function wantsNumber(t: unknown): boolean {
  return [t].flat().some((x) => x === 'number' || x === 'integer');
}

function quoteList(values: unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/** Short, structured values (dates, enum words) may be echoed; anything long or multi-line never. */
function echo(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v);
  return s.length <= 32 && !/[\r\n`]/.test(s) ? s : undefined;
}

/**
 * The message for one (already de-duplicated) ajv error. `subject` is how the root is named
 * when the error is about the whole region ("the front matter", "this goal block").
 */
export function messageFor(e: ErrorObject, path: DataPath, subject: string): string {
  const where = path.length ? `\`${displayPath(path)}\`` : subject;
  const expected = expectedOf(e);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const key = `\`${String(params.missingProperty)}\``;
      return path.length ? `missing required key ${key} in ${where}` : `missing required key ${key}`;
    }
    case 'type': {
      const what = expected ?? typeWords(params.type);
      const wantsText = [params.type].flat().includes('string') && !(e.parentSchema as Record<string, unknown>)?.format;
      const hint = wantsText && (typeof e.data === 'number' || typeof e.data === 'boolean')
        ? ' (put it in quotes, like "0142", so it is kept exactly as written)'
        : wantsNumber(params.type) && typeof e.data === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(e.data)
          ? ' (write it without quotes)'
          : '';
      return `${where} must be ${what}${hint}`;
    }
    case 'format': {
      const shown = echo(e.data);
      const why = shown && /^\d{4}-\d{2}-\d{2}$/.test(shown)
        ? ` (${shown} is not a calendar date)`
        : ' (written as YYYY-MM-DD)';
      return `${where} must be ${expected ?? 'a date like 2026-12-01'}${why}`;
    }
    case 'enum':
    case 'const': {
      const allowed = e.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue];
      const data: unknown = e.data;
      const found = typeof data === 'string'
        ? allowed.find((a) => typeof a === 'string' && a.toLowerCase() === data.toLowerCase().trim())
        : undefined;
      const suggestion = found !== undefined ? ` (did you mean \`${String(found)}\`?)` : '';
      const list = allowed.length === 1 ? `\`${String(allowed[0])}\`` : `one of: ${quoteList(allowed)}`;
      if (e.propertyName !== undefined) return `${where} cannot have the key \`${e.propertyName}\`: keys must be ${expected ?? list}`;
      return `${where} must be ${list}${suggestion}`;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      if (expected) return `${where} must be ${expected}`;
      const words = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[e.keyword];
      return `${where} must be ${words} ${String(params.limit)}`;
    }
    case 'pattern':
      // A bad key name (`monitor: {count: 2w}`): say which key, as for an enum of key names.
      if (e.propertyName !== undefined && expected) return `${where} cannot have the key \`${e.propertyName}\`: keys must be ${expected}`;
      if (expected) return `${where} must be ${expected}`;
      break;
    case 'anyOf':
    case 'oneOf':
    case 'minItems':
    case 'maxItems':
    case 'items':
    case 'false schema':
      if (expected) return `${where} must be ${expected}`;
      break;
  }
  // A keyword our schemas do not use today: still a located, readable message.
  return `${where} ${e.message ?? 'is not valid here'}`;
}
