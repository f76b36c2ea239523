/** im.chat.members.list: every member of a chat, users then bots, each tagged with member_type. */
import type { Handler } from '../context.js';
import { TENANT_KEY } from '../seed.js';
import { pageOf } from '../util.js';
import { chatOr, memberOr, pageSize } from './common.js';

const list: Handler = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
  const kinds = new Set((ctx.query.member_types as string[] | undefined) ?? ['user', 'bot']);
  const rows: Record<string, unknown>[] = [];
  if (kinds.has('user')) {
    for (const id of chat.users) {
      rows.push({ member_type: 'user', member_id: s.convertOpenId(id, t), member_id_type: t, name: s.users.get(id)?.name ?? '', tenant_key: TENANT_KEY });
    }
  }
  if (kinds.has('bot')) {
    for (const appId of chat.bots) {
      const name = appId === s.app.app_id ? s.app.bot_name : appId;
      rows.push({ member_type: 'bot', member_id: appId, member_id_type: 'app_id', name, tenant_key: TENANT_KEY });
    }
  }
  const page = pageOf(`members_list:${chat.chat_id}:${[...kinds].sort().join(',')}`, rows, pageSize(ctx, 20), ctx.query.page_token || undefined);
  if (!page) return ctx.invalid('page_token', 'is not a page token of this listing', ctx.query.page_token);
  return { items: page.items, has_more: page.has_more, ...(page.has_more ? { page_token: page.page_token } : {}), member_total: rows.length };
};

export const chatMembersListHandlers: Record<string, Handler> = { 'im.chat.members.list': list };
