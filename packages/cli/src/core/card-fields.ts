/**
 * The offline card check of generated methods: body fields the spec marks `card` (a card object,
 * or its JSON text; with `when`, only while a sibling field has a value) go through the one card
 * validator before any request. The CLI method runner and the MCP tool runner both call it, so a
 * bad card is refused the same way, with every problem and its JSON path. The validator (its
 * schemas are large) is loaded only when a request carries a marked card, not by every method.
 */
import type { CardProblem } from '@larkgen/im-content/cards';
import type { FieldMap } from '@larkgen/spec/fields';
import { CliError } from './errors.js';

export interface CardFieldProblems {
  /** The body field, e.g. `data.content`. */
  readonly field: string;
  readonly problems: readonly CardProblem[];
}

/** The marked card fields `data` carries, by name, with their values. */
function markedCards(fields: FieldMap | undefined, data: unknown): [string, unknown][] {
  if (!fields || data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const body = data as Record<string, unknown>;
  const out: [string, unknown][] = [];
  for (const [name, f] of Object.entries(fields)) {
    if (!f.card || body[name] === undefined) continue;
    const when = f.card.when;
    if (when && body[when.field] !== when.equals) continue;
    out.push([name, body[name]]);
  }
  return out;
}

/** Throws a validation error (exit 2) listing every card problem of `data`; `what` names the method. */
export async function checkCardFields(fields: FieldMap | undefined, data: unknown, what: string): Promise<void> {
  const marked = markedCards(fields, data);
  if (!marked.length) return;
  const { formatCardProblem, validateCard } = await import('@larkgen/im-content/cards');
  const found: CardFieldProblems[] = [];
  for (const [name, value] of marked) {
    const r = validateCard(value);
    if (!r.ok) found.push({ field: `data.${name}`, problems: r.problems });
  }
  if (!found.length) return;
  const n = found.reduce((sum, f) => sum + f.problems.length, 0);
  const lines = found.flatMap((f) => [`${f.field}:`, ...f.problems.map((p) => `  ${formatCardProblem(p)}`)]);
  throw new CliError('validation', `Invalid card for ${what}: ${n} problem${n === 1 ? '' : 's'}, nothing was sent:\n${lines.join('\n')}`, {
    hint: 'Fix each path listed, then check the card alone with lark-cli card validate <file>.',
    detail: { cards: found },
  });
}
