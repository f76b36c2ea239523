// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/contact/service.yaml, specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/im/service.yaml, specs/interactive/resources/card.yaml, specs/interactive/service.yaml

import { LarkCore } from '../core/client.js';
import type { LarkClientOptions } from '../core/client.js';
import { bindLazyService } from '../core/method.js';
import type { BoundService, LazyResource } from '../core/method.js';
import type { contactService } from './contact/index.js';
import type { imService } from './im/index.js';
import type { interactiveService } from './interactive/index.js';

/** The resources of `client.contact`: where each one's module is, and its methods. */
const contactResources: Readonly<Record<string, LazyResource>> = {
  users: {
    load: () => import('./contact/users.js').then((m) => m.contactUsers),
    methods: ['batch', 'basicBatch'],
  },
};

/** The resources of `client.im`: where each one's module is, and its methods. */
const imResources: Readonly<Record<string, LazyResource>> = {
  appFeedCard: {
    load: () => import('./im/app_feed_card.js').then((m) => m.imAppFeedCard),
    methods: ['create'],
  },
  appFeedCardBatch: {
    load: () => import('./im/app_feed_card.batch.js').then((m) => m.imAppFeedCardBatch),
    methods: ['delete', 'update'],
  },
  batchMessages: {
    load: () => import('./im/batch_messages.js').then((m) => m.imBatchMessages),
    methods: ['delete', 'getProgress', 'readUser'],
  },
  bizEntityTagRelation: {
    load: () => import('./im/biz_entity_tag_relation.js').then((m) => m.imBizEntityTagRelation),
    methods: ['create', 'get', 'update'],
  },
  chatAnnouncement: {
    load: () => import('./im/chat.announcement.js').then((m) => m.imChatAnnouncement),
    methods: ['get', 'patch'],
  },
  chatManagers: {
    load: () => import('./im/chat.managers.js').then((m) => m.imChatManagers),
    methods: ['addManagers', 'deleteManagers'],
  },
  chatMembers: {
    load: () => import('./im/chat.members.js').then((m) => m.imChatMembers),
    methods: ['create', 'delete', 'isInChat', 'meJoin'],
    paged: ['get', 'list'],
  },
  chatMenuItems: {
    load: () => import('./im/chat.menu_items.js').then((m) => m.imChatMenuItems),
    methods: ['patch'],
  },
  chatMenuTree: {
    load: () => import('./im/chat.menu_tree.js').then((m) => m.imChatMenuTree),
    methods: ['create', 'delete', 'get', 'sort'],
  },
  chatModeration: {
    load: () => import('./im/chat.moderation.js').then((m) => m.imChatModeration),
    methods: ['update'],
    paged: ['get'],
  },
  chatNickname: {
    load: () => import('./im/chat.nickname.js').then((m) => m.imChatNickname),
    methods: ['get', 'update', 'delete'],
  },
  chatTabs: {
    load: () => import('./im/chat.tabs.js').then((m) => m.imChatTabs),
    methods: ['create', 'deleteTabs', 'listTabs', 'sortTabs', 'updateTabs'],
  },
  chatTopNotice: {
    load: () => import('./im/chat.top_notice.js').then((m) => m.imChatTopNotice),
    methods: ['deleteTopNotice', 'putTopNotice'],
  },
  chatUserSetting: {
    load: () => import('./im/chat.user_setting.js').then((m) => m.imChatUserSetting),
    methods: ['batchQuery', 'batchUpdate'],
  },
  chatButton: {
    load: () => import('./im/chat_button.js').then((m) => m.imChatButton),
    methods: ['update'],
  },
  chatP2p: {
    load: () => import('./im/chat_p2p.js').then((m) => m.imChatP2p),
    methods: ['batchQuery'],
  },
  chats: {
    load: () => import('./im/chats.js').then((m) => m.imChats),
    methods: ['create', 'delete', 'get', 'link', 'update', 'batchQuery'],
    paged: ['list', 'search', 'searchV2'],
  },
  feedGroups: {
    load: () => import('./im/feed.groups.js').then((m) => m.imFeedGroups),
    methods: ['create', 'update', 'delete', 'batchQuery', 'batchQueryItem', 'batchAddItem', 'batchRemoveItem'],
    paged: ['list', 'listItem'],
  },
  feedCards: {
    load: () => import('./im/feed_cards.js').then((m) => m.imFeedCards),
    methods: ['botTimeSentive', 'patch'],
  },
  feedShortcuts: {
    load: () => import('./im/feed_shortcuts.js').then((m) => m.imFeedShortcuts),
    methods: ['create', 'remove', 'list'],
  },
  files: {
    load: () => import('./im/files.js').then((m) => m.imFiles),
    methods: ['create', 'get'],
  },
  flags: {
    load: () => import('./im/flags.js').then((m) => m.imFlags),
    methods: ['create', 'cancel'],
    paged: ['list'],
  },
  images: {
    load: () => import('./im/images.js').then((m) => m.imImages),
    methods: ['create', 'get'],
  },
  messageResources: {
    load: () => import('./im/message.resources.js').then((m) => m.imMessageResources),
    methods: ['get'],
  },
  messages: {
    load: () => import('./im/messages.js').then((m) => m.imMessages),
    methods: ['create', 'delete', 'forward', 'get', 'mergeForward', 'patch', 'pushFollowUp', 'readStatus', 'reply', 'update', 'urgentApp', 'urgentPhone', 'urgentSms', 'mget'],
    paged: ['list', 'readUsers', 'search'],
  },
  pins: {
    load: () => import('./im/pins.js').then((m) => m.imPins),
    methods: ['create', 'delete'],
    paged: ['list'],
  },
  reactions: {
    load: () => import('./im/reactions.js').then((m) => m.imReactions),
    methods: ['create', 'delete', 'batchQuery'],
    paged: ['list'],
  },
  tags: {
    load: () => import('./im/tags.js').then((m) => m.imTags),
    methods: ['create', 'patch'],
  },
  threads: {
    load: () => import('./im/threads.js').then((m) => m.imThreads),
    methods: ['forward'],
  },
  urlPreviews: {
    load: () => import('./im/url_previews.js').then((m) => m.imUrlPreviews),
    methods: ['batchUpdate'],
  },
};

/** The resources of `client.interactive`: where each one's module is, and its methods. */
const interactiveResources: Readonly<Record<string, LazyResource>> = {
  card: {
    load: () => import('./interactive/card.js').then((m) => m.interactiveCard),
    methods: ['update'],
  },
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
