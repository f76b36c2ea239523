/**
 * Every handler, by resource: one module per spec resource (`im/pins.ts` for
 * `specs/im/resources/pins.yaml`). The type makes a missing resource, method or a misnamed one a
 * compile error.
 */
import type { AllHandlers, MethodId } from '../generated/handler-types.js';
import type { Handler } from '../context.js';
import { usersHandlers } from './contact/users.js';
import { appFeedCardBatchHandlers } from './im/app_feed_card.batch.js';
import { appFeedCardHandlers } from './im/app_feed_card.js';
import { batchMessagesHandlers } from './im/batch_messages.js';
import { bizEntityTagRelationHandlers } from './im/biz_entity_tag_relation.js';
import { chatAnnouncementHandlers } from './im/chat.announcement.js';
import { chatManagersHandlers } from './im/chat.managers.js';
import { chatMembersHandlers } from './im/chat.members.js';
import { chatMenuItemsHandlers } from './im/chat.menu_items.js';
import { chatMenuTreeHandlers } from './im/chat.menu_tree.js';
import { chatModerationHandlers } from './im/chat.moderation.js';
import { chatTabsHandlers } from './im/chat.tabs.js';
import { chatTopNoticeHandlers } from './im/chat.top_notice.js';
import { chatButtonHandlers } from './im/chat_button.js';
import { chatP2pHandlers } from './im/chat_p2p.js';
import { chatsHandlers } from './im/chats.js';
import { feedCardsHandlers } from './im/feed_cards.js';
import { filesHandlers } from './im/files.js';
import { imagesHandlers } from './im/images.js';
import { messageResourcesHandlers } from './im/message.resources.js';
import { messagesHandlers } from './im/messages.js';
import { pinsHandlers } from './im/pins.js';
import { reactionsHandlers } from './im/reactions.js';
import { tagsHandlers } from './im/tags.js';
import { threadsHandlers } from './im/threads.js';
import { urlPreviewsHandlers } from './im/url_previews.js';

export const RESOURCE_HANDLERS: AllHandlers = {
  'contact.users': usersHandlers,
  'im.app_feed_card.batch': appFeedCardBatchHandlers,
  'im.app_feed_card': appFeedCardHandlers,
  'im.batch_messages': batchMessagesHandlers,
  'im.biz_entity_tag_relation': bizEntityTagRelationHandlers,
  'im.chat.announcement': chatAnnouncementHandlers,
  'im.chat.managers': chatManagersHandlers,
  'im.chat.members': chatMembersHandlers,
  'im.chat.menu_items': chatMenuItemsHandlers,
  'im.chat.menu_tree': chatMenuTreeHandlers,
  'im.chat.moderation': chatModerationHandlers,
  'im.chat.tabs': chatTabsHandlers,
  'im.chat.top_notice': chatTopNoticeHandlers,
  'im.chat_button': chatButtonHandlers,
  'im.chat_p2p': chatP2pHandlers,
  'im.chats': chatsHandlers,
  'im.feed_cards': feedCardsHandlers,
  'im.files': filesHandlers,
  'im.images': imagesHandlers,
  'im.message.resources': messageResourcesHandlers,
  'im.messages': messagesHandlers,
  'im.pins': pinsHandlers,
  'im.reactions': reactionsHandlers,
  'im.tags': tagsHandlers,
  'im.threads': threadsHandlers,
  'im.url_previews': urlPreviewsHandlers,
};

/** Every implemented method, by method id. */
export const HANDLERS: Readonly<Record<MethodId, Handler>> = Object.assign({}, ...Object.values(RESOURCE_HANDLERS));
