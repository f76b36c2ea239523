/**
 * The one event printed flattened, as the reference CLI does: `im.message.receive_v1` with the
 * message fields at the top level and its content rendered as readable text by the same renderer
 * as the read shortcuts. The platform delivers a card's content as the raw card JSON; it is
 * rendered like the others and, as in the reads' JSON output, also kept parsed under `card`.
 */
import { rawCardOf, renderContent, renderMentions } from '@larkgen/im-content';
import type { EventEnvelopeLike } from './filter.js';

interface ReceivedMessage {
  message_id?: string;
  root_id?: string;
  parent_id?: string;
  create_time?: string;
  update_time?: string;
  chat_id?: string;
  thread_id?: string;
  chat_type?: string;
  message_type?: string;
  content?: string;
  mentions?: { key?: string; id?: { open_id?: string; user_id?: string; union_id?: string }; name?: string }[];
}

interface ReceivedEvent {
  sender?: { sender_id?: { open_id?: string }; sender_type?: string };
  message?: ReceivedMessage;
}

export function flattenMessageReceived(envelope: EventEnvelopeLike): Record<string, unknown> {
  const event = envelope.event as ReceivedEvent;
  const m = event.message ?? {};
  const out: Record<string, unknown> = {
    type: envelope.header.event_type,
    event_id: envelope.header.event_id,
    timestamp: envelope.header.create_time,
    message_id: m.message_id ?? '',
    id: m.message_id ?? '',
    chat_id: m.chat_id ?? '',
    chat_type: m.chat_type ?? '',
    message_type: m.message_type ?? '',
    content: m.content === undefined ? '' : renderContent(m.message_type ?? '', m.content, m.mentions),
    sender_id: event.sender?.sender_id?.open_id ?? '',
    sender_type: event.sender?.sender_type === 'app' ? 'bot' : (event.sender?.sender_type ?? ''),
    create_time: m.create_time ?? '',
  };
  const card = rawCardOf(m.message_type ?? '', m.content);
  if (card) out.card = card;
  if (m.update_time && m.update_time !== m.create_time) out.update_time = m.update_time;
  if (m.root_id) out.root_id = m.root_id;
  if (m.parent_id) out.reply_to = m.parent_id;
  if (m.thread_id) out.thread_id = m.thread_id;
  const mentions = renderMentions(m.mentions);
  if (mentions.length > 0) out.mentions = mentions.map((x) => ({ id: x.id, key: x.key, name: x.name }));
  return out;
}
