/**
 * +chat-list: the chats the caller is in through im.chats.list, group chats unless --types says
 * otherwise, one page or every page with --page-all. With --exclude-muted (user identity) each
 * page's chats are looked up in im.chat.user_setting.batch_query (10 per call) and muted ones left
 * out. Every chat gets chat_app_link. Output: {chats, has_more, page_token[, excluded_muted]}.
 */
import { chatAppLink } from '@larkgen/im-content';
import type { ShortcutBehaviour, ShortcutContext } from '../types.js';
import { CliError } from '../../core/errors.js';
import { mutedAmong } from './lib/chat-details.js';
import { walkPages } from './lib/pages.js';

const CHAT_TYPES = ['group', 'p2p'];
const SORTS: Record<string, string> = { create_time: 'ByCreateTimeAsc', active_time: 'ByActiveTimeDesc' };

function typesParam(ctx: ShortcutContext): string | undefined {
  if (!ctx.given.has('types')) return undefined;
  const types = [...new Set((ctx.flags.types as string[]).map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
  if (types.length === 0) throw new CliError('validation', '--types is empty.', { hint: 'Give group, p2p or group,p2p; leave it out for group chats only.' });
  const bad = types.filter((t) => !CHAT_TYPES.includes(t));
  if (bad.length) throw new CliError('validation', `--types ${bad.join(',')} is not a kind of chat.`, { hint: 'Use group, p2p or group,p2p.' });
  return types.join(',');
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const params: Record<string, unknown> = {
      user_id_type: String(ctx.flags['user-id-type'] ?? 'open_id'),
      sort_type: ctx.given.has('sort-type') ? String(ctx.flags['sort-type']) : SORTS[String(ctx.flags.sort ?? 'create_time')],
    };
    const types = typesParam(ctx);
    if (types) params.types = types;
    let excludeMuted = ctx.flags['exclude-muted'] === true;
    if (excludeMuted && ctx.identity !== 'user') {
      ctx.warn('--exclude-muted only applies to the signed-in user (--as user); the bot has no mute settings, so nothing is left out.');
      excludeMuted = false;
    }
    let excluded = 0;
    const walk = await walkPages(ctx, 'im.chats.list', {
      params,
      keys: ['items'],
      onPage: async (page) => {
        if (!excludeMuted) return;
        const items = (page.items ?? []) as { chat_id: string }[];
        const muted = await mutedAmong(ctx, items.map((c) => c.chat_id));
        excluded += muted.size;
        page.items = items.filter((c) => !muted.has(c.chat_id));
      },
    });
    if (ctx.dryRun && excludeMuted) await mutedAmong(ctx, ['<chat ids of each page>']);
    const brand = ctx.session.settings.brand;
    const chats = (walk.lists.items as { chat_id: string }[]).map((c) => ({ ...c, chat_app_link: chatAppLink(c.chat_id, brand) }));
    const data = { chats, has_more: walk.hasMore, page_token: walk.pageToken, ...(excludeMuted ? { excluded_muted: excluded } : {}) };
    return { data, rows: chats.map((c) => ({ chat_id: c.chat_id, name: (c as { name?: string }).name ?? '', chat_app_link: c.chat_app_link })) };
  },
};
