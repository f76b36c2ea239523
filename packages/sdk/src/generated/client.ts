// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/contact/service.yaml, specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/im/service.yaml, specs/interactive/resources/card.yaml, specs/interactive/service.yaml

import { LarkCore } from '../core/client.js';
import type { LarkClientOptions } from '../core/client.js';
import { bindLazyService } from '../core/method.js';
import type { BoundService, LazyResource } from '../core/method.js';
import type { contactService } from './contact/index.js';
import type { imService } from './im/index.js';
import type { interactiveService } from './interactive/index.js';

/** The resources of `client.contact`: where each one's module is, its methods, its paged methods. */
const contactResources: Readonly<Record<string, LazyResource>> = {
  users: [
    () => import('./contact/users.js'),
    'batch basicBatch',
  ],
};

/** The resources of `client.im`: where each one's module is, its methods, its paged methods. */
const imResources: Readonly<Record<string, LazyResource>> = {
  appFeedCard: [
    () => import('./im/app_feed_card.js'),
    'create',
  ],
  appFeedCardBatch: [
    () => import('./im/app_feed_card.batch.js'),
    'delete update',
  ],
  batchMessages: [
    () => import('./im/batch_messages.js'),
    'delete getProgress readUser',
  ],
  bizEntityTagRelation: [
    () => import('./im/biz_entity_tag_relation.js'),
    'create get update',
  ],
  chatAnnouncement: [
    () => import('./im/chat.announcement.js'),
    'get patch',
  ],
  chatManagers: [
    () => import('./im/chat.managers.js'),
    'addManagers deleteManagers',
  ],
  chatMembers: [
    () => import('./im/chat.members.js'),
    'create delete isInChat meJoin',
    'get list bots',
  ],
  chatMenuItems: [
    () => import('./im/chat.menu_items.js'),
    'patch',
  ],
  chatMenuTree: [
    () => import('./im/chat.menu_tree.js'),
    'create delete get sort',
  ],
  chatModeration: [
    () => import('./im/chat.moderation.js'),
    'update',
    'get',
  ],
  chatNickname: [
    () => import('./im/chat.nickname.js'),
    'get update delete',
  ],
  chatTabs: [
    () => import('./im/chat.tabs.js'),
    'create deleteTabs listTabs sortTabs updateTabs',
  ],
  chatTopNotice: [
    () => import('./im/chat.top_notice.js'),
    'deleteTopNotice putTopNotice',
  ],
  chatUserSetting: [
    () => import('./im/chat.user_setting.js'),
    'batchQuery batchUpdate',
  ],
  chatButton: [
    () => import('./im/chat_button.js'),
    'update',
  ],
  chatP2p: [
    () => import('./im/chat_p2p.js'),
    'batchQuery',
  ],
  chats: [
    () => import('./im/chats.js'),
    'create delete get link update batchQuery',
    'list search searchV2',
  ],
  feedGroups: [
    () => import('./im/feed.groups.js'),
    'create update delete batchQuery batchQueryItem batchAddItem batchRemoveItem',
    'list listItem',
  ],
  feedCards: [
    () => import('./im/feed_cards.js'),
    'botTimeSentive patch',
  ],
  feedShortcuts: [
    () => import('./im/feed_shortcuts.js'),
    'create remove list',
  ],
  files: [
    () => import('./im/files.js'),
    'create get',
  ],
  flags: [
    () => import('./im/flags.js'),
    'create cancel',
    'list',
  ],
  images: [
    () => import('./im/images.js'),
    'create get',
  ],
  messageResources: [
    () => import('./im/message.resources.js'),
    'get',
  ],
  messages: [
    () => import('./im/messages.js'),
    'create delete forward get mergeForward patch pushFollowUp readStatus reply update urgentApp urgentPhone urgentSms mget',
    'list readUsers search',
  ],
  pins: [
    () => import('./im/pins.js'),
    'create delete',
    'list',
  ],
  reactions: [
    () => import('./im/reactions.js'),
    'create delete batchQuery',
    'list',
  ],
  tags: [
    () => import('./im/tags.js'),
    'create patch',
  ],
  threads: [
    () => import('./im/threads.js'),
    'forward',
  ],
  urlPreviews: [
    () => import('./im/url_previews.js'),
    'batchUpdate',
  ],
};

/** The resources of `client.interactive`: where each one's module is, its methods, its paged methods. */
const interactiveResources: Readonly<Record<string, LazyResource>> = {
  card: [
    () => import('./interactive/card.js'),
    'update',
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
