/** The emulator's handlers of `im.chat_p2p` (specs/im/resources/chat_p2p.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { Actor } from '../../state.js';

const p2pBatchQuery: MethodHandler<'im.chat_p2p.batch_query'> = (ctx) => {
  const s = ctx.state;
  const out = [];
  for (const id of ctx.body.chatter_ids as string[]) {
    let other: Actor | undefined;
    if (id === s.app.bot_open_id) other = { kind: 'bot', appId: s.app.app_id };
    else if (s.users.has(id)) other = { kind: 'user', openId: id };
    if (!other) continue;
    const c = s.findP2p(ctx.actor, other);
    if (c && c.status === 'normal') out.push({ chat_id: c.chat_id, chatter_id: id });
  }
  return { p2p_chats: out };
};

/** The handlers of im.chat_p2p, one per method of specs/im/resources/chat_p2p.yaml. */
export const chatP2pHandlers: ResourceHandlers<'im.chat_p2p'> = {
  'im.chat_p2p.batch_query': p2pBatchQuery,
};
