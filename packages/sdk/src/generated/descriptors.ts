// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/interactive/resources/card.yaml

import type { MethodDescriptor } from '../core/types.js';
import { contactUsersBatchDescriptor, contactUsersBasicBatchDescriptor } from './contact/descriptors/users.js';
import { imAppFeedCardCreateDescriptor } from './im/descriptors/app_feed_card.js';
import { imAppFeedCardBatchDeleteDescriptor, imAppFeedCardBatchUpdateDescriptor } from './im/descriptors/app_feed_card.batch.js';
import { imBatchMessagesDeleteDescriptor, imBatchMessagesGetProgressDescriptor, imBatchMessagesReadUserDescriptor } from './im/descriptors/batch_messages.js';
import { imBizEntityTagRelationCreateDescriptor, imBizEntityTagRelationGetDescriptor, imBizEntityTagRelationUpdateDescriptor } from './im/descriptors/biz_entity_tag_relation.js';
import { imChatAnnouncementGetDescriptor, imChatAnnouncementPatchDescriptor } from './im/descriptors/chat.announcement.js';
import { imChatManagersAddManagersDescriptor, imChatManagersDeleteManagersDescriptor } from './im/descriptors/chat.managers.js';
import { imChatMembersCreateDescriptor, imChatMembersDeleteDescriptor, imChatMembersGetDescriptor, imChatMembersIsInChatDescriptor, imChatMembersMeJoinDescriptor, imChatMembersListDescriptor, imChatMembersBotsDescriptor } from './im/descriptors/chat.members.js';
import { imChatMenuItemsPatchDescriptor } from './im/descriptors/chat.menu_items.js';
import { imChatMenuTreeCreateDescriptor, imChatMenuTreeDeleteDescriptor, imChatMenuTreeGetDescriptor, imChatMenuTreeSortDescriptor } from './im/descriptors/chat.menu_tree.js';
import { imChatModerationGetDescriptor, imChatModerationUpdateDescriptor } from './im/descriptors/chat.moderation.js';
import { imChatNicknameGetDescriptor, imChatNicknameUpdateDescriptor, imChatNicknameDeleteDescriptor } from './im/descriptors/chat.nickname.js';
import { imChatTabsCreateDescriptor, imChatTabsDeleteTabsDescriptor, imChatTabsListTabsDescriptor, imChatTabsSortTabsDescriptor, imChatTabsUpdateTabsDescriptor } from './im/descriptors/chat.tabs.js';
import { imChatTopNoticeDeleteTopNoticeDescriptor, imChatTopNoticePutTopNoticeDescriptor } from './im/descriptors/chat.top_notice.js';
import { imChatUserSettingBatchQueryDescriptor, imChatUserSettingBatchUpdateDescriptor } from './im/descriptors/chat.user_setting.js';
import { imChatButtonUpdateDescriptor } from './im/descriptors/chat_button.js';
import { imChatP2pBatchQueryDescriptor } from './im/descriptors/chat_p2p.js';
import { imChatsCreateDescriptor, imChatsDeleteDescriptor, imChatsGetDescriptor, imChatsLinkDescriptor, imChatsListDescriptor, imChatsSearchDescriptor, imChatsUpdateDescriptor, imChatsSearchV2Descriptor, imChatsBatchQueryDescriptor } from './im/descriptors/chats.js';
import { imFeedGroupsListDescriptor, imFeedGroupsCreateDescriptor, imFeedGroupsUpdateDescriptor, imFeedGroupsDeleteDescriptor, imFeedGroupsBatchQueryDescriptor, imFeedGroupsListItemDescriptor, imFeedGroupsBatchQueryItemDescriptor, imFeedGroupsBatchAddItemDescriptor, imFeedGroupsBatchRemoveItemDescriptor } from './im/descriptors/feed.groups.js';
import { imFeedCardsBotTimeSentiveDescriptor, imFeedCardsPatchDescriptor } from './im/descriptors/feed_cards.js';
import { imFeedShortcutsCreateDescriptor, imFeedShortcutsRemoveDescriptor, imFeedShortcutsListDescriptor } from './im/descriptors/feed_shortcuts.js';
import { imFilesCreateDescriptor, imFilesGetDescriptor } from './im/descriptors/files.js';
import { imFlagsCreateDescriptor, imFlagsCancelDescriptor, imFlagsListDescriptor } from './im/descriptors/flags.js';
import { imImagesCreateDescriptor, imImagesGetDescriptor } from './im/descriptors/images.js';
import { imMessageResourcesGetDescriptor } from './im/descriptors/message.resources.js';
import { imMessagesCreateDescriptor, imMessagesDeleteDescriptor, imMessagesForwardDescriptor, imMessagesGetDescriptor, imMessagesListDescriptor, imMessagesMergeForwardDescriptor, imMessagesPatchDescriptor, imMessagesPushFollowUpDescriptor, imMessagesReadUsersDescriptor, imMessagesReadStatusDescriptor, imMessagesReplyDescriptor, imMessagesUpdateDescriptor, imMessagesUrgentAppDescriptor, imMessagesUrgentPhoneDescriptor, imMessagesUrgentSmsDescriptor, imMessagesSearchDescriptor, imMessagesMgetDescriptor } from './im/descriptors/messages.js';
import { imPinsCreateDescriptor, imPinsDeleteDescriptor, imPinsListDescriptor } from './im/descriptors/pins.js';
import { imReactionsCreateDescriptor, imReactionsDeleteDescriptor, imReactionsListDescriptor, imReactionsBatchQueryDescriptor } from './im/descriptors/reactions.js';
import { imTagsCreateDescriptor, imTagsPatchDescriptor } from './im/descriptors/tags.js';
import { imThreadsForwardDescriptor } from './im/descriptors/threads.js';
import { imUrlPreviewsBatchUpdateDescriptor } from './im/descriptors/url_previews.js';
import { interactiveCardUpdateDescriptor } from './interactive/descriptors/card.js';

export type * from '../core/types.js';
export { errorHints } from './error-hints.js';

/** Every method's descriptor, by method id (sorted). */
export const descriptors = {
  'contact.users.basic_batch': contactUsersBasicBatchDescriptor,
  'contact.users.batch': contactUsersBatchDescriptor,
  'im.app_feed_card.batch.delete': imAppFeedCardBatchDeleteDescriptor,
  'im.app_feed_card.batch.update': imAppFeedCardBatchUpdateDescriptor,
  'im.app_feed_card.create': imAppFeedCardCreateDescriptor,
  'im.batch_messages.delete': imBatchMessagesDeleteDescriptor,
  'im.batch_messages.get_progress': imBatchMessagesGetProgressDescriptor,
  'im.batch_messages.read_user': imBatchMessagesReadUserDescriptor,
  'im.biz_entity_tag_relation.create': imBizEntityTagRelationCreateDescriptor,
  'im.biz_entity_tag_relation.get': imBizEntityTagRelationGetDescriptor,
  'im.biz_entity_tag_relation.update': imBizEntityTagRelationUpdateDescriptor,
  'im.chat.announcement.get': imChatAnnouncementGetDescriptor,
  'im.chat.announcement.patch': imChatAnnouncementPatchDescriptor,
  'im.chat.managers.add_managers': imChatManagersAddManagersDescriptor,
  'im.chat.managers.delete_managers': imChatManagersDeleteManagersDescriptor,
  'im.chat.members.bots': imChatMembersBotsDescriptor,
  'im.chat.members.create': imChatMembersCreateDescriptor,
  'im.chat.members.delete': imChatMembersDeleteDescriptor,
  'im.chat.members.get': imChatMembersGetDescriptor,
  'im.chat.members.is_in_chat': imChatMembersIsInChatDescriptor,
  'im.chat.members.list': imChatMembersListDescriptor,
  'im.chat.members.me_join': imChatMembersMeJoinDescriptor,
  'im.chat.menu_items.patch': imChatMenuItemsPatchDescriptor,
  'im.chat.menu_tree.create': imChatMenuTreeCreateDescriptor,
  'im.chat.menu_tree.delete': imChatMenuTreeDeleteDescriptor,
  'im.chat.menu_tree.get': imChatMenuTreeGetDescriptor,
  'im.chat.menu_tree.sort': imChatMenuTreeSortDescriptor,
  'im.chat.moderation.get': imChatModerationGetDescriptor,
  'im.chat.moderation.update': imChatModerationUpdateDescriptor,
  'im.chat.nickname.delete': imChatNicknameDeleteDescriptor,
  'im.chat.nickname.get': imChatNicknameGetDescriptor,
  'im.chat.nickname.update': imChatNicknameUpdateDescriptor,
  'im.chat.tabs.create': imChatTabsCreateDescriptor,
  'im.chat.tabs.delete_tabs': imChatTabsDeleteTabsDescriptor,
  'im.chat.tabs.list_tabs': imChatTabsListTabsDescriptor,
  'im.chat.tabs.sort_tabs': imChatTabsSortTabsDescriptor,
  'im.chat.tabs.update_tabs': imChatTabsUpdateTabsDescriptor,
  'im.chat.top_notice.delete_top_notice': imChatTopNoticeDeleteTopNoticeDescriptor,
  'im.chat.top_notice.put_top_notice': imChatTopNoticePutTopNoticeDescriptor,
  'im.chat.user_setting.batch_query': imChatUserSettingBatchQueryDescriptor,
  'im.chat.user_setting.batch_update': imChatUserSettingBatchUpdateDescriptor,
  'im.chat_button.update': imChatButtonUpdateDescriptor,
  'im.chat_p2p.batch_query': imChatP2pBatchQueryDescriptor,
  'im.chats.batch_query': imChatsBatchQueryDescriptor,
  'im.chats.create': imChatsCreateDescriptor,
  'im.chats.delete': imChatsDeleteDescriptor,
  'im.chats.get': imChatsGetDescriptor,
  'im.chats.link': imChatsLinkDescriptor,
  'im.chats.list': imChatsListDescriptor,
  'im.chats.search': imChatsSearchDescriptor,
  'im.chats.search_v2': imChatsSearchV2Descriptor,
  'im.chats.update': imChatsUpdateDescriptor,
  'im.feed.groups.batch_add_item': imFeedGroupsBatchAddItemDescriptor,
  'im.feed.groups.batch_query': imFeedGroupsBatchQueryDescriptor,
  'im.feed.groups.batch_query_item': imFeedGroupsBatchQueryItemDescriptor,
  'im.feed.groups.batch_remove_item': imFeedGroupsBatchRemoveItemDescriptor,
  'im.feed.groups.create': imFeedGroupsCreateDescriptor,
  'im.feed.groups.delete': imFeedGroupsDeleteDescriptor,
  'im.feed.groups.list': imFeedGroupsListDescriptor,
  'im.feed.groups.list_item': imFeedGroupsListItemDescriptor,
  'im.feed.groups.update': imFeedGroupsUpdateDescriptor,
  'im.feed_cards.bot_time_sentive': imFeedCardsBotTimeSentiveDescriptor,
  'im.feed_cards.patch': imFeedCardsPatchDescriptor,
  'im.feed_shortcuts.create': imFeedShortcutsCreateDescriptor,
  'im.feed_shortcuts.list': imFeedShortcutsListDescriptor,
  'im.feed_shortcuts.remove': imFeedShortcutsRemoveDescriptor,
  'im.files.create': imFilesCreateDescriptor,
  'im.files.get': imFilesGetDescriptor,
  'im.flags.cancel': imFlagsCancelDescriptor,
  'im.flags.create': imFlagsCreateDescriptor,
  'im.flags.list': imFlagsListDescriptor,
  'im.images.create': imImagesCreateDescriptor,
  'im.images.get': imImagesGetDescriptor,
  'im.message.resources.get': imMessageResourcesGetDescriptor,
  'im.messages.create': imMessagesCreateDescriptor,
  'im.messages.delete': imMessagesDeleteDescriptor,
  'im.messages.forward': imMessagesForwardDescriptor,
  'im.messages.get': imMessagesGetDescriptor,
  'im.messages.list': imMessagesListDescriptor,
  'im.messages.merge_forward': imMessagesMergeForwardDescriptor,
  'im.messages.mget': imMessagesMgetDescriptor,
  'im.messages.patch': imMessagesPatchDescriptor,
  'im.messages.push_follow_up': imMessagesPushFollowUpDescriptor,
  'im.messages.read_status': imMessagesReadStatusDescriptor,
  'im.messages.read_users': imMessagesReadUsersDescriptor,
  'im.messages.reply': imMessagesReplyDescriptor,
  'im.messages.search': imMessagesSearchDescriptor,
  'im.messages.update': imMessagesUpdateDescriptor,
  'im.messages.urgent_app': imMessagesUrgentAppDescriptor,
  'im.messages.urgent_phone': imMessagesUrgentPhoneDescriptor,
  'im.messages.urgent_sms': imMessagesUrgentSmsDescriptor,
  'im.pins.create': imPinsCreateDescriptor,
  'im.pins.delete': imPinsDeleteDescriptor,
  'im.pins.list': imPinsListDescriptor,
  'im.reactions.batch_query': imReactionsBatchQueryDescriptor,
  'im.reactions.create': imReactionsCreateDescriptor,
  'im.reactions.delete': imReactionsDeleteDescriptor,
  'im.reactions.list': imReactionsListDescriptor,
  'im.tags.create': imTagsCreateDescriptor,
  'im.tags.patch': imTagsPatchDescriptor,
  'im.threads.forward': imThreadsForwardDescriptor,
  'im.url_previews.batch_update': imUrlPreviewsBatchUpdateDescriptor,
  'interactive.card.update': interactiveCardUpdateDescriptor,
} as const satisfies Readonly<Record<string, MethodDescriptor>>;

/** A method id, e.g. `im.messages.create`. */
export type MethodId = keyof typeof descriptors;
