/**
 * +messages-card-update: replaces the card of a sent interactive message (im.messages.patch) after
 * checking the new card offline, including the "update_multi": true a shared card needs.
 * Output: {message_id, updated: true}.
 */
import { ContentError, cardKindOf, planCard, type CardFlags } from '@larkgen/im-content';
import type { ShortcutBehaviour, ShortcutContext } from '../types.js';
import { checked } from './lib/errors.js';

function cardFlags(ctx: ShortcutContext): CardFlags {
  const str = (name: string) => (ctx.given.has(name) ? String(ctx.flags[name]) : undefined);
  const pick = {
    card: str('card') ?? str('content'),
    cardTemplateId: str('card-template-id'),
    cardTemplateVersion: str('card-template-version'),
    cardVars: str('card-vars'),
  };
  return Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined)) as CardFlags;
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const messageId = String(ctx.flags['message-id']);
    const field = ctx.given.has('content') ? 'content' : 'card';
    const card = checked(() => {
      const c = planCard(cardFlags(ctx));
      const kind = cardKindOf(c);
      const config = c.config as { update_multi?: unknown } | undefined;
      if ((kind === '2.0' || kind === '1.0') && config?.update_multi !== true) {
        throw new ContentError(field, `--${field}: the card does not set "update_multi": true in its config, so it cannot replace a shared card.`, 'Add "config": {"update_multi": true} to the card (the card that was sent needs it too).');
      }
      return c;
    });
    await ctx.call('im.messages.patch', { path: { message_id: messageId }, data: { content: JSON.stringify(card) } });
    return { data: { message_id: messageId, updated: true } };
  },
};
