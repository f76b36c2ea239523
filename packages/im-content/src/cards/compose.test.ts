import { describe, expect, it } from 'vitest';
import { buildContent, planContent, type ContentFlags } from '../content.js';

const CARD = JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Hi' }] } });
const build = (flags: ContentFlags) => buildContent(planContent(flags));
const refusal = (flags: ContentFlags) => {
  try {
    build(flags);
  } catch (e) {
    return { field: (e as { field: string }).field, message: (e as Error).message };
  }
  throw new Error('expected a refusal');
};

describe('card content flags', () => {
  it.each<[string, ContentFlags, unknown]>([
    ['--card', { card: CARD }, JSON.parse(CARD)],
    ['--card-id', { cardId: '7355372766134157313' }, { type: 'card', data: { card_id: '7355372766134157313' } }],
    ['--card-template-id alone', { cardTemplateId: 'AAqk1' }, { type: 'template', data: { template_id: 'AAqk1' } }],
    ['--card-template-id with version and vars', { cardTemplateId: 'AAqk1', cardTemplateVersion: '1.0.2', cardVars: '{"name":"Ada"}' }, { type: 'template', data: { template_id: 'AAqk1', template_version_name: '1.0.2', template_variable: { name: 'Ada' } } }],
  ])('%s builds an interactive message', (_, flags, card) => {
    const built = build(flags);
    expect(built.msgType).toBe('interactive');
    expect(JSON.parse(built.content)).toEqual(card);
  });

  it.each<[string, ContentFlags, string, string | RegExp]>([
    ['an invalid card, every problem listed', { card: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'hr', x: 1 }, { tag: 'img' }] } }) }, 'card',
      '--card: the card has 2 problems:\n  card.body.elements[0]: unknown property "x" (fix: remove it; allowed here: tag, element_id, margin)\n  card.body.elements[1]: missing required property "img_key" (fix: add "img_key": image_key returned by the image upload.) Fix them and check again with lark-cli card validate <file>; nothing was sent.'],
    ['an oversize card', { card: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x'.repeat(40_000) }] } }) }, 'card', /card: is 40070 bytes serialized; a card can be at most 30720 bytes \(30 KB\)/],
    ['--card that is not JSON', { card: '{' }, 'card', /^--card is not valid JSON/],
    ['--card with --text', { card: CARD, text: 'hi' }, 'card', 'Only one content flag can be used per message, but --text and --card were given. Keep one of them, or send several messages.'],
    ['--card with --card-id', { card: CARD, cardId: 'x' }, 'card-id', 'Only one content flag can be used per message, but --card and --card-id were given. Keep one of them, or send several messages.'],
    ['--card-vars without a template', { card: CARD, cardVars: '{}' }, 'card-vars', '--card-vars only goes with --card-template-id. Add --card-template-id with the template id, or remove it.'],
    ['--card-vars not an object', { cardTemplateId: 'AAq', cardVars: '[1]' }, 'card-vars', '--card-vars must be a JSON object, not "[1]". Give an object of variable values: {"name":"Ada","count":3}.'],
    ['--card with another --msg-type', { card: CARD, msgType: 'text' }, 'msg-type', /--msg-type text/],
    ['--content holding a card without --msg-type', { content: CARD }, 'content', '--content holds a card, but without --msg-type it would be sent as a text message. Send it with --card (checked before sending), or add --msg-type interactive.'],
    ['--content --msg-type interactive with a bad card', { content: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'nope' }] } }), msgType: 'interactive' }, 'content', /^--content: the card has 1 problem:\n {2}card\.body\.elements\[0\]: unknown component tag "nope"/],
  ])('refuses %s', (_, flags, field, message) => {
    const r = refusal(flags);
    expect(r.field).toBe(field);
    if (typeof message === 'string') expect(r.message).toBe(message);
    else expect(r.message).toMatch(message);
  });
});
