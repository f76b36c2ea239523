// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/im/events/card.action.trigger.yaml, specs/im/events/im.chat.disbanded_v1.yaml, specs/im/events/im.chat.member.bot.added_v1.yaml, specs/im/events/im.chat.member.bot.deleted_v1.yaml, specs/im/events/im.chat.member.user.added_v1.yaml, specs/im/events/im.chat.member.user.deleted_v1.yaml, specs/im/events/im.chat.member.user.withdrawn_v1.yaml, specs/im/events/im.chat.updated_v1.yaml, specs/im/events/im.message.message_read_v1.yaml, specs/im/events/im.message.reaction.created_v1.yaml, specs/im/events/im.message.reaction.deleted_v1.yaml, specs/im/events/im.message.recalled_v1.yaml, specs/im/events/im.message.receive_v1.yaml

import type { ImEventMap, ImCallbackAnswerMap } from './im/events.js';
export type * from './im/events.js';

/** The payload type of every event and callback, by key (`header.event_type`). */
export interface EventMap extends ImEventMap {}

/** The answer type of every callback, by key. */
export interface CallbackAnswerMap extends ImCallbackAnswerMap {}

/** An event or callback key, e.g. `im.message.receive_v1`. */
export type EventKey = keyof EventMap;

/** A callback key (the platform waits for an answer). */
export type CallbackKey = keyof CallbackAnswerMap;

/** Every event's kind, by key: a `callback` is answered within 3 s, an `event` is acknowledged. */
export const eventKinds = {
  'card.action.trigger': 'callback',
  'im.chat.disbanded_v1': 'event',
  'im.chat.member.bot.added_v1': 'event',
  'im.chat.member.bot.deleted_v1': 'event',
  'im.chat.member.user.added_v1': 'event',
  'im.chat.member.user.deleted_v1': 'event',
  'im.chat.member.user.withdrawn_v1': 'event',
  'im.chat.updated_v1': 'event',
  'im.message.message_read_v1': 'event',
  'im.message.reaction.created_v1': 'event',
  'im.message.reaction.deleted_v1': 'event',
  'im.message.recalled_v1': 'event',
  'im.message.receive_v1': 'event',
} as const satisfies Readonly<Record<EventKey, 'event' | 'callback'>>;
