// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/im/service.yaml

export * from './app_feed_card.js';
export * from './app_feed_card.batch.js';
export * from './batch_messages.js';
export * from './biz_entity_tag_relation.js';
export * from './chat.announcement.js';
export * from './chat.managers.js';
export * from './chat.members.js';
export * from './chat.menu_items.js';
export * from './chat.menu_tree.js';
export * from './chat.moderation.js';
export * from './chat.nickname.js';
export * from './chat.tabs.js';
export * from './chat.top_notice.js';
export * from './chat.user_setting.js';
export * from './chat_button.js';
export * from './chat_p2p.js';
export * from './chats.js';
export * from './feed.groups.js';
export * from './feed_cards.js';
export * from './feed_shortcuts.js';
export * from './files.js';
export * from './flags.js';
export * from './images.js';
export * from './message.resources.js';
export * from './messages.js';
export * from './pins.js';
export * from './reactions.js';
export * from './tags.js';
export * from './threads.js';
export * from './url_previews.js';
export * from './schemas.js';
import { imAppFeedCard } from './app_feed_card.js';
import { imAppFeedCardBatch } from './app_feed_card.batch.js';
import { imBatchMessages } from './batch_messages.js';
import { imBizEntityTagRelation } from './biz_entity_tag_relation.js';
import { imChatAnnouncement } from './chat.announcement.js';
import { imChatManagers } from './chat.managers.js';
import { imChatMembers } from './chat.members.js';
import { imChatMenuItems } from './chat.menu_items.js';
import { imChatMenuTree } from './chat.menu_tree.js';
import { imChatModeration } from './chat.moderation.js';
import { imChatNickname } from './chat.nickname.js';
import { imChatTabs } from './chat.tabs.js';
import { imChatTopNotice } from './chat.top_notice.js';
import { imChatUserSetting } from './chat.user_setting.js';
import { imChatButton } from './chat_button.js';
import { imChatP2p } from './chat_p2p.js';
import { imChats } from './chats.js';
import { imFeedGroups } from './feed.groups.js';
import { imFeedCards } from './feed_cards.js';
import { imFeedShortcuts } from './feed_shortcuts.js';
import { imFiles } from './files.js';
import { imFlags } from './flags.js';
import { imImages } from './images.js';
import { imMessageResources } from './message.resources.js';
import { imMessages } from './messages.js';
import { imPins } from './pins.js';
import { imReactions } from './reactions.js';
import { imTags } from './tags.js';
import { imThreads } from './threads.js';
import { imUrlPreviews } from './url_previews.js';

/**
 * Instant messaging: Messages, group chats and everything attached to them on the Lark / Feishu Open
 * Platform: sending and reading messages, threads, reactions, pins, uploaded images and files, chat
 * membership and settings, and the v2 feed cards, tags and link previews.
 */
export const imService = {
  /**
   * App feed cards: entries an app places directly in users' feed (chat list), beside their chats, with
   * a title, preview text, status label, buttons and a link. A card is named by the biz_id the app chose
   * (or the platform assigned) together with the user who received it; use app_feed_card.batch to update
   * or remove cards.
   */
  appFeedCard: imAppFeedCard,
  /**
   * Bulk changes to app feed cards already delivered to users. Each entry names one card by its biz_id
   * and one recipient, so the same card can be updated or removed for some users and kept for others.
   */
  appFeedCardBatch: imAppFeedCardBatch,
  /**
   * Messages the app sent to many users or departments at once through the batch send API: recall them
   * and follow their delivery and reading.
   */
  batchMessages: imBatchMessages,
  /**
   * The links between tenant tags and the business entities they label. Group chats are currently the
   * only kind of entity: an app can attach its tenant's tags to a chat, detach them, and read which tags
   * a chat carries. Tags themselves are created and renamed through the tags resource.
   */
  bizEntityTagRelation: imBizEntityTagRelation,
  /**
   * The announcement of a group chat in the legacy document format: read it and edit it. Chats whose
   * announcement uses the newer docx format are refused (error 232097) and must be handled with the docx
   * announcement API, which is outside this service.
   */
  chatAnnouncement: imChatAnnouncement,
  /**
   * The managers of a group chat: members, users or bots, who share most of the owner's rights to manage
   * the chat. Only the owner can appoint or dismiss them.
   */
  chatManagers: imChatManagers,
  /**
   * The members of a group chat: users and bots. Add and remove members, list the user members, check
   * whether the caller is in a chat, and let the caller join a public chat.
   */
  chatMembers: imChatMembers,
  /**
   * Single entries of a group chat's menu, top-level or second-level, named by the IDs that
   * chat.menu_tree.get returns. Their icon, labels and link can be changed in place; adding, removing or
   * reordering entries goes through chat.menu_tree.
   */
  chatMenuItems: imChatMenuItems,
  /**
   * The menu a group chat shows above its message box: up to 3 top-level entries, each either a link or
   * a folder of up to 5 second-level links. Only bots can manage it, and only in chats whose chat_mode
   * is group. Every call answers with the whole menu as it stands afterwards; single entries are edited
   * with chat.menu_items.
   */
  chatMenuTree: imChatMenuTree,
  /**
   * Posting rights in a group chat: whether everyone, only the owner and managers, or a chosen list of
   * members may send messages, and who is on that list.
   */
  chatModeration: imChatModeration,
  /**
   * The signed-in user's nickname in one group chat (the name shown for them there instead of their
   * profile name). A user can only read and change their own. Personal, so user access tokens only.
   */
  chatNickname: imChatNickname,
  /**
   * The tabs along the top of a chat: the built-in ones (messages, pins, files, announcement…) and
   * custom doc and url tabs that members or apps add. Through the API you can list every tab, add, edit
   * and remove doc and url tabs, and reorder the lot. Every write answers with the chat's full tab list
   * after the change.
   */
  chatTabs: imChatTabs,
  /**
   * The top notice of a group chat: a message or the chat announcement shown pinned above the
   * conversation. Set it or take it down.
   */
  chatTopNotice: imChatTopNotice,
  /**
   * The signed-in user's own settings for chats they are in: whether a chat is muted and whether @all
   * mentions in it are muted. Personal, so user access tokens only.
   */
  chatUserSetting: imChatUserSetting,
  /**
   * Shortcut buttons shown on a group chat's entry in users' feed (chat list), so people can act on the
   * chat (open a page, trigger the app) without opening it.
   */
  chatButton: imChatButton,
  /**
   * One-to-one (p2p) chats seen from the signed-in user: find the chat_id of the private conversation
   * between the user and another user or a bot, so its messages can be read like any other chat.
   */
  chatP2p: imChatP2p,
  /**
   * Group chats as a whole: create and dissolve them, read and change their information and settings,
   * get a share link, and find chats by listing, keyword search or id. Members, managers, announcements,
   * posting rights and the top notice are separate sub-resources of a chat.
   */
  chats: imChats,
  /**
   * Feed groups: tags a user makes to sort chats into sections of their feed ("Work", "Family"). A user
   * owns their groups and files chats into them; deleted groups and removed entries stay visible for a
   * while in deleted_groups / deleted_items so that clients can sync. Personal to the signed-in user, so
   * every method takes a user access token only.
   */
  feedGroups: imFeedGroups,
  /**
   * Entries of users' feed (chat list) for group chats and bot chats. An app can switch on the "instant
   * reminder" state, which keeps an entry pinned at the top of chosen users' feeds for a while so an
   * urgent matter is seen first, and switch it off again.
   */
  feedCards: imFeedCards,
  /**
   * The shortcut bar at the top of a user's feed: chats the user pinned there to reach them in one
   * click. Personal to the signed-in user, so every method takes a user access token only.
   */
  feedShortcuts: imFeedShortcuts,
  /**
   * Files, audio and video uploaded by the app. An upload returns a file_key that file, audio and video
   * messages refer to. Only files the app uploaded itself can be downloaded here; files other people
   * sent are fetched through message.resources.
   */
  files: imFiles,
  /**
   * Flags (bookmarks) a user puts on messages and threads to come back to them later. A flag lives on
   * one of two layers: the message layer (the message itself carries the marker) or the feed layer (the
   * whole thread shows in the flagged section of the feed). Flags belong to the signed-in user, so every
   * method takes a user access token only.
   */
  flags: imFlags,
  /**
   * Images uploaded by the app. An upload returns an image_key that image messages, cards, chat avatars,
   * tab icons and menu icons refer to. Only images the app uploaded itself can be downloaded here;
   * images other people sent are fetched through message.resources.
   */
  images: imImages,
  /**
   * Files and images attached to messages. Download them through the message that carries them, which
   * works for attachments sent by anyone, not only those the app uploaded.
   */
  messageResources: imMessageResources,
  /**
   * Messages in chats: send, reply, edit, recall, forward and read them, list a chat or thread, search
   * what a user can see, and buzz users about important messages.
   */
  messages: imMessages,
  /**
   * Pinned messages: messages a member or bot pinned so that everyone in the chat can find them again in
   * the chat's Pin tab. Pin, unpin and list the pins of a chat within a time range.
   */
  pins: imPins,
  /**
   * Emoji reactions on messages. A user or bot in the message's chat can add reactions, remove the ones
   * it added itself, and read who reacted with what, one message at a time or for up to 20 messages in
   * one call.
   */
  reactions: imReactions,
  /**
   * Tenant tags: labels owned by the tenant, with a default name and optional names per language, that
   * apps attach to group chats through biz_entity_tag_relation.
   */
  tags: imTags,
  /** Threads: the replies hanging off a root message, named by a thread_id (omt_…). */
  threads: imThreads,
  /**
   * Link previews that an app renders for its own URLs. When someone posts a link the app has
   * registered, the platform asks the app's link-preview callback for the preview and hands it a
   * preview_token; the app can later make clients fetch a fresh preview for that token.
   */
  urlPreviews: imUrlPreviews,
};
