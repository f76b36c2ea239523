/** The emulator's handlers of `im.messages` (specs/im/resources/messages.yaml). */
import { checkContent } from '../../content.js';
import type { Ctx, Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { ChatRec, MessageRec } from '../../state.js';
import { decodePageToken, encodePageToken, ms } from '../../util.js';
import { MERGED_CONTENT, messageView } from '../../views.js';
import { actorKey, canSee, chatOr, memberOr, messageOr, pageSize, postOr, resolveReceiver, signedInUser, storeMessage, uidType, uuidHit, listPage } from '../common.js';
import { destination, nestCopies } from '../shared/messages.js';

const DAY = 86_400_000;

const RECALL_OWN_MS = DAY;

const RECALL_ADMIN_MS = 365 * DAY;

const NOT_FORWARDABLE = new Set(['system', 'audio']);

function viewOpts(ctx: Ctx) {
  return { userIdType: uidType(ctx), withSenderName: ctx.query.with_sender_name === true };
}

/** Marks messages as read by a user who fetched them. */
function markRead(ctx: Ctx, msgs: readonly MessageRec[]): void {
  if (ctx.actor.kind !== 'user') return;
  const id = ctx.actor.openId;
  let changed = false;
  for (const m of msgs) {
    if (m.reads[id] === undefined && !(m.sender.kind === 'user' && m.sender.openId === id)) {
      m.reads[id] = ctx.now;
      changed = true;
    }
  }
  if (changed) ctx.rt.touch();
}

/** Whether a message mentions everyone (@all): `@_all` in a text, an `at` of `all` in a post. */
function mentionsAll(m: MessageRec): boolean {
  return m.content.includes('@_all') || /"user_id"\s*:\s*"(?:all|@_all)"/.test(m.content);
}

function withChildren(ctx: Ctx, m: MessageRec): MessageRec[] {
  const out = [m];
  for (const id of m.children ?? []) {
    const c = ctx.state.messages.get(id);
    if (c) out.push(c);
  }
  return out;
}

/** The chat that holds `m` (for a nested copy, the chat of the merged message). */
function homeChat(ctx: Ctx, m: MessageRec): ChatRec | undefined {
  return ctx.state.chats.get(m.chat_id);
}

const create: MethodHandler<'im.messages.create'> = (ctx) => {
  const { receive_id, msg_type, content, uuid } = ctx.body as { receive_id: string; msg_type: string; content: string; uuid?: string };
  const key = uuid ? `create|${actorKey(ctx.actor)}|${uuid}` : undefined;
  const hit = uuidHit(ctx, key);
  if (hit) return messageView(ctx.state, hit);
  const { chat } = resolveReceiver(ctx, ctx.query.receive_id_type, receive_id, ctx.actor, { invalid: 230034, threadMissing: 230019 });
  memberOr(ctx, chat, 230002);
  postOr(ctx, chat);
  const m = storeMessage(ctx, { chat, sender: ctx.actor, msgType: msg_type, content });
  if (key) ctx.state.uuids.set(key, { message_id: m.message_id, at: ctx.now });
  return messageView(ctx.state, m);
};

const reply: MethodHandler<'im.messages.reply'> = (ctx) => {
  const { msg_type, content, uuid, reply_in_thread } = ctx.body as { msg_type: string; content: string; uuid?: string; reply_in_thread?: boolean };
  const parent = messageOr(ctx, ctx.path.message_id, 230001);
  const key = uuid ? `reply|${actorKey(ctx.actor)}|${uuid}` : undefined;
  const hit = uuidHit(ctx, key);
  if (hit) return messageView(ctx.state, hit);
  if (parent.nested) ctx.fail(230054, 'Messages nested inside a merged forward cannot be replied to.');
  if (parent.deleted) ctx.fail(230011, `Message ${parent.message_id} was recalled.`);
  const chat = chatOr(ctx, parent.chat_id, 230001);
  memberOr(ctx, chat, 230002);
  postOr(ctx, chat);
  if (reply_in_thread && parent.msg_type === 'merge_forward') ctx.fail(230072, 'A merged-forward message cannot start a thread.');
  const m = storeMessage(ctx, { chat, sender: ctx.actor, msgType: msg_type, content, parent, inThread: reply_in_thread === true });
  if (key) ctx.state.uuids.set(key, { message_id: m.message_id, at: ctx.now });
  return messageView(ctx.state, m);
};

const get: MethodHandler<'im.messages.get'> = (ctx) => {
  const m = messageOr(ctx, ctx.path.message_id, 230001);
  const chat = homeChat(ctx, m);
  if (!chat || !ctx.state.isMember(chat, ctx.actor)) ctx.fail(230002, 'The caller is not a member of the chat that holds this message.');
  const list = withChildren(ctx, m);
  markRead(ctx, list);
  const o = viewOpts(ctx);
  return { items: list.map((x) => messageView(ctx.state, x, o)) };
};

const mget: MethodHandler<'im.messages.mget'> = (ctx) => {
  const ids = ctx.query.message_ids as string[];
  const o = viewOpts(ctx);
  const found: MessageRec[] = [];
  for (const id of new Set(ids)) {
    const m = ctx.state.messages.get(id);
    if (!m || !canSee(ctx, m)) continue;
    found.push(m);
  }
  markRead(ctx, found);
  return { items: found.map((m) => messageView(ctx.state, m, o)) };
};

const list: MethodHandler<'im.messages.list'> = (ctx) => {
  const q = ctx.query;
  const s = ctx.state;
  let ids: string[];
  let kind: string;
  if (q.container_id_type === 'chat') {
    const chat = chatOr(ctx, q.container_id, 230001);
    memberOr(ctx, chat, 230002);
    ids = chat.msgs;
    kind = `chat:${chat.chat_id}`;
  } else {
    const thread = s.threads.get(q.container_id);
    if (!thread) return ctx.invalid('container_id', 'does not name a thread', q.container_id);
    const chat = chatOr(ctx, thread.chat_id, 230001);
    if (!s.isMember(chat, ctx.actor)) ctx.fail(230073, `The caller is not a member of the chat that holds thread ${thread.thread_id}.`);
    ids = thread.msgs;
    kind = `thread:${thread.thread_id}`;
  }
  const asc = q.sort_type !== 'ByCreateTimeDesc';
  kind += asc ? ':a' : ':d';
  const size = pageSize(ctx, 20);
  const isChat = q.container_id_type === 'chat';
  const start = isChat && q.start_time !== undefined ? Number(q.start_time) * 1000 : undefined;
  const end = isChat && q.end_time !== undefined ? Number(q.end_time) * 1000 + 999 : undefined;
  const rootsOnly = isChat && q.only_thread_root_messages === true;
  const keep = (m: MessageRec) =>
    (start === undefined || m.create_time >= start) && (end === undefined || m.create_time <= end) && (!rootsOnly || (!!m.thread_id && !m.parent_id));
  let pos: number;
  if (typeof q.page_token === 'string' && q.page_token !== '') {
    const p = decodePageToken(kind, q.page_token);
    if (p === undefined) return ctx.invalid('page_token', 'is not a page token of this listing', q.page_token);
    pos = asc ? p : p - 1;
  } else pos = asc ? 0 : ids.length - 1;
  const step = asc ? 1 : -1;
  const items: MessageRec[] = [];
  while (pos >= 0 && pos < ids.length && items.length < size) {
    const m = s.messages.get(ids[pos]!);
    pos += step;
    if (m && keep(m)) items.push(m);
  }
  let has_more = false;
  for (let i = pos; i >= 0 && i < ids.length; i += step) {
    const m = s.messages.get(ids[i]!);
    if (m && keep(m)) {
      has_more = true;
      break;
    }
  }
  markRead(ctx, items);
  const o = viewOpts(ctx);
  return {
    has_more,
    page_token: has_more ? encodePageToken(kind, asc ? pos : pos + 1) : '',
    items: items.map((m) => messageView(s, m, o)),
  };
};

const update: MethodHandler<'im.messages.update'> = (ctx) => {
  const { msg_type, content } = ctx.body as { msg_type: string; content: string };
  const m = messageOr(ctx, ctx.path.message_id, 230001);
  if (m.deleted) ctx.fail(230011, `Message ${m.message_id} was recalled.`);
  const chat = chatOr(ctx, m.chat_id, 230001);
  memberOr(ctx, chat, 230002);
  if (!(m.sender.kind === ctx.actor.kind && actorKey(m.sender) === actorKey(ctx.actor))) {
    ctx.fail(230071, 'Only the sender of a message may edit it.');
  }
  if (m.msg_type !== 'text' && m.msg_type !== 'post') ctx.fail(230054, `Only text and post messages can be edited; this one is ${m.msg_type}.`);
  if (m.edits >= 20) ctx.fail(230072, 'This message has already been edited 20 times.');
  const c = checkContent(ctx, msg_type, content, ctx.actor);
  m.msg_type = msg_type;
  m.content = c.content;
  if (c.mentions) m.mentions = c.mentions;
  else delete m.mentions;
  m.updated = true;
  m.edits++;
  m.update_time = ctx.now;
  ctx.rt.touch();
  return messageView(ctx.state, m);
};

function updateMulti(content: string): boolean {
  try {
    const o = JSON.parse(content) as { config?: { update_multi?: unknown } };
    return o?.config?.update_multi === true;
  } catch {
    return false;
  }
}

const patch: MethodHandler<'im.messages.patch'> = (ctx) => {
  const { content } = ctx.body as { content: string };
  const m = messageOr(ctx, ctx.path.message_id, 230001);
  if (m.deleted) ctx.fail(230011, `Message ${m.message_id} was recalled.`);
  chatOr(ctx, m.chat_id, 230001);
  if (actorKey(m.sender) !== actorKey(ctx.actor)) ctx.fail(230027, 'Only the sender of a card may update it.');
  if (m.msg_type !== 'interactive') ctx.invalid('message_id', `names a ${m.msg_type} message; patch only updates cards (interactive)`, m.message_id);
  if (ctx.now - m.create_time > 14 * DAY) ctx.fail(230031, 'The card is older than 14 days.');
  if (!updateMulti(m.content) || !updateMulti(content)) {
    ctx.invalid('content', 'the card config must set "update_multi": true, both in the sent card and in the update', content);
  }
  const c = checkContent(ctx, 'interactive', content, ctx.actor);
  m.content = c.content;
  m.updated = true;
  m.update_time = ctx.now;
  ctx.rt.touch();
  return {};
};

const recall: MethodHandler<'im.messages.delete'> = (ctx) => {
  const m = messageOr(ctx, ctx.path.message_id, 230001);
  if (m.deleted) ctx.fail(230110, `Message ${m.message_id} was already recalled.`);
  if (m.nested) ctx.fail(230054, 'Messages nested inside a merged forward cannot be recalled.');
  const chat = chatOr(ctx, m.chat_id, 230001);
  memberOr(ctx, chat, 230002);
  const own = actorKey(m.sender) === actorKey(ctx.actor);
  const age = ctx.now - m.create_time;
  if (own) {
    if (age > RECALL_OWN_MS) ctx.fail(230009, 'Own messages can be recalled within 24 hours of sending.');
  } else if (ctx.state.isOwnerOrManager(chat, ctx.actor)) {
    if (age > RECALL_ADMIN_MS) ctx.fail(230009, 'Owners and managers can recall messages of the last year only.');
  } else {
    ctx.fail(230026, 'Only the sender, or an owner or manager of the chat, may recall this message.');
  }
  m.deleted = true;
  m.update_time = ctx.now;
  ctx.state.pins.delete(m.message_id);
  ctx.rt.touch();
  return {};
};

const forward: MethodHandler<'im.messages.forward'> = (ctx) => {
  const src = ctx.state.messages.get(ctx.path.message_id);
  if (!src || !canSee(ctx, src)) ctx.fail(230064, `Message ${ctx.path.message_id} does not exist, or the caller cannot see it.`);
  if (src!.deleted) ctx.fail(230065, `Message ${src!.message_id} was recalled.`);
  if (NOT_FORWARDABLE.has(src!.msg_type) || src!.nested) ctx.fail(230061, `A ${src!.msg_type} message cannot be forwarded.`);
  const { receive_id } = ctx.body as { receive_id: string };
  const key = ctx.query.uuid ? `fwd|${actorKey(ctx.actor)}|${ctx.query.uuid}|${receive_id}` : undefined;
  const hit = uuidHit(ctx, key);
  if (hit) return messageView(ctx.state, hit);
  const { chat, thread } = destination(ctx, ctx.query.receive_id_type, receive_id);
  const m = storeMessage(ctx, { chat, thread, sender: ctx.actor, msgType: src!.msg_type, content: src!.content, checked: true });
  if (src!.mentions) m.mentions = src!.mentions.map((x) => ({ ...x }));
  if (src!.msg_type === 'merge_forward') nestCopies(ctx, m, withChildren(ctx, src!).slice(1));
  if (key) ctx.state.uuids.set(key, { message_id: m.message_id, at: ctx.now });
  return messageView(ctx.state, m);
};

const mergeForward: MethodHandler<'im.messages.merge_forward'> = (ctx) => {
  const s = ctx.state;
  const { receive_id, message_id_list } = ctx.body as { receive_id: string; message_id_list: string[] };
  const key = ctx.query.uuid ? `merge|${actorKey(ctx.actor)}|${ctx.query.uuid}|${receive_id}` : undefined;
  const hit = uuidHit(ctx, key);
  if (hit) return { message: messageView(s, hit), invalid_message_id_list: [] };
  const valid: MessageRec[] = [];
  const invalid: string[] = [];
  let recalled = 0;
  for (const id of new Set(message_id_list)) {
    const m = s.messages.get(id);
    if (!m || m.nested || !canSee(ctx, m) || m.msg_type === 'system') invalid.push(id);
    else if (m.deleted) {
      recalled++;
      invalid.push(id);
    } else valid.push(m);
  }
  if (valid.length === 0) {
    if (recalled > 0 && recalled === invalid.length) ctx.fail(230065, 'Every listed message was recalled.');
    ctx.fail(230064, 'None of the listed messages exists or is visible to the bot.');
  }
  if (new Set(valid.map((m) => m.chat_id)).size > 1) ctx.fail(230069, 'The listed messages come from more than one chat.');
  const threadsOf = new Set(valid.map((m) => (m.thread_id && m.parent_id ? m.thread_id : '')));
  if (threadsOf.size > 1) ctx.fail(230067, 'The listed messages mix thread replies of different threads, or thread replies with chat messages.');
  const { chat, thread } = destination(ctx, ctx.query.receive_id_type, receive_id);
  valid.sort((a, b) => a.seq - b.seq);
  const merged = storeMessage(ctx, { chat, thread, sender: ctx.actor, msgType: 'merge_forward', content: MERGED_CONTENT, checked: true });
  nestCopies(ctx, merged, valid);
  if (key) s.uuids.set(key, { message_id: merged.message_id, at: ctx.now });
  return { message: messageView(s, merged), invalid_message_id_list: invalid };
};

const readUsers: MethodHandler<'im.messages.read_users'> = (ctx) => {
  const m = messageOr(ctx, ctx.path.message_id, 230001);
  if (m.deleted) ctx.fail(230110, `Message ${m.message_id} was recalled.`);
  const chat = chatOr(ctx, m.chat_id, 230001);
  memberOr(ctx, chat, 230002);
  if (actorKey(m.sender) !== actorKey(ctx.actor)) ctx.fail(230012, 'Read receipts are only available for messages this bot sent.');
  if (ctx.now - m.create_time > 7 * DAY) ctx.fail(230033, 'The message was sent more than 7 days ago.');
  const t = uidType(ctx);
  const rows = Object.entries(m.reads)
    .sort((a, b) => a[1] - b[1])
    .map(([openId, at]) => ({ user_id_type: t ?? 'open_id', user_id: ctx.state.convertOpenId(openId, t), timestamp: ms(at), tenant_key: 'tenant_demo' }));
  const page = listPage(ctx, `read:${m.message_id}`, rows, pageSize(ctx, 20));
  return page.has_more ? page : { items: page.items, has_more: false };
};

function urgent(kind: string): Handler {
  return (ctx) => {
    const m = messageOr(ctx, ctx.path.message_id, 230001);
    if (m.deleted) ctx.fail(230110, `Message ${m.message_id} was recalled.`);
    const chat = chatOr(ctx, m.chat_id, 230001);
    memberOr(ctx, chat, 230002);
    if (actorKey(m.sender) !== actorKey(ctx.actor)) ctx.fail(230012, 'Only messages this bot sent can be marked urgent.');
    const t = ctx.query.user_id_type as string;
    const ok: string[] = [];
    const invalid: string[] = [];
    for (const id of ctx.body.user_id_list as string[]) {
      const u = ctx.state.userBy(t, id);
      if (u && chat.users.includes(u.open_id)) ok.push(u.open_id);
      else invalid.push(id);
    }
    if (ok.length > 0) {
      (m.urgent ??= []).push({ kind, user_ids: ok, at: ctx.now });
      ctx.rt.touch();
    }
    return { invalid_user_id_list: invalid };
  };
}

const followUp: MethodHandler<'im.messages.push_follow_up'> = (ctx) => {
  const m = messageOr(ctx, ctx.path.message_id, 230001);
  const chat = ctx.state.chats.get(m.chat_id);
  if (!chat || !ctx.state.isMember(chat, ctx.actor) || m.deleted || actorKey(m.sender) !== actorKey(ctx.actor)) {
    ctx.fail(230004, 'The message is not one of the bot\'s own visible messages.');
  }
  if (chat!.chat_mode !== 'p2p') ctx.fail(230003, 'Follow-up bubbles work only in one-to-one chats.');
  if (chat!.msgs[chat!.msgs.length - 1] !== m.message_id) ctx.fail(230006, 'Follow-up bubbles can only hang off the newest message of the chat.');
  if (ctx.now - m.create_time > 600_000) ctx.fail(230002, 'The message is more than 600 seconds old.');
  if (m.follow_ups && m.follow_ups.length > 0) ctx.fail(230008, 'This message already has follow-up bubbles.');
  const ups = ctx.body.follow_ups as { content: string }[];
  ups.forEach((u, i) => {
    if (!u.content.trim()) ctx.fail(230007, `follow_ups[${i}].content is empty.`);
  });
  m.follow_ups = ups;
  ctx.rt.touch();
  return {};
};

const SEARCH_TYPE: Record<string, string> = {
  text: 'text',
  post: 'post',
  image: 'image',
  file: 'file',
  audio: 'audio',
  media: 'media',
  sticker: 'sticker',
  interactive: 'card',
  share_chat: 'share_group_chat',
  share_user: 'share_user_card',
  system: 'system',
  merge_forward: 'merge_forward',
};

/** The searchable text of a message. */
function textOf(m: MessageRec): string {
  let o: unknown;
  try {
    o = JSON.parse(m.content);
  } catch {
    return m.content;
  }
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') return;
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'text' || k === 'title' || k === 'content') && typeof x === 'string') parts.push(x);
        else walk(x);
      }
    }
  };
  walk(o);
  return parts.join(' ');
}

const search: MethodHandler<'im.messages.search'> = (ctx) => {
  const s = ctx.state;
  const q = (ctx.body.query as string | undefined)?.toLowerCase().trim() ?? '';
  const f = (ctx.body.filter ?? {}) as Record<string, any>;
  const t = uidType(ctx);
  const me = ctx.actor.kind === 'user' ? ctx.actor.openId : '';
  const toOpen = (id: string) => s.userBy(t ?? 'open_id', id)?.open_id ?? id;
  const fromIds = f.from_ids ? new Set((f.from_ids as string[]).map(toOpen)) : undefined;
  const atIds = f.at_chatter_ids ? new Set((f.at_chatter_ids as string[]).map(toOpen)) : undefined;
  const chatIds = f.chat_ids ? new Set(f.chat_ids as string[]) : undefined;
  const startMs = f.time_range?.start_time ? Date.parse(f.time_range.start_time) : undefined;
  const endMs = f.time_range?.end_time ? Date.parse(f.time_range.end_time) : undefined;
  const attach = f.include_attachment_types as string[] | undefined;
  const hits: MessageRec[] = [];
  for (const chat of s.chats.values()) {
    if (chat.status !== 'normal' || !s.isMember(chat, ctx.actor)) continue;
    if (chatIds && !chatIds.has(chat.chat_id)) continue;
    if (f.chat_type === 'p2p' && chat.chat_mode !== 'p2p') continue;
    if (f.chat_type === 'group' && chat.chat_mode === 'p2p') continue;
    const ids = [...chat.msgs];
    for (const th of s.threads.values()) if (th.chat_id === chat.chat_id) ids.push(...th.msgs.slice(1));
    for (const id of ids) {
      const m = s.messages.get(id);
      if (!m || m.deleted) continue;
      const fromType = m.sender.kind === 'bot' ? 'bot' : 'user';
      const fromId = m.sender.kind === 'bot' ? m.sender.appId : m.sender.openId;
      if (f.from_types && !(f.from_types as string[]).includes(fromType)) continue;
      if (f.exclude_from_types && (f.exclude_from_types as string[]).includes(fromType)) continue;
      if (fromIds && !fromIds.has(fromId)) continue;
      if (startMs !== undefined && m.create_time < startMs) continue;
      if (endMs !== undefined && m.create_time > endMs) continue;
      if (atIds && !mentionsAll(m) && !(m.mentions ?? []).some((x) => atIds.has(x.open_id))) continue;
      if (f.is_at_me === true && !(m.mentions ?? []).some((x) => x.open_id === me)) continue;
      const text = textOf(m);
      if (attach && attach.length > 0) {
        const kinds = new Set<string>();
        if (m.msg_type === 'image' || (m.msg_type === 'post' && m.content.includes('"img"'))) kinds.add('image');
        if (m.msg_type === 'file') kinds.add('file');
        if (m.msg_type === 'media' || (m.msg_type === 'post' && m.content.includes('"media"'))) kinds.add('video');
        if (/https?:\/\//.test(text)) kinds.add('link');
        if (!attach.some((k) => kinds.has(k))) continue;
      }
      if (q && !text.toLowerCase().includes(q)) continue;
      hits.push(m);
    }
  }
  hits.sort((a, b) => b.create_time - a.create_time || b.seq - a.seq);
  const rows = hits.map((m) => {
    const chat = s.chats.get(m.chat_id)!;
    const meta: Record<string, unknown> = {
      message_id: m.message_id,
      type: SEARCH_TYPE[m.msg_type] ?? 'unknown',
      create_time: ms(m.create_time),
      update_time: ms(m.update_time),
      chat_id: m.chat_id,
      from_id: m.sender.kind === 'bot' ? m.sender.appId : s.convertOpenId(m.sender.openId, t),
      is_p2p_chat: chat.chat_mode === 'p2p',
    };
    if (m.thread_id) meta.thread_id = m.thread_id;
    const snippet = textOf(m).slice(0, 120);
    return snippet ? { id: m.message_id, display_info: snippet, meta_data: meta } : { id: m.message_id, meta_data: meta };
  });
  const page = listPage(ctx, `search:${q}`, rows, pageSize(ctx, 20), 'is not a page token of this search');
  return { items: page.items, total: rows.length, has_more: page.has_more, page_token: page.page_token };
};


/** Whether the signed-in user has read given messages (own messages count as read). */
const readStatus: MethodHandler<'im.messages.read_status'> = (ctx) => {
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

/** The handlers of im.messages, one per method of specs/im/resources/messages.yaml. */
export const messagesHandlers: ResourceHandlers<'im.messages'> = {
  'im.messages.create': create,
  'im.messages.reply': reply,
  'im.messages.get': get,
  'im.messages.mget': mget,
  'im.messages.list': list,
  'im.messages.update': update,
  'im.messages.patch': patch,
  'im.messages.delete': recall,
  'im.messages.forward': forward,
  'im.messages.merge_forward': mergeForward,
  'im.messages.read_users': readUsers,
  'im.messages.urgent_app': urgent('app'),
  'im.messages.urgent_phone': urgent('phone'),
  'im.messages.urgent_sms': urgent('sms'),
  'im.messages.push_follow_up': followUp,
  'im.messages.search': search,
  'im.messages.read_status': readStatus,
};
