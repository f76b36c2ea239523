// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/im/events/card.action.trigger.yaml, specs/im/events/im.chat.disbanded_v1.yaml, specs/im/events/im.chat.member.bot.added_v1.yaml, specs/im/events/im.chat.member.bot.deleted_v1.yaml, specs/im/events/im.chat.member.user.added_v1.yaml, specs/im/events/im.chat.member.user.deleted_v1.yaml, specs/im/events/im.chat.member.user.withdrawn_v1.yaml, specs/im/events/im.chat.updated_v1.yaml, specs/im/events/im.message.message_read_v1.yaml, specs/im/events/im.message.reaction.created_v1.yaml, specs/im/events/im.message.reaction.deleted_v1.yaml, specs/im/events/im.message.recalled_v1.yaml, specs/im/events/im.message.receive_v1.yaml

import type { CardAction, CardActionContext, CardActionOperator, CardToast, EventChatSnapshot, EventChatUser, EventMessage, EventModeratorList, EventReactionType, EventReader, EventSender, I18nNames, UserIdSet } from './schemas.js';

/**
 * Payload of `card.action.trigger` (the envelope's `event`): A user clicked or submitted an
 * interactive element of a card the app sent.
 */
export interface CardActionTriggerEvent {
  /** Who acted. */
  operator: CardActionOperator;
  /**
   * Token for updating the card later (POST /open-apis/interactive/v1/card/update); valid 30 minutes,
   * usable twice.
   */
  token: string;
  /** What was done and the element's values. */
  action: CardAction;
  /** Where the card is shown. */
  host?: 'im_message' | 'im_top_notice';
  /** The message and chat holding the card. */
  context: CardActionContext;
}

/** What a `card.action.trigger` handler may answer. */
export interface CardActionTriggerAnswer {
  /** A short notice shown to the user. */
  toast?: CardToast;
  /** A card replacing the clicked one. */
  card?: CardActionTriggerAnswerCard;
}

export interface CardActionTriggerAnswerCard {
  /** raw = the card JSON in data; template = a card template id and variables in data. */
  type: 'raw' | 'template';
  /** The card (raw) or the template reference (template). */
  data: Record<string, unknown>;
}

/** Payload of `im.chat.disbanded_v1` (the envelope's `event`): A chat the bot belongs to was disbanded. */
export interface ImChatDisbandedV1Event {
  /** The chat (oc_…). */
  chat_id: string;
  /** Who made the change. */
  operator_id?: UserIdSet;
  /** True when the chat includes people of other tenants. */
  external?: boolean;
  /** Key of the operator's tenant. */
  operator_tenant_key?: string;
  /** The chat name. */
  name?: string;
  /** The chat name per client language. */
  i18n_names?: I18nNames;
}

/** Payload of `im.chat.member.bot.added_v1` (the envelope's `event`): The bot was added to a chat. */
export interface ImChatMemberBotAddedV1Event {
  /** The chat (oc_…). */
  chat_id: string;
  /** Who made the change. */
  operator_id?: UserIdSet;
  /** True when the chat includes people of other tenants. */
  external?: boolean;
  /** Key of the operator's tenant. */
  operator_tenant_key?: string;
  /** The chat name. */
  name?: string;
  /** The chat name per client language. */
  i18n_names?: I18nNames;
}

/**
 * Payload of `im.chat.member.bot.deleted_v1` (the envelope's `event`): The bot was removed from a
 * chat.
 */
export interface ImChatMemberBotDeletedV1Event {
  /** The chat (oc_…). */
  chat_id: string;
  /** Who made the change. */
  operator_id?: UserIdSet;
  /** True when the chat includes people of other tenants. */
  external?: boolean;
  /** Key of the operator's tenant. */
  operator_tenant_key?: string;
  /** The chat name. */
  name?: string;
  /** The chat name per client language. */
  i18n_names?: I18nNames;
}

/**
 * Payload of `im.chat.member.user.added_v1` (the envelope's `event`): Users joined a chat the bot
 * belongs to.
 */
export interface ImChatMemberUserAddedV1Event {
  /** The chat (oc_…). */
  chat_id: string;
  /** Who made the change. */
  operator_id?: UserIdSet;
  /** True when the chat includes people of other tenants. */
  external?: boolean;
  /** Key of the operator's tenant. */
  operator_tenant_key?: string;
  /** The chat name. */
  name?: string;
  /** The chat name per client language. */
  i18n_names?: I18nNames;
  /** The users concerned. */
  users: EventChatUser[];
}

/**
 * Payload of `im.chat.member.user.deleted_v1` (the envelope's `event`): Users were removed from a chat
 * the bot belongs to.
 */
export interface ImChatMemberUserDeletedV1Event {
  /** The chat (oc_…). */
  chat_id: string;
  /** Who made the change. */
  operator_id?: UserIdSet;
  /** True when the chat includes people of other tenants. */
  external?: boolean;
  /** Key of the operator's tenant. */
  operator_tenant_key?: string;
  /** The chat name. */
  name?: string;
  /** The chat name per client language. */
  i18n_names?: I18nNames;
  /** The users concerned. */
  users: EventChatUser[];
}

/**
 * Payload of `im.chat.member.user.withdrawn_v1` (the envelope's `event`): An invitation to a chat the
 * bot belongs to was withdrawn.
 */
export interface ImChatMemberUserWithdrawnV1Event {
  /** The chat (oc_…). */
  chat_id: string;
  /** Who made the change. */
  operator_id?: UserIdSet;
  /** True when the chat includes people of other tenants. */
  external?: boolean;
  /** Key of the operator's tenant. */
  operator_tenant_key?: string;
  /** The chat name. */
  name?: string;
  /** The chat name per client language. */
  i18n_names?: I18nNames;
  /** The users concerned. */
  users: EventChatUser[];
}

/**
 * Payload of `im.chat.updated_v1` (the envelope's `event`): The settings of a chat the bot belongs to
 * changed.
 */
export interface ImChatUpdatedV1Event {
  /** The chat (oc_…). */
  chat_id: string;
  /** Who made the change. */
  operator_id?: UserIdSet;
  /** True when the chat includes people of other tenants. */
  external?: boolean;
  /** Key of the operator's tenant. */
  operator_tenant_key?: string;
  /** The changed settings as they were. */
  before_change?: EventChatSnapshot;
  /** The changed settings as they are now. */
  after_change?: EventChatSnapshot;
  /** Changes to who may post, when posting is restricted to a list. */
  moderator_list?: EventModeratorList;
}

/**
 * Payload of `im.message.message_read_v1` (the envelope's `event`): A user read messages the bot sent
 * in a one-to-one chat.
 */
export interface ImMessageMessageReadV1Event {
  /** Who read the messages, and when. */
  reader: EventReader;
  /** The messages read (om_… ids). */
  message_id_list: string[];
}

/**
 * Payload of `im.message.reaction.created_v1` (the envelope's `event`): A user or app added an emoji
 * reaction to a message.
 */
export interface ImMessageReactionCreatedV1Event {
  /** The message (om_…) reacted to. */
  message_id: string;
  /** The emoji. */
  reaction_type: EventReactionType;
  /** Whether a user or an app reacted. */
  operator_type: 'user' | 'app';
  /** The reacting user's ids, when operator_type is user. */
  user_id?: UserIdSet;
  /** The reacting app's id, when operator_type is app. */
  app_id?: string;
  /**
   * When the reaction changed, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  action_time: string;
}

/**
 * Payload of `im.message.reaction.deleted_v1` (the envelope's `event`): A user or app removed an emoji
 * reaction from a message.
 */
export interface ImMessageReactionDeletedV1Event {
  /** The message (om_…) reacted to. */
  message_id: string;
  /** The emoji. */
  reaction_type: EventReactionType;
  /** Whether a user or an app reacted. */
  operator_type: 'user' | 'app';
  /** The reacting user's ids, when operator_type is user. */
  user_id?: UserIdSet;
  /** The reacting app's id, when operator_type is app. */
  app_id?: string;
  /**
   * When the reaction changed, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  action_time: string;
}

/**
 * Payload of `im.message.recalled_v1` (the envelope's `event`): A message was recalled in a chat the
 * bot belongs to.
 */
export interface ImMessageRecalledV1Event {
  /** The recalled message (om_…). */
  message_id: string;
  /** The chat (oc_…) it was in. */
  chat_id: string;
  /**
   * When it was recalled, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  recall_time: string;
  /**
   * Who recalled it.
   *
   * - `message_owner`: the sender
   * - `group_owner`: the chat owner
   * - `group_manager`: a chat manager
   * - `enterprise_manager`: a tenant administrator
   */
  recall_type: 'message_owner' | 'group_owner' | 'group_manager' | 'enterprise_manager';
}

/**
 * Payload of `im.message.receive_v1` (the envelope's `event`): A message reached the bot (one-to-one,
 * or in a group the bot is in).
 */
export interface ImMessageReceiveV1Event {
  /** Who sent the message. */
  sender: EventSender;
  /** The message. */
  message: EventMessage;
}

/** The payload type of every Instant messaging event and callback, by key. */
export interface ImEventMap {
  /** A user clicked or submitted an interactive element of a card the app sent */
  'card.action.trigger': CardActionTriggerEvent;
  /** A chat the bot belongs to was disbanded */
  'im.chat.disbanded_v1': ImChatDisbandedV1Event;
  /** The bot was added to a chat */
  'im.chat.member.bot.added_v1': ImChatMemberBotAddedV1Event;
  /** The bot was removed from a chat */
  'im.chat.member.bot.deleted_v1': ImChatMemberBotDeletedV1Event;
  /** Users joined a chat the bot belongs to */
  'im.chat.member.user.added_v1': ImChatMemberUserAddedV1Event;
  /** Users were removed from a chat the bot belongs to */
  'im.chat.member.user.deleted_v1': ImChatMemberUserDeletedV1Event;
  /** An invitation to a chat the bot belongs to was withdrawn */
  'im.chat.member.user.withdrawn_v1': ImChatMemberUserWithdrawnV1Event;
  /** The settings of a chat the bot belongs to changed */
  'im.chat.updated_v1': ImChatUpdatedV1Event;
  /** A user read messages the bot sent in a one-to-one chat */
  'im.message.message_read_v1': ImMessageMessageReadV1Event;
  /** A user or app added an emoji reaction to a message */
  'im.message.reaction.created_v1': ImMessageReactionCreatedV1Event;
  /** A user or app removed an emoji reaction from a message */
  'im.message.reaction.deleted_v1': ImMessageReactionDeletedV1Event;
  /** A message was recalled in a chat the bot belongs to */
  'im.message.recalled_v1': ImMessageRecalledV1Event;
  /** A message reached the bot (one-to-one, or in a group the bot is in) */
  'im.message.receive_v1': ImMessageReceiveV1Event;
}

/** The answer type of every Instant messaging callback, by key. */
export interface ImCallbackAnswerMap {
  /** A user clicked or submitted an interactive element of a card the app sent */
  'card.action.trigger': CardActionTriggerAnswer;
}
