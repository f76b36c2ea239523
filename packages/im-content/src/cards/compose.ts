/**
 * Card content for +messages-send / +messages-reply / +messages-card-update: `--card` (card JSON),
 * `--card-template-id` with `--card-template-version` and `--card-vars` (a template reference),
 * `--card-id` (a card entity). Every card is checked with the shared validator before anything is
 * sent; a refusal lists every problem with its JSON path.
 */
import { ContentError, shown } from '../errors.js';
import { formatCardProblem, validateCard } from './validate.js';

type Json = Record<string, unknown>;

/** The card flags as given (values of @file and - already read). */
export interface CardFlags {
  readonly card?: string;
  readonly cardTemplateId?: string;
  readonly cardTemplateVersion?: string;
  readonly cardVars?: string;
  readonly cardId?: string;
}

/** Flag names of the three ways to give a card, in the order they are reported. */
const CARD_SOURCES = [
  ['card', 'card'],
  ['cardTemplateId', 'card-template-id'],
  ['cardId', 'card-id'],
] as const;

/** Names (with dashes) of the card flags that were given: card, card-template-id, card-id. */
export function cardFlagsGiven(flags: CardFlags): string[] {
  return CARD_SOURCES.filter(([k]) => flags[k] !== undefined).map(([, name]) => name);
}

/** True when a JSON object has the shape of a card (any structure or reference). */
export function looksLikeCard(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Json;
  const obj = (x: unknown) => typeof x === 'object' && x !== null;
  return 'schema' in v || Array.isArray(v.elements) || obj(v.body) || obj(v.header) || obj(v.i18n_elements) || v.type === 'template' || v.type === 'card';
}

/** Refuses a card the validator finds problems in, listing all of them; returns it otherwise. */
export function checkedCard(card: Json, field: string): Json {
  const r = validateCard(card);
  if (r.ok) return card;
  const n = r.problems.length;
  throw new ContentError(
    field,
    `--${field}: the card has ${n} problem${n === 1 ? '' : 's'}:\n${r.problems.map((p) => `  ${formatCardProblem(p)}`).join('\n')}`,
    'Fix them and check again with lark-cli card validate <file>; nothing was sent.',
  );
}

/**
 * The card of the card flags, checked: the parsed --card, or a template or card-entity reference.
 * Throws ContentError for every problem the user can fix.
 */
export function planCard(flags: CardFlags): Json {
  const given = cardFlagsGiven(flags);
  if (given.length > 1) throw new ContentError(given[1]!, `Only one card can be sent, but ${given.map((g) => `--${g}`).join(' and ')} were given.`, 'Keep one of them.');
  if (flags.cardTemplateId === undefined) {
    for (const [k, name] of [['cardTemplateVersion', 'card-template-version'], ['cardVars', 'card-vars']] as const) {
      if (flags[k] !== undefined) throw new ContentError(name, `--${name} only goes with --card-template-id.`, 'Add --card-template-id with the template id, or remove it.');
    }
  }
  if (flags.card !== undefined) return checkedCard(parseObject(flags.card, 'card', 'a card: {"schema":"2.0","body":{"elements":[…]}}'), 'card');
  if (flags.cardId !== undefined) {
    const id = flags.cardId.trim();
    if (id === '') throw new ContentError('card-id', '--card-id is empty.', 'Give the card_id of a card entity.');
    return checkedCard({ type: 'card', data: { card_id: id } }, 'card-id');
  }
  const templateId = (flags.cardTemplateId ?? '').trim();
  if (templateId === '') throw new ContentError('card-template-id', '--card-template-id is empty.', 'Give the template id (AAq…) from the card builder.');
  const vars = flags.cardVars === undefined ? undefined : parseObject(flags.cardVars, 'card-vars', 'an object of variable values: {"name":"Ada","count":3}');
  return checkedCard(
    {
      type: 'template',
      data: {
        template_id: templateId,
        ...(flags.cardTemplateVersion !== undefined ? { template_version_name: flags.cardTemplateVersion.trim() } : {}),
        ...(vars ? { template_variable: vars } : {}),
      },
    },
    'card-template-id',
  );
}

function parseObject(raw: string, field: string, shape: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new ContentError(field, `--${field} is not valid JSON (${(e as Error).message}).`, `Put it in a file and pass --${field} @file.json, or - to read standard input.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(field, `--${field} must be a JSON object, not ${shown(raw.length > 40 ? raw.slice(0, 37) + '…' : raw)}.`, `Give ${shape}.`);
  }
  return value as Json;
}
