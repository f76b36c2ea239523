// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/contact/service.yaml, specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/im/service.yaml, specs/interactive/resources/card.yaml, specs/interactive/service.yaml

import { LarkCore } from '../core/client.js';
import type { LarkClientOptions } from '../core/client.js';
import { bindLazyService } from '../core/method.js';
import type { BoundService, LazyResource } from '../core/method.js';
import type { contactService } from './contact/index.js';
import type { imService } from './im/index.js';
import type { interactiveService } from './interactive/index.js';

/** The resources of `client.contact`: where each method's module is, then the paged methods. */
const contactResources: Readonly<Record<string, LazyResource>> = {
  users: [
    {
      batch: () => import('./contact/methods/contact.users.batch.js'),
      basicBatch: () => import('./contact/methods/contact.users.basic_batch.js'),
    },
  ],
};

/** The resources of `client.im`: where each method's module is, then the paged methods. */
const imResources: Readonly<Record<string, LazyResource>> = {
  appFeedCard: [
    {
      create: () => import('./im/methods/im.app_feed_card.create.js'),
    },
  ],
  appFeedCardBatch: [
    {
      delete: () => import('./im/methods/im.app_feed_card.batch.delete.js'),
      update: () => import('./im/methods/im.app_feed_card.batch.update.js'),
    },
  ],
  batchMessages: [
    {
      delete: () => import('./im/methods/im.batch_messages.delete.js'),
      getProgress: () => import('./im/methods/im.batch_messages.get_progress.js'),
      readUser: () => import('./im/methods/im.batch_messages.read_user.js'),
    },
  ],
  bizEntityTagRelation: [
    {
      create: () => import('./im/methods/im.biz_entity_tag_relation.create.js'),
      get: () => import('./im/methods/im.biz_entity_tag_relation.get.js'),
      update: () => import('./im/methods/im.biz_entity_tag_relation.update.js'),
    },
  ],
  chatAnnouncement: [
    {
      get: () => import('./im/methods/im.chat.announcement.get.js'),
      patch: () => import('./im/methods/im.chat.announcement.patch.js'),
    },
  ],
  chatManagers: [
    {
      addManagers: () => import('./im/methods/im.chat.managers.add_managers.js'),
      deleteManagers: () => import('./im/methods/im.chat.managers.delete_managers.js'),
    },
  ],
  chatMembers: [
    {
      create: () => import('./im/methods/im.chat.members.create.js'),
      delete: () => import('./im/methods/im.chat.members.delete.js'),
      get: () => import('./im/methods/im.chat.members.get.js'),
      isInChat: () => import('./im/methods/im.chat.members.is_in_chat.js'),
      meJoin: () => import('./im/methods/im.chat.members.me_join.js'),
      list: () => import('./im/methods/im.chat.members.list.js'),
      bots: () => import('./im/methods/im.chat.members.bots.js'),
    },
    'get list bots',
  ],
  chatMenuItems: [
    {
      patch: () => import('./im/methods/im.chat.menu_items.patch.js'),
    },
  ],
  chatMenuTree: [
    {
      create: () => import('./im/methods/im.chat.menu_tree.create.js'),
      delete: () => import('./im/methods/im.chat.menu_tree.delete.js'),
      get: () => import('./im/methods/im.chat.menu_tree.get.js'),
      sort: () => import('./im/methods/im.chat.menu_tree.sort.js'),
    },
  ],
  chatModeration: [
    {
      get: () => import('./im/methods/im.chat.moderation.get.js'),
      update: () => import('./im/methods/im.chat.moderation.update.js'),
    },
    'get',
  ],
  chatNickname: [
    {
      get: () => import('./im/methods/im.chat.nickname.get.js'),
      update: () => import('./im/methods/im.chat.nickname.update.js'),
      delete: () => import('./im/methods/im.chat.nickname.delete.js'),
    },
  ],
  chatTabs: [
    {
      create: () => import('./im/methods/im.chat.tabs.create.js'),
      deleteTabs: () => import('./im/methods/im.chat.tabs.delete_tabs.js'),
      listTabs: () => import('./im/methods/im.chat.tabs.list_tabs.js'),
      sortTabs: () => import('./im/methods/im.chat.tabs.sort_tabs.js'),
      updateTabs: () => import('./im/methods/im.chat.tabs.update_tabs.js'),
    },
  ],
  chatTopNotice: [
    {
      deleteTopNotice: () => import('./im/methods/im.chat.top_notice.delete_top_notice.js'),
      putTopNotice: () => import('./im/methods/im.chat.top_notice.put_top_notice.js'),
    },
  ],
  chatUserSetting: [
    {
      batchQuery: () => import('./im/methods/im.chat.user_setting.batch_query.js'),
      batchUpdate: () => import('./im/methods/im.chat.user_setting.batch_update.js'),
    },
  ],
  chatButton: [
    {
      update: () => import('./im/methods/im.chat_button.update.js'),
    },
  ],
  chatP2p: [
    {
      batchQuery: () => import('./im/methods/im.chat_p2p.batch_query.js'),
    },
  ],
  chats: [
    {
      create: () => import('./im/methods/im.chats.create.js'),
      delete: () => import('./im/methods/im.chats.delete.js'),
      get: () => import('./im/methods/im.chats.get.js'),
      link: () => import('./im/methods/im.chats.link.js'),
      list: () => import('./im/methods/im.chats.list.js'),
      search: () => import('./im/methods/im.chats.search.js'),
      update: () => import('./im/methods/im.chats.update.js'),
      searchV2: () => import('./im/methods/im.chats.search_v2.js'),
      batchQuery: () => import('./im/methods/im.chats.batch_query.js'),
    },
    'list search searchV2',
  ],
  feedGroups: [
    {
      list: () => import('./im/methods/im.feed.groups.list.js'),
      create: () => import('./im/methods/im.feed.groups.create.js'),
      update: () => import('./im/methods/im.feed.groups.update.js'),
      delete: () => import('./im/methods/im.feed.groups.delete.js'),
      batchQuery: () => import('./im/methods/im.feed.groups.batch_query.js'),
      listItem: () => import('./im/methods/im.feed.groups.list_item.js'),
      batchQueryItem: () => import('./im/methods/im.feed.groups.batch_query_item.js'),
      batchAddItem: () => import('./im/methods/im.feed.groups.batch_add_item.js'),
      batchRemoveItem: () => import('./im/methods/im.feed.groups.batch_remove_item.js'),
    },
    'list listItem',
  ],
  feedCards: [
    {
      botTimeSentive: () => import('./im/methods/im.feed_cards.bot_time_sentive.js'),
      patch: () => import('./im/methods/im.feed_cards.patch.js'),
    },
  ],
  feedShortcuts: [
    {
      create: () => import('./im/methods/im.feed_shortcuts.create.js'),
      remove: () => import('./im/methods/im.feed_shortcuts.remove.js'),
      list: () => import('./im/methods/im.feed_shortcuts.list.js'),
    },
  ],
  files: [
    {
      create: () => import('./im/methods/im.files.create.js'),
      get: () => import('./im/methods/im.files.get.js'),
    },
  ],
  flags: [
    {
      create: () => import('./im/methods/im.flags.create.js'),
      cancel: () => import('./im/methods/im.flags.cancel.js'),
      list: () => import('./im/methods/im.flags.list.js'),
    },
    'list',
  ],
  images: [
    {
      create: () => import('./im/methods/im.images.create.js'),
      get: () => import('./im/methods/im.images.get.js'),
    },
  ],
  messageResources: [
    {
      get: () => import('./im/methods/im.message.resources.get.js'),
    },
  ],
  messages: [
    {
      create: () => import('./im/methods/im.messages.create.js'),
      delete: () => import('./im/methods/im.messages.delete.js'),
      forward: () => import('./im/methods/im.messages.forward.js'),
      get: () => import('./im/methods/im.messages.get.js'),
      list: () => import('./im/methods/im.messages.list.js'),
      mergeForward: () => import('./im/methods/im.messages.merge_forward.js'),
      patch: () => import('./im/methods/im.messages.patch.js'),
      pushFollowUp: () => import('./im/methods/im.messages.push_follow_up.js'),
      readUsers: () => import('./im/methods/im.messages.read_users.js'),
      readStatus: () => import('./im/methods/im.messages.read_status.js'),
      reply: () => import('./im/methods/im.messages.reply.js'),
      update: () => import('./im/methods/im.messages.update.js'),
      urgentApp: () => import('./im/methods/im.messages.urgent_app.js'),
      urgentPhone: () => import('./im/methods/im.messages.urgent_phone.js'),
      urgentSms: () => import('./im/methods/im.messages.urgent_sms.js'),
      search: () => import('./im/methods/im.messages.search.js'),
      mget: () => import('./im/methods/im.messages.mget.js'),
    },
    'list readUsers search',
  ],
  pins: [
    {
      create: () => import('./im/methods/im.pins.create.js'),
      delete: () => import('./im/methods/im.pins.delete.js'),
      list: () => import('./im/methods/im.pins.list.js'),
    },
    'list',
  ],
  reactions: [
    {
      create: () => import('./im/methods/im.reactions.create.js'),
      delete: () => import('./im/methods/im.reactions.delete.js'),
      list: () => import('./im/methods/im.reactions.list.js'),
      batchQuery: () => import('./im/methods/im.reactions.batch_query.js'),
    },
    'list',
  ],
  tags: [
    {
      create: () => import('./im/methods/im.tags.create.js'),
      patch: () => import('./im/methods/im.tags.patch.js'),
    },
  ],
  threads: [
    {
      forward: () => import('./im/methods/im.threads.forward.js'),
    },
  ],
  urlPreviews: [
    {
      batchUpdate: () => import('./im/methods/im.url_previews.batch_update.js'),
    },
  ],
};

/** The resources of `client.interactive`: where each method's module is, then the paged methods. */
const interactiveResources: Readonly<Record<string, LazyResource>> = {
  card: [
    {
      update: () => import('./interactive/methods/interactive.card.update.js'),
    },
  ],
};

/**
 * The Lark / Feishu client: one namespace per service, one object per resource, one function per
 * method, named after the spec ids in camelCase (`client.im.chatMembers.get`). A resource's code
 * loads on its first call, so a bundled application carries only the resources it calls.
 *
 * ```ts
 * const client = new LarkClient({ appId, appSecret, brand: 'feishu' });
 * const msg = await client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_…', msg_type: 'text', content: JSON.stringify({ text: 'hi' }) } });
 * ```
 */
export class LarkClient extends LarkCore {
  /**
   * Contacts: The small part of the contact directory that the IM tools need: looking up users' names
   * from their ids, so that message senders and mentions can be shown as people rather than ids.
   */
  readonly contact: BoundService<typeof contactService>;
  /**
   * Instant messaging: Messages, group chats and everything attached to them on the Lark / Feishu Open
   * Platform: sending and reading messages, threads, reactions, pins, uploaded images and files, chat
   * membership and settings, and the v2 feed cards, tags and link previews.
   */
  readonly im: BoundService<typeof imService>;
  /**
   * Message cards: Card interactions that are not tied to a message id: when someone presses a button or
   * submits a form in a card, the app receives a card.action.trigger callback carrying a short-lived
   * token, and can replace the card later with that token instead of answering within the callback's
   * three seconds.
   */
  readonly interactive: BoundService<typeof interactiveService>;

  constructor(options: LarkClientOptions) {
    // The hints are loaded on the first error only: they are most of the data and rarely needed.
    super({ errorHints: { load: () => import('./error-hints.js').then((m) => m.errorHints) }, ...options });
    this.contact = bindLazyService<typeof contactService>(this, contactResources);
    this.im = bindLazyService<typeof imService>(this, imResources);
    this.interactive = bindLazyService<typeof interactiveService>(this, interactiveResources);
  }
}
