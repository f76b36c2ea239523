/** The emulator's handlers of `im.chat.managers` (specs/im/resources/chat.managers.yaml). */
import type { Handler } from '../../context.js';
import type { ResourceHandlers } from '../../generated/handler-types.js';
import { chatOr, memberOr } from '../common.js';
import { isOwnerLike } from '../shared/chats.js';

function managers(add: boolean): Handler {
  return (ctx) => {
    const s = ctx.state;
    const chat = chatOr(ctx, ctx.path.chat_id, 232001);
    memberOr(ctx, chat, 232011);
    if (!isOwnerLike(ctx, chat)) ctx.fail(232038, 'Only the owner may appoint or dismiss managers.');
    const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
    const users: string[] = [];
    const bots: string[] = [];
    for (const id of (ctx.body.manager_ids as string[] | undefined) ?? []) {
      if (t === 'app_id') {
        if (chat.bots.includes(id)) bots.push(id);
        continue;
      }
      const u = s.userBy(t, id);
      if (u && chat.users.includes(u.open_id)) users.push(u.open_id);
    }
    if (users.length === 0 && bots.length === 0) ctx.fail(232027, 'None of manager_ids is a member of the chat.');
    if (add) {
      const nextUsers = [...new Set([...chat.user_managers, ...users])];
      const nextBots = [...new Set([...chat.bot_managers, ...bots])];
      if (nextUsers.length + nextBots.length > 10) ctx.fail(232040, 'A chat can have at most 10 managers.');
      chat.user_managers = nextUsers;
      chat.bot_managers = nextBots;
    } else {
      chat.user_managers = chat.user_managers.filter((x) => !users.includes(x));
      chat.bot_managers = chat.bot_managers.filter((x) => !bots.includes(x));
    }
    ctx.rt.touch();
    const ut = t === 'app_id' ? 'open_id' : t;
    return { chat_managers: chat.user_managers.map((id) => s.convertOpenId(id, ut)), chat_bot_managers: [...chat.bot_managers] };
  };
}

/** The handlers of im.chat.managers, one per method of specs/im/resources/chat.managers.yaml. */
export const chatManagersHandlers: ResourceHandlers<'im.chat.managers'> = {
  'im.chat.managers.add_managers': managers(true),
  'im.chat.managers.delete_managers': managers(false),
};
