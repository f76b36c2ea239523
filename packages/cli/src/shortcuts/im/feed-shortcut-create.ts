/**
 * +feed-shortcut-create: one im.feed_shortcuts.create with up to 10 chats, at the head of the
 * bar (default) or its tail. Output: {ok, pinned, failed_shortcuts}; exit 1 when any failed.
 */
import type { ShortcutBehaviour } from '../types.js';
import { shortcutLedger, shortcutRefs } from './lib/feed-shortcuts.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const shortcuts = shortcutRefs(ctx);
    const answer = await ctx.call<{ failed_shortcuts?: [] }>('im.feed_shortcuts.create', { data: { shortcuts, is_header: ctx.flags.tail !== true } });
    return shortcutLedger(ctx, shortcuts, answer, 'pinned', 'pinned');
  },
};
