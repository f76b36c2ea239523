/**
 * +feed-shortcut-list: one page of im.feed_shortcuts.list (no walk: the token is tied to the bar's
 * version), each chat entry given a `detail` from im.chats.batch_query unless --no-detail. A
 * failed lookup warns and adds `notice`; the entries are still returned.
 */
import type { ShortcutBehaviour } from '../types.js';
import { chatDetails } from './lib/chat-details.js';

interface Entry {
  type: string;
  id: string;
  detail?: unknown;
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const params = ctx.given.has('page-token') ? { page_token: String(ctx.flags['page-token']) } : {};
    const page = await ctx.call<{ shortcuts?: Entry[]; has_more?: boolean; page_token?: string }>('im.feed_shortcuts.list', { params });
    const shortcuts = (page?.shortcuts ?? []).map((s) => ({ ...s }));
    let notice: string | undefined;
    const chatIds = shortcuts.filter((s) => s.type === 'chat').map((s) => s.id);
    if (ctx.flags['no-detail'] !== true && (chatIds.length > 0 || ctx.dryRun)) {
      const details = await chatDetails(ctx, ctx.dryRun ? ['<chat ids of the page>'] : chatIds);
      if (details.error) {
        notice = details.error;
        ctx.warn(`${details.error}; the entries are shown without detail (--no-detail skips the lookup).`);
      }
      for (const s of shortcuts) if (details.byId.has(s.id)) s.detail = details.byId.get(s.id);
    }
    const data = {
      shortcuts,
      has_more: page?.has_more === true,
      page_token: page?.has_more ? page.page_token ?? '' : '',
      ...(notice ? { notice } : {}),
    };
    return { data, rows: shortcuts.map((s) => ({ type: s.type, id: s.id, name: (s.detail as { name?: string } | undefined)?.name ?? '' })) };
  },
};
