// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/interactive/resources/card.yaml

import type { MethodDescriptor } from '../core/types.js';
import { contactUsersBatchDescriptor } from './contact/descriptors/contact.users.batch.js';
import { contactUsersBasicBatchDescriptor } from './contact/descriptors/contact.users.basic_batch.js';
import { imAppFeedCardCreateDescriptor } from './im/descriptors/im.app_feed_card.create.js';
import { imAppFeedCardBatchDeleteDescriptor } from './im/descriptors/im.app_feed_card.batch.delete.js';
import { imAppFeedCardBatchUpdateDescriptor } from './im/descriptors/im.app_feed_card.batch.update.js';
import { imBatchMessagesDeleteDescriptor } from './im/descriptors/im.batch_messages.delete.js';
import { imBatchMessagesGetProgressDescriptor } from './im/descriptors/im.batch_messages.get_progress.js';
import { imBatchMessagesReadUserDescriptor } from './im/descriptors/im.batch_messages.read_user.js';
import { imBizEntityTagRelationCreateDescriptor } from './im/descriptors/im.biz_entity_tag_relation.create.js';
import { imBizEntityTagRelationGetDescriptor } from './im/descriptors/im.biz_entity_tag_relation.get.js';
import { imBizEntityTagRelationUpdateDescriptor } from './im/descriptors/im.biz_entity_tag_relation.update.js';
import { imChatAnnouncementGetDescriptor } from './im/descriptors/im.chat.announcement.get.js';
import { imChatAnnouncementPatchDescriptor } from './im/descriptors/im.chat.announcement.patch.js';
import { imChatManagersAddManagersDescriptor } from './im/descriptors/im.chat.managers.add_managers.js';
import { imChatManagersDeleteManagersDescriptor } from './im/descriptors/im.chat.managers.delete_managers.js';
import { imChatMembersCreateDescriptor } from './im/descriptors/im.chat.members.create.js';
import { imChatMembersDeleteDescriptor } from './im/descriptors/im.chat.members.delete.js';
import { imChatMembersGetDescriptor } from './im/descriptors/im.chat.members.get.js';
import { imChatMembersIsInChatDescriptor } from './im/descriptors/im.chat.members.is_in_chat.js';
import { imChatMembersMeJoinDescriptor } from './im/descriptors/im.chat.members.me_join.js';
import { imChatMembersListDescriptor } from './im/descriptors/im.chat.members.list.js';
import { imChatMembersBotsDescriptor } from './im/descriptors/im.chat.members.bots.js';
import { imChatMenuItemsPatchDescriptor } from './im/descriptors/im.chat.menu_items.patch.js';
import { imChatMenuTreeCreateDescriptor } from './im/descriptors/im.chat.menu_tree.create.js';
import { imChatMenuTreeDeleteDescriptor } from './im/descriptors/im.chat.menu_tree.delete.js';
import { imChatMenuTreeGetDescriptor } from './im/descriptors/im.chat.menu_tree.get.js';
import { imChatMenuTreeSortDescriptor } from './im/descriptors/im.chat.menu_tree.sort.js';
import { imChatModerationGetDescriptor } from './im/descriptors/im.chat.moderation.get.js';
import { imChatModerationUpdateDescriptor } from './im/descriptors/im.chat.moderation.update.js';
import { imChatNicknameGetDescriptor } from './im/descriptors/im.chat.nickname.get.js';
import { imChatNicknameUpdateDescriptor } from './im/descriptors/im.chat.nickname.update.js';
import { imChatNicknameDeleteDescriptor } from './im/descriptors/im.chat.nickname.delete.js';
import { imChatTabsCreateDescriptor } from './im/descriptors/im.chat.tabs.create.js';
import { imChatTabsDeleteTabsDescriptor } from './im/descriptors/im.chat.tabs.delete_tabs.js';
import { imChatTabsListTabsDescriptor } from './im/descriptors/im.chat.tabs.list_tabs.js';
import { imChatTabsSortTabsDescriptor } from './im/descriptors/im.chat.tabs.sort_tabs.js';
import { imChatTabsUpdateTabsDescriptor } from './im/descriptors/im.chat.tabs.update_tabs.js';
import { imChatTopNoticeDeleteTopNoticeDescriptor } from './im/descriptors/im.chat.top_notice.delete_top_notice.js';
import { imChatTopNoticePutTopNoticeDescriptor } from './im/descriptors/im.chat.top_notice.put_top_notice.js';
import { imChatUserSettingBatchQueryDescriptor } from './im/descriptors/im.chat.user_setting.batch_query.js';
import { imChatUserSettingBatchUpdateDescriptor } from './im/descriptors/im.chat.user_setting.batch_update.js';
import { imChatButtonUpdateDescriptor } from './im/descriptors/im.chat_button.update.js';
import { imChatP2pBatchQueryDescriptor } from './im/descriptors/im.chat_p2p.batch_query.js';
import { imChatsCreateDescriptor } from './im/descriptors/im.chats.create.js';
import { imChatsDeleteDescriptor } from './im/descriptors/im.chats.delete.js';
import { imChatsGetDescriptor } from './im/descriptors/im.chats.get.js';
import { imChatsLinkDescriptor } from './im/descriptors/im.chats.link.js';
import { imChatsListDescriptor } from './im/descriptors/im.chats.list.js';
import { imChatsSearchDescriptor } from './im/descriptors/im.chats.search.js';
import { imChatsUpdateDescriptor } from './im/descriptors/im.chats.update.js';
import { imChatsSearchV2Descriptor } from './im/descriptors/im.chats.search_v2.js';
import { imChatsBatchQueryDescriptor } from './im/descriptors/im.chats.batch_query.js';
import { imFeedGroupsListDescriptor } from './im/descriptors/im.feed.groups.list.js';
import { imFeedGroupsCreateDescriptor } from './im/descriptors/im.feed.groups.create.js';
import { imFeedGroupsUpdateDescriptor } from './im/descriptors/im.feed.groups.update.js';
import { imFeedGroupsDeleteDescriptor } from './im/descriptors/im.feed.groups.delete.js';
import { imFeedGroupsBatchQueryDescriptor } from './im/descriptors/im.feed.groups.batch_query.js';
import { imFeedGroupsListItemDescriptor } from './im/descriptors/im.feed.groups.list_item.js';
import { imFeedGroupsBatchQueryItemDescriptor } from './im/descriptors/im.feed.groups.batch_query_item.js';
import { imFeedGroupsBatchAddItemDescriptor } from './im/descriptors/im.feed.groups.batch_add_item.js';
import { imFeedGroupsBatchRemoveItemDescriptor } from './im/descriptors/im.feed.groups.batch_remove_item.js';
import { imFeedCardsBotTimeSentiveDescriptor } from './im/descriptors/im.feed_cards.bot_time_sentive.js';
import { imFeedCardsPatchDescriptor } from './im/descriptors/im.feed_cards.patch.js';
import { imFeedShortcutsCreateDescriptor } from './im/descriptors/im.feed_shortcuts.create.js';
import { imFeedShortcutsRemoveDescriptor } from './im/descriptors/im.feed_shortcuts.remove.js';
import { imFeedShortcutsListDescriptor } from './im/descriptors/im.feed_shortcuts.list.js';
import { imFilesCreateDescriptor } from './im/descriptors/im.files.create.js';
import { imFilesGetDescriptor } from './im/descriptors/im.files.get.js';
import { imFlagsCreateDescriptor } from './im/descriptors/im.flags.create.js';
import { imFlagsCancelDescriptor } from './im/descriptors/im.flags.cancel.js';
import { imFlagsListDescriptor } from './im/descriptors/im.flags.list.js';
import { imImagesCreateDescriptor } from './im/descriptors/im.images.create.js';
import { imImagesGetDescriptor } from './im/descriptors/im.images.get.js';
import { imMessageResourcesGetDescriptor } from './im/descriptors/im.message.resources.get.js';
import { imMessagesCreateDescriptor } from './im/descriptors/im.messages.create.js';
import { imMessagesDeleteDescriptor } from './im/descriptors/im.messages.delete.js';
import { imMessagesForwardDescriptor } from './im/descriptors/im.messages.forward.js';
import { imMessagesGetDescriptor } from './im/descriptors/im.messages.get.js';
import { imMessagesListDescriptor } from './im/descriptors/im.messages.list.js';
import { imMessagesMergeForwardDescriptor } from './im/descriptors/im.messages.merge_forward.js';
import { imMessagesPatchDescriptor } from './im/descriptors/im.messages.patch.js';
import { imMessagesPushFollowUpDescriptor } from './im/descriptors/im.messages.push_follow_up.js';
import { imMessagesReadUsersDescriptor } from './im/descriptors/im.messages.read_users.js';
import { imMessagesReadStatusDescriptor } from './im/descriptors/im.messages.read_status.js';
import { imMessagesReplyDescriptor } from './im/descriptors/im.messages.reply.js';
import { imMessagesUpdateDescriptor } from './im/descriptors/im.messages.update.js';
import { imMessagesUrgentAppDescriptor } from './im/descriptors/im.messages.urgent_app.js';
import { imMessagesUrgentPhoneDescriptor } from './im/descriptors/im.messages.urgent_phone.js';
import { imMessagesUrgentSmsDescriptor } from './im/descriptors/im.messages.urgent_sms.js';
import { imMessagesSearchDescriptor } from './im/descriptors/im.messages.search.js';
import { imMessagesMgetDescriptor } from './im/descriptors/im.messages.mget.js';
import { imPinsCreateDescriptor } from './im/descriptors/im.pins.create.js';
import { imPinsDeleteDescriptor } from './im/descriptors/im.pins.delete.js';
import { imPinsListDescriptor } from './im/descriptors/im.pins.list.js';
import { imReactionsCreateDescriptor } from './im/descriptors/im.reactions.create.js';
import { imReactionsDeleteDescriptor } from './im/descriptors/im.reactions.delete.js';
import { imReactionsListDescriptor } from './im/descriptors/im.reactions.list.js';
import { imReactionsBatchQueryDescriptor } from './im/descriptors/im.reactions.batch_query.js';
import { imTagsCreateDescriptor } from './im/descriptors/im.tags.create.js';
import { imTagsPatchDescriptor } from './im/descriptors/im.tags.patch.js';
import { imThreadsForwardDescriptor } from './im/descriptors/im.threads.forward.js';
import { imUrlPreviewsBatchUpdateDescriptor } from './im/descriptors/im.url_previews.batch_update.js';
import { interactiveCardUpdateDescriptor } from './interactive/descriptors/interactive.card.update.js';

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
