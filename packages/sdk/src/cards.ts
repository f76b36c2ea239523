/**
 * `@larkgen/sdk/cards`: message cards for SDK users — `validateCard` (the same checker the CLI runs
 * before sending and the emulator runs on receipt), `renderCard` (cards as readable text) and the
 * `CardV2` types generated from `specs/cards/card-v2.schema.json`, for completion while building a card.
 *
 *   import { validateCard, formatCardProblem, type CardV2 } from '@larkgen/sdk/cards';
 *   const card: CardV2 = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Hi' }] } };
 *   const r = validateCard(card);
 *   if (!r.ok) throw new Error(r.problems.map(formatCardProblem).join('\n'));
 *   await client.im.messages.create({ ..., body: { msg_type: 'interactive', content: JSON.stringify(card), ... } });
 *
 * The implementation lives in `@larkgen/im-content/cards` and is bundled into this entry.
 */
export * from '@larkgen/im-content/cards';
