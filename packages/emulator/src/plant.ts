/**
 * `POST /__emulator/messages`: stores a message the way the platform's clients create it, for
 * the message types the API cannot send (vote, todo, hongbao, location, calendar and video-call
 * invitations, system messages, stickers, …). The content is any JSON object, kept as given; the
 * sender is a member of the chat (a user by open_id, or the app's bot). No event is delivered.
 * Tests and demos use it to read every message type through the normal read methods.
 */
import type { Internals } from './internals.js';
import { messageRecord } from './handlers/common.js';
import type { Actor } from './state.js';

/** The body of the route. */
export interface PlantRequest {
  readonly chat_id?: unknown;
  readonly msg_type?: unknown;
  /** The content object, or its JSON text. */
  readonly content?: unknown;
  /** open_id of the sending user, or "bot" for the app's bot (default). */
  readonly as?: unknown;
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
  const now = it.rt.now();
  const m = messageRecord(s, { chat_id: chat.chat_id, msg_type: b.msg_type, content, sender }, now);
  s.messages.set(m.message_id, m);
  chat.msgs.push(m.message_id);
  chat.last_message_time = now;
  it.rt.touch();
  return { message_id: m.message_id };
}
