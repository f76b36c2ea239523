/**
 * Cards in the emulator: every card that arrives (send, reply, PATCH, delayed update, the answer to
 * a card callback) is checked with the shared validator (`@larkgen/im-content/cards`, the same one
 * the SDK exports and the CLI runs), template references are checked against a small registry of
 * known templates, and the callback tokens of the delayed update are minted and spent here.
 */
import { formatCardProblem, validateCard, type CardProblem } from '@larkgen/im-content/cards';
import type { Ctx } from './context.js';
import type { FieldViolation } from './errors.js';
import type { State } from './state.js';

/** A callback token: valid 30 minutes after the interaction, for two updates of one card. */
export const CARD_TOKEN_TTL_MS = 30 * 60 * 1000;
export const CARD_TOKEN_USES = 2;

export interface CardTokenRec {
  token: string;
  message_id: string;
  /** The user who interacted (the callback's operator). */
  open_id: string;
  issued_at: number;
  uses: number;
}

/** A template the emulator knows: its variables per published version. */
export interface CardTemplateRec {
  template_id: string;
  /** Version name → the variables the template uses. The last entry is the latest version. */
  versions: Record<string, string[]>;
  /** A card body to render the template with (variables written as ${name}). */
  card: Record<string, unknown>;
}

/** The templates every emulator starts with. */
export const SEED_TEMPLATES: readonly CardTemplateRec[] = [
  {
    template_id: 'AAqkAlert01',
    versions: { '1.0.0': ['title', 'severity'], '1.1.0': ['title', 'severity', 'service'] },
    card: { schema: '2.0', header: { title: { tag: 'plain_text', content: '${title}' }, template: 'red' }, body: { elements: [{ tag: 'markdown', content: '**${severity}** on ${service}' }] } },
  },
  {
    template_id: 'AAqkWelcome1',
    versions: { '1.0.0': ['name'] },
    card: { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Welcome, ${name}!' }] } },
  },
];

/**
 * Mints a callback token for an interaction with the card of `messageId` by `openId`, as the
 * platform does when it delivers `card.action.trigger`. The events side calls this when it
 * simulates a card action; the token then works with POST /open-apis/interactive/v1/card/update.
 */
export function mintCardToken(state: State, messageId: string, openId: string, now: number = Date.now()): string {
  const token = state.nextId('c-');
  state.cardTokens.set(token, { token, message_id: messageId, open_id: openId, issued_at: now, uses: 0 });
  return token;
}

/** The token's record when it can still be used at `now`; undefined when unknown, expired or used up. */
export function usableCardToken(state: State, token: string, now: number): CardTokenRec | undefined {
  const t = state.cardTokens.get(token);
  if (!t || now - t.issued_at > CARD_TOKEN_TTL_MS || t.uses >= CARD_TOKEN_USES) return undefined;
  return t;
}

/**
 * Checks a card as the platform would on receipt; fails with 230099 (or the method's own card
 * code) listing every problem with its JSON path. Returns the parsed card.
 */
export function checkCard(ctx: Ctx, card: unknown, failCode = 230099): Record<string, unknown> {
  const problems = cardProblems(ctx.state, card);
  if (problems.length > 0) failWith(ctx, failCode, problems);
  return (typeof card === 'string' ? JSON.parse(card) : card) as Record<string, unknown>;
}

/** What the platform refuses in a card: the validator's problems, then a known template's missing variables. */
function cardProblems(state: State, card: unknown): readonly CardProblem[] {
  const r = validateCard(card);
  if (!r.ok || r.kind !== 'template') return r.problems;
  const parsed = (typeof card === 'string' ? JSON.parse(card) : card) as Record<string, unknown>;
  return templateProblems(state, parsed.data as Record<string, unknown>);
}

function templateProblems(state: State, data: Record<string, unknown>): CardProblem[] {
  const tpl = state.cardTemplates.get(String(data.template_id));
  if (!tpl) return []; // Unknown here: the platform may know it; nothing to check against.
  const names = Object.keys(tpl.versions);
  const version = typeof data.template_version_name === 'string' ? data.template_version_name : names[names.length - 1]!;
  const wanted = tpl.versions[version];
  if (!wanted) return [{ path: 'card.data.template_version_name', message: `template ${tpl.template_id} has no published version "${version}"`, fix: `use one of: ${names.join(', ')}` }];
  const given = (data.template_variable ?? {}) as Record<string, unknown>;
  const missing = wanted.filter((v) => !(v in given));
  if (missing.length === 0) return [];
  return [{ path: 'card.data.template_variable', message: `missing variable${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')} of template ${tpl.template_id} v${version}`, fix: `give every variable: ${wanted.join(', ')}` }];
}

/**
 * The card a card callback's answer replaces the clicked card with — `card: {type: "raw", data}`,
 * `card: {type: "template", data}`, a bare card, or (the older form) the whole answer — checked
 * like any card the app sends. An answer with a card that fails the check leaves the clicked card
 * as it was and reports why; an answer without a card (a toast only) changes nothing.
 */
export function answerCard(state: State, answer: Record<string, unknown>): { card?: Record<string, unknown>; problems: string[] } {
  const c = answer.card;
  let card: unknown;
  if (typeof c === 'object' && c !== null && !Array.isArray(c)) {
    const o = c as Record<string, unknown>;
    if (o.type === 'raw') card = o.data;
    else if (o.type === 'template') card = { type: 'template', data: o.data };
    else if (!('type' in o) || 'elements' in o || 'body' in o) card = o;
    else return { problems: [`card.type: ${JSON.stringify(o.type)} is not an answer card type (fix: use "raw" with the card in data, or "template")`] };
  } else if ('elements' in answer || ('body' in answer && 'schema' in answer)) {
    card = answer;
  }
  if (card === undefined) return { problems: [] };
  const problems = cardProblems(state, card);
  if (problems.length > 0) return { problems: problems.map(formatCardProblem) };
  return { card: (typeof card === 'string' ? JSON.parse(card) : card) as Record<string, unknown>, problems: [] };
}

function failWith(ctx: Ctx, code: number, problems: readonly CardProblem[]): never {
  const violations: FieldViolation[] = problems.map((p) => ({ field: p.path, description: `${p.message} (fix: ${p.fix})` }));
  ctx.fail(code, `The card is not valid: ${problems.map(formatCardProblem).join('; ')}`, { field_violations: violations });
}
