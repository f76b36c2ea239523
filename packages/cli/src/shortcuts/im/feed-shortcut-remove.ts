/**
 * +feed-shortcut-remove: one im.feed_shortcuts.remove with up to 10 chats; removing a chat that
 * is not on the bar succeeds. Output: {ok, removed, failed_shortcuts}; exit 1 when any failed.
 */
import type { ShortcutBehaviour } from '../types.js';
import { shortcutLedger, shortcutRefs } from './lib/feed-shortcuts.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const shortcuts = shortcutRefs(ctx);
    const answer = await ctx.call<{ failed_shortcuts?: [] }>('im.feed_shortcuts.remove', { data: { shortcuts } });
    return shortcutLedger(ctx, shortcuts, answer, 'removed', 'unpinned');
  },
};
