/**
 * `POST /__emulator/messages`: stores a message the way the platform's clients create it, for
 * the message types the API cannot send (vote, todo, hongbao, location, calendar and video-call
 * invitations, system messages, stickers, …). The content is any JSON object, kept as given; the
 * sender is a member of the chat (a user by open_id, or the app's bot). It can be a thread reply,
 * also sent to the chat (the two messages then carry sync_to_chat_info). No event is delivered.
 * Tests and demos use it to read every message type through the normal read methods.
 */
import type { Internals } from './internals.js';
import { messageRecord, openThread } from './handlers/common.js';
import type { Actor } from './state.js';

/** The body of the route. */
export interface PlantRequest {
  readonly chat_id?: unknown;
  readonly msg_type?: unknown;
  /** The content object, or its JSON text. */
  readonly content?: unknown;
  /** open_id of the sending user, or "bot" for the app's bot (default). */
  readonly as?: unknown;
  /** Post as a reply in the thread of this message of the same chat (the thread is started if needed). */
  readonly reply_to?: unknown;
  /** With reply_to: also send the reply to the chat, as clients offer ("also send to chat"). */
  readonly also_to_chat?: unknown;
}

/** Stores the message and returns its id, or a reason the request was refused. */
export function plantMessage(it: Internals, b: PlantRequest): { message_id: string } | { error: string } {
  const s = it.rt.state;
  const chat = typeof b.chat_id === 'string' ? s.chats.get(b.chat_id) : undefined;
  if (!chat) return { error: `no chat ${String(b.chat_id)}; give chat_id of an existing chat` };
  if (typeof b.msg_type !== 'string' || !/^[a-z_]+$/.test(b.msg_type)) return { error: 'msg_type must be a message type name such as vote or todo' };
  let content: string;
  try {
    const parsed: unknown = typeof b.content === 'string' ? JSON.parse(b.content) : b.content;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    content = JSON.stringify(parsed);
  } catch {
    return { error: 'content must be a JSON object (or its JSON text)' };
  }
  const sender: Actor = b.as === undefined || b.as === 'bot' ? { kind: 'bot', appId: s.app.app_id } : { kind: 'user', openId: String(b.as) };
  if (sender.kind === 'user' && !s.users.has(sender.openId)) return { error: `no user ${sender.openId}` };
  if (!s.isMember(chat, sender)) return { error: `${sender.kind === 'bot' ? 'the bot' : String(b.as)} is not a member of ${chat.chat_id}` };
  const parent = b.reply_to === undefined ? undefined : s.messages.get(String(b.reply_to));
  if (b.reply_to !== undefined && (!parent || parent.chat_id !== chat.chat_id || parent.nested || parent.deleted)) {
    return { error: `reply_to must name a message of ${chat.chat_id} that is not recalled or nested` };
  }
  if (b.also_to_chat !== undefined && (typeof b.also_to_chat !== 'boolean' || !parent)) return { error: 'also_to_chat is true or false, and only goes with reply_to' };
  const now = it.rt.now();
  const record = () => {
    const m = messageRecord(s, { chat_id: chat.chat_id, msg_type: b.msg_type as string, content, sender }, now);
    s.messages.set(m.message_id, m);
    return m;
  };
  const m = record();
  if (parent) {
    const thread = openThread(s, (parent.root_id && s.messages.get(parent.root_id)) || parent);
    Object.assign(m, { root_id: thread.root_id, parent_id: thread.root_id, thread_id: thread.thread_id });
    thread.msgs.push(m.message_id);
    if (b.also_to_chat === true) {
      const copy = record();
      chat.msgs.push(copy.message_id);
      m.sync_to_chat = { type: 1, related_message_id: copy.message_id, thread_id: thread.thread_id };
      copy.sync_to_chat = { type: 2, related_message_id: m.message_id, thread_id: thread.thread_id };
    }
  } else {
    chat.msgs.push(m.message_id);
  }
  chat.last_message_time = now;
  it.rt.touch();
  return { message_id: m.message_id };
}
