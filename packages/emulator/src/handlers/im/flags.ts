/** im.flags.*: a user's flags (bookmarks) on messages (message layer) and threads (feed layer). */
import type { Ctx, Handler } from '../../context.js';
import type { ResourceHandlers } from '../../generated/handler-types.js';
import type { FlagRec } from '../../state.js';
import { ms } from '../../util.js';
import { pageSize, signedInUser, listPage, pageTail } from '../common.js';

interface FlagItemRef {
  item_id: string;
  item_type: FlagRec['item_type'];
  flag_type: FlagRec['flag_type'];
}

/** The (item_type, flag_type) pairs the platform accepts. */
const VALID_PAIRS = new Set(['default|message', 'thread|feed', 'msg_thread|feed']);

function checkPair(ctx: Ctx, it: FlagItemRef, i: number): void {
  if (!VALID_PAIRS.has(`${it.item_type}|${it.flag_type}`)) {
    ctx.invalid(`flag_items[${i}]`, `pairs item_type ${it.item_type} with flag_type ${it.flag_type}; valid pairs are (default, message), (thread, feed) and (msg_thread, feed)`);
  }
}

function view(f: FlagRec): Record<string, unknown> {
  const v: Record<string, unknown> = { item_id: f.item_id, item_type: f.item_type, flag_type: f.flag_type, chat_id: f.chat_id };
  if (f.thread_id) v.thread_id = f.thread_id;
  v.create_time = ms(f.create_time);
  v.update_time = ms(f.update_time);
  return v;
}

function findFlag(ctx: Ctx, openId: string, it: FlagItemRef): FlagRec | undefined {
  return ctx.state.flags.find((f) => f.open_id === openId && f.item_id === it.item_id && f.flag_type === it.flag_type && f.item_type === it.item_type);
}

const create: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const items = ctx.body.flag_items as FlagItemRef[];
  // Everything is checked before anything is stored: one bad item fails the whole call.
  const resolved = items.map((it, i) => {
    checkPair(ctx, it, i);
    const m = ctx.state.messages.get(it.item_id);
    const chat = m ? ctx.state.chats.get(m.chat_id) : undefined;
    if (!m || !chat || !ctx.state.isMember(chat, ctx.actor)) ctx.fail(230050, `Message ${it.item_id} does not exist or the user is not in its chat.`);
    if (m!.deleted) ctx.fail(230011, `Message ${it.item_id} was recalled.`);
    if (it.flag_type === 'feed') {
      const want = chat!.chat_mode === 'topic' ? 'thread' : 'msg_thread';
      if (it.item_type !== want) {
        ctx.invalid(`flag_items[${i}].item_type`, `must be ${want} for a message in a ${chat!.chat_mode === 'topic' ? 'topic' : 'conversation'}-mode chat`, it.item_type);
      }
    }
    return { it, chatId: m!.chat_id, threadId: m!.thread_id };
  });
  const out = resolved.map(({ it, chatId, threadId }) => {
    let f = findFlag(ctx, openId, it);
    if (f && !f.cancelled) return view(f);
    if (f) {
      f.cancelled = false;
      f.create_time = ctx.now;
      f.update_time = ctx.now;
    } else {
      f = { open_id: openId, ...it, chat_id: chatId, create_time: ctx.now, update_time: ctx.now, cancelled: false };
      if (it.flag_type === 'feed' && threadId) f.thread_id = threadId;
      ctx.state.flags.push(f);
    }
    return view(f);
  });
  ctx.rt.touch();
  return { flag_items: out };
};

const cancel: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const items = ctx.body.flag_items as FlagItemRef[];
  items.forEach((it, i) => checkPair(ctx, it, i));
  const out = [];
  for (const it of items) {
    const f = findFlag(ctx, openId, it);
    if (!f || f.cancelled) continue;
    f.cancelled = true;
    f.update_time = ctx.now;
    out.push(view(f));
  }
  if (out.length > 0) ctx.rt.touch();
  return { flag_items: out };
};

const list: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const mine = ctx.state.flags.filter((f) => f.open_id === openId).sort((a, b) => a.update_time - b.update_time);
  const page = listPage(ctx, `flags:${openId}`, mine, pageSize(ctx, 50));
  return {
    flag_items: page.items.filter((f) => !f.cancelled).map(view),
    delete_flag_items: page.items.filter((f) => f.cancelled).map(view),
    ...pageTail(page),
  };
};

export const flagsHandlers: ResourceHandlers<'im.flags'> = {
  'im.flags.create': create,
  'im.flags.cancel': cancel,
  'im.flags.list': list,
};
