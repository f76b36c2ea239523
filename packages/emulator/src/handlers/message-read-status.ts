/** im.messages.read_status: whether the signed-in user has read given messages. */
import type { Handler } from '../context.js';
import { ms } from '../util.js';
import { signedInUser } from './common.js';

const readStatus: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const items = [];
  const invalid = [];
  for (const id of ctx.body.message_ids as string[]) {
    const m = ctx.state.messages.get(id);
    const chat = m ? ctx.state.chats.get(m.chat_id) : undefined;
    if (!m || m.deleted || !chat || !ctx.state.isMember(chat, ctx.actor)) {
      invalid.push(id);
      continue;
    }
    const own = m.sender.kind === 'user' && m.sender.openId === openId;
    const at = own ? m.create_time : m.reads[openId];
    items.push({ message_id: id, chat_id: m.chat_id, read: at !== undefined, ...(at !== undefined ? { read_time: ms(at) } : {}) });
  }
  return { items, invalid_message_ids: invalid };
};

export const messageReadStatusHandlers: Record<string, Handler> = { 'im.messages.read_status': readStatus };
