// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/im/schemas/chat.yaml, specs/im/schemas/chat_tab.yaml, specs/im/schemas/event.yaml, specs/im/schemas/feed.yaml, specs/im/schemas/menu.yaml, specs/im/schemas/message.yaml, specs/im/schemas/pin.yaml, specs/im/schemas/reaction.yaml

/** What the user did on the card and the values the element carried. */
export interface CardAction {
  /** The kind of interactive element. */
  tag: 'button' | 'overflow' | 'select_static' | 'multi_select_static' | 'select_person' | 'multi_select_person' | 'input' | 'checker' | 'date_picker' | 'picker_time' | 'picker_datetime' | 'select_img';
  /** The value the card author attached to the element (button value, option value). */
  value?: Record<string, unknown>;
  /** The element's name, when the card author gave it one. */
  name?: string;
  /** For a submit button inside a form, the values of the form's fields by name. */
  form_value?: Record<string, unknown>;
  /** For an input element, the text entered. */
  input_value?: string;
  /** For a single choice (select, overflow, picker), the option chosen. */
  option?: string;
  /** For a multiple choice, the options chosen. */
  options?: string[];
  /** For a checker, whether it is now ticked. */
  checked?: boolean;
  /** For date and time pickers, the user's time zone. */
  timezone?: string;
}

/** Where the clicked card is. */
export interface CardActionContext {
  /** The message (om_…) holding the card. */
  open_message_id?: string;
  /** The chat (oc_…) the card was posted in. */
  open_chat_id?: string;
  /** For a card in a link preview, the previewed URL. */
  url?: string;
}

/** The user who clicked or submitted the card. */
export interface CardActionOperator {
  /** The user's open_id (ou_…). */
  open_id: string;
  /** The user's union_id. */
  union_id?: string;
  /** The tenant's id of the user, when the app may read it. */
  user_id?: string;
  /** Key of the user's tenant. */
  tenant_key?: string;
}

/** A short notice shown to the user who clicked. */
export interface CardToast {
  /** The notice's look. */
  type: 'info' | 'success' | 'error' | 'warning';
  /**
   * The text shown.
   *
   * Constraints: at most 200 characters.
   */
  content: string;
}

/**
 * The information and settings of a group chat. chats.get returns the full set; chats.create returns
 * the new chat's id with its settings, without the member counts and manager lists.
 */
export interface Chat {
  /**
   * Id of the chat (oc_…). Present in the answer of chats.create; chats.get does not repeat it, since it
   * is the path parameter.
   */
  chat_id?: string;
  /**
   * URL of the chat's avatar image.
   *
   * Constraints: format uri.
   */
  avatar?: string;
  /** Name of the chat. A private chat created without a name gets a placeholder. */
  name?: string;
  /** Free-text description of the chat. */
  description?: string;
  i18n_names?: I18nNames;
  /**
   * Kind of id in `owner_id`, matching the user_id_type of the request (open_id, user_id or union_id).
   * Left out when a bot owns the chat.
   */
  owner_id_type?: string;
  /** Id of the chat owner, in the kind named by `owner_id_type`. Left out when a bot owns the chat. */
  owner_id?: string;
  /** Ids of the users who are chat managers, in the kind named by the request's user_id_type. */
  user_manager_id_list?: string[];
  /** App ids (cli_…) of the bots that are chat managers. */
  bot_manager_id_list?: string[];
  /** Who may add users or bots to the chat. */
  add_member_permission?: ChatPermissionLevel;
  share_card_permission?: ChatShareCardPermission;
  /** Who may mention everyone (@all) in the chat. */
  at_all_permission?: ChatPermissionLevel;
  /** Who may edit the chat's information (name, avatar, description and so on). */
  edit_permission?: ChatPermissionLevel;
  moderation_permission?: ChatModerationSetting;
  group_message_type?: ChatGroupMessageType;
  chat_mode?: ChatMode;
  chat_type?: GroupChatType;
  /**
   * Main tag of the chat. When several apply, the first of this order is given: inner (internal chat),
   * tenant (company-wide chat), department (department chat), edu (education chat), meeting (meeting
   * chat), customer_service (customer-service chat).
   */
  chat_tag?: string;
  /** Whether the chat is external, that is, may hold users or bots of other tenants. */
  external?: boolean;
  /** Key of the tenant the chat belongs to. */
  tenant_key?: string;
  /**
   * Number of users in the chat, as a string of digits.
   *
   * Constraints: format int64.
   */
  user_count?: string;
  /**
   * Number of bots in the chat, as a string of digits.
   *
   * Constraints: format int64.
   */
  bot_count?: string;
  /** Who sees the notice posted when someone joins the chat. */
  join_message_visibility?: ChatMessageVisibility;
  /** Who sees the notice posted when someone leaves the chat. */
  leave_message_visibility?: ChatMessageVisibility;
  membership_approval?: ChatMembershipApproval;
  /** Who may send buzz (urgent) notifications in the chat. */
  urgent_setting?: ChatPermissionLevel;
  /** Who may start a video meeting from the chat. */
  video_conference_setting?: ChatPermissionLevel;
  /** Who may pin messages and manage the chat's pins. */
  pin_manage_setting?: ChatPermissionLevel;
  /** Who can see how many members the chat has. */
  hide_member_count_setting?: ChatPermissionLevel;
  restricted_mode_setting?: RestrictedModeSetting;
  /** Labels attached to the chat. */
  labels?: string[];
  /** Ids of the toolkits (quick tools) attached to the chat. */
  toolkit_ids?: string[];
  chat_status?: ChatStatus;
}

/**
 * How messages are organised in a group chat.
 *
 * - `chat`: A conversation chat, where messages form one stream and may be replied to in threads.
 * - `thread`: A topic chat, where every new post opens its own topic thread.
 */
export type ChatGroupMessageType = 'chat' | 'thread';

/**
 * One chat in a list or search result: its id, name, owner and kind. Call chats.get for the full
 * settings.
 */
export interface ChatListItem {
  /** Id of the chat (oc_…). */
  chat_id?: string;
  /** URL of the chat's avatar image; empty for one-to-one chats. */
  avatar?: string;
  /**
   * Name of the chat. Empty for one-to-one chats, whose title the client derives from the other
   * participant.
   */
  name?: string;
  /** Description of the chat. */
  description?: string;
  /** Id of the chat owner, in the kind named by `owner_id_type`. Not given for one-to-one chats. */
  owner_id?: string;
  /** Kind of id in `owner_id` (open_id, user_id or union_id), matching the request's user_id_type. */
  owner_id_type?: string;
  /** Whether the chat is external (may hold members of other tenants). */
  external?: boolean;
  /** Key of the tenant the chat belongs to. */
  tenant_key?: string;
  /** Labels attached to the chat. */
  labels?: string[];
  chat_status?: ChatStatus;
  chat_mode?: ChatMode;
  /**
   * For a one-to-one chat, whether the other participant is a user or a bot.
   *
   * - `user`: The other participant is a user.
   * - `bot`: The other participant is a bot.
   */
  p2p_target_type?: 'user' | 'bot';
  /** For a one-to-one chat, the id of the other participant. */
  p2p_target_id?: string;
}

/** The chat's managers after a change to the manager list. */
export interface ChatManagers {
  /** Ids of the users who are now managers, in the kind named by member_id_type. */
  chat_managers?: string[];
  /** App ids (cli_…) of the bots that are now managers. */
  chat_bot_managers?: string[];
}

/** One user member of a chat. */
export interface ChatMember {
  /** Kind of id in `member_id`, matching the request's member_id_type (open_id, user_id or union_id). */
  member_id_type?: string;
  /** Id of the member. */
  member_id?: string;
  /** Display name of the member. */
  name?: string;
  /** Key of the tenant the member belongs to; differs from the chat's tenant for external members. */
  tenant_key?: string;
}

/**
 * Whether a request to join the chat needs the approval of the owner or a manager.
 *
 * - `no_approval_required`: People can join without approval.
 * - `approval_required`: Join requests wait until the owner or a manager approves them; API joins and
 *   invitations by ordinary members become pending.
 */
export type ChatMembershipApproval = 'no_approval_required' | 'approval_required';

/**
 * Translated labels of a menu entry; the client shows the one matching the reader's language and falls
 * back to name. Each label is 1 to 120 characters.
 */
export interface ChatMenuI18nNames {
  /**
   * Chinese label.
   *
   * Constraints: at least 1 characters; at most 120 characters.
   */
  zh_cn?: string;
  /**
   * English label.
   *
   * Constraints: at least 1 characters; at most 120 characters.
   */
  en_us?: string;
  /**
   * Japanese label.
   *
   * Constraints: at least 1 characters; at most 120 characters.
   */
  ja_jp?: string;
}

/**
 * Label, icon and action of one entry of a chat menu, at either level. A top-level entry that has
 * children is only a folder: its action_type must be NONE and it carries no icon.
 */
export interface ChatMenuItem {
  /**
   * What tapping the entry does. Fixed once the entry exists; to change it, delete the top-level entry
   * and add it again.
   *
   * - `NONE`: Nothing by itself; used for a top-level entry that only opens its second-level entries.
   * - `REDIRECT_LINK`: Opens the link given in redirect_link.
   */
  action_type: 'NONE' | 'REDIRECT_LINK';
  /** Links to open; needed when action_type is REDIRECT_LINK. */
  redirect_link?: ChatMenuRedirectLink;
  /**
   * image_key of the entry's icon, from an upload with image_type=message; a bot may only use images it
   * uploaded itself (232056 otherwise). Not allowed on a top-level entry that has children.
   */
  image_key?: string;
  /**
   * Default label of the entry, 1 to 120 characters.
   *
   * Constraints: at least 1 characters; at most 120 characters.
   */
  name: string;
  /** Labels per language, shown instead of name where the reader's language matches. */
  i18n_names?: ChatMenuI18nNames;
}

/**
 * Where a menu entry leads. common_url is the fallback for every client; the per-platform links
 * override it on that platform only. Every link must begin with http:// or https://.
 */
export interface ChatMenuRedirectLink {
  /**
   * Link used on any client that has no platform-specific link set.
   *
   * Constraints: format uri.
   */
  common_url?: string;
  /**
   * Link used by the iOS client instead of common_url.
   *
   * Constraints: format uri.
   */
  ios_url?: string;
  /**
   * Link used by the Android client instead of common_url.
   *
   * Constraints: format uri.
   */
  android_url?: string;
  /**
   * Link used by the desktop client instead of common_url. To open the page in the client's side panel
   * rather than a browser, wrap it in the client's applink, e.g.
   * https://applink.feishu.cn/client/web_url/open?mode=sidebar-semi&url=<encoded url>.
   *
   * Constraints: format uri.
   */
  pc_url?: string;
  /**
   * Link used by the web client instead of common_url.
   *
   * Constraints: format uri.
   */
  web_url?: string;
}

/** An entry inside a top-level menu entry, as the platform returns it. */
export interface ChatMenuSecondLevel {
  /** ID of this second-level entry; use it as menu_item_id to patch the entry. */
  chat_menu_second_level_id?: string;
  /** Label, icon and action of the entry. */
  chat_menu_item?: ChatMenuItem;
}

/** A top-level entry of a chat menu with its second-level entries, as the platform returns it. */
export interface ChatMenuTopLevel {
  /** ID of this top-level entry; used to sort or delete it, and as menu_item_id to patch it. */
  chat_menu_top_level_id?: string;
  /** Label, icon and action of the entry. */
  chat_menu_item?: ChatMenuItem;
  /**
   * Second-level entries shown when the top-level entry is tapped, at most 5.
   *
   * Constraints: at most 5 items.
   */
  children?: ChatMenuSecondLevel[];
}

/** The whole menu of a chat, shown above the message box in the client. */
export interface ChatMenuTree {
  /**
   * Top-level entries from left to right, at most 3.
   *
   * Constraints: at most 3 items.
   */
  chat_menu_top_levels?: ChatMenuTopLevel[];
}

/**
 * Who sees the system notice posted when a member joins or leaves the chat.
 *
 * - `only_owner`: Only the chat owner and the chat managers see the notice.
 * - `all_members`: Every member sees the notice.
 * - `not_anyone`: No notice is shown.
 */
export type ChatMessageVisibility = 'only_owner' | 'all_members' | 'not_anyone';
/**
 * The kind of conversation.
 *
 * - `group`: A group chat.
 * - `topic`: A topic group, where each post starts its own thread.
 * - `p2p`: A one-to-one chat between two users, or between a user and a bot.
 */
export type ChatMode = 'group' | 'topic' | 'p2p';
/**
 * Who may post messages in the chat.
 *
 * - `all_members`: Every member may post.
 * - `only_owner`: Only the owner and the managers may post.
 * - `moderator_list`: Only the owner, the managers and the members on the chat's speaker list may
 *   post; the list is edited with chat.moderation update.
 */
export type ChatModerationSetting = 'all_members' | 'only_owner' | 'moderator_list';
/**
 * Which members a chat setting applies to. The field that uses it says which action is governed.
 *
 * - `only_owner`: Only the chat owner and the chat managers.
 * - `all_members`: Every member of the chat.
 */
export type ChatPermissionLevel = 'only_owner' | 'all_members';
/**
 * Whether an action stays allowed while the chat's restricted (leak-protection) mode is on.
 *
 * - `all_members`: Every member may still do it.
 * - `not_anyone`: Nobody may do it while restricted mode is on.
 */
export type ChatRestrictedPermission = 'all_members' | 'not_anyone';
/**
 * Whether members may share the chat as a card or link so that others can join it.
 *
 * - `allowed`: Members may share the chat.
 * - `not_allowed`: The chat cannot be shared.
 */
export type ChatShareCardPermission = 'allowed' | 'not_allowed';
/**
 * Lifecycle state of a chat.
 *
 * - `normal`: The chat is active.
 * - `dissolved`: The chat has been dissolved.
 * - `dissolved_save`: The chat has been dissolved but its history is kept for members to read.
 */
export type ChatStatus = 'normal' | 'dissolved' | 'dissolved_save';

/**
 * One tab along the top of a chat, either built in (message, pin, files…) or added by a member or app
 * (doc, url).
 */
export interface ChatTab {
  /**
   * ID of the tab, as returned by list_tabs or create. Required when updating a tab; the IDs also drive
   * sort_tabs and delete_tabs.
   */
  tab_id?: string;
  /**
   * Label shown on the tab. Built-in tabs usually have none. When writing, the limit is 30 characters
   * where one Chinese character counts as three (232047 when exceeded).
   *
   * Constraints: at most 60 characters.
   */
  tab_name?: string;
  /**
   * Kind of tab. Only doc and url tabs can be updated or deleted through the API; the other kinds are
   * read-only here.
   */
  tab_type: TabType;
  /** Target of the tab; empty for built-in tabs. */
  tab_content?: TabContent;
  /** Icon and opening behaviour of a url tab. */
  tab_config?: TabConfig;
}

/**
 * The kind of emoji used as a reaction. Used both when adding a reaction and when reading reactions
 * back.
 */
export interface Emoji {
  /**
   * Name of the emoji in the platform's emoji catalogue, written in upper case, e.g. SMILE, THUMBSUP,
   * LAUGH, OK, HEART. The platform rejects names it does not know with 231001.
   */
  emoji_type: string;
}

/**
 * The chat settings an update changed, as they were before or are after the change; only the changed
 * settings are present.
 */
export interface EventChatSnapshot {
  /** The chat name. */
  name?: string;
  /** The chat description. */
  description?: string;
  /** Image key of the chat avatar. */
  avatar?: string;
  /** The chat name per client language. */
  i18n_names?: I18nNames;
  /** The chat owner. */
  owner_id?: UserIdSet;
  /** Who may add members. */
  add_member_permission?: ChatPermissionLevel;
  /** Who may @mention everyone. */
  at_all_permission?: ChatPermissionLevel;
  /** Who may edit the chat's information. */
  edit_permission?: ChatPermissionLevel;
  /** Whether the chat may be shared. */
  share_card_permission?: ChatShareCardPermission;
  /** Whether joining needs approval. */
  membership_approval?: ChatMembershipApproval;
  /** Who may post. */
  moderation_permission?: ChatModerationSetting;
  /** Conversation or topic chat. */
  group_message_type?: ChatGroupMessageType;
  /** Who sees the notice when someone joins. */
  join_message_visibility?: ChatMessageVisibility;
  /** Who sees the notice when someone leaves. */
  leave_message_visibility?: ChatMessageVisibility;
  /** The chat's labels. */
  labels?: string[];
  /** Restricted (leak-protection) mode. */
  restricted_mode_setting?: RestrictedModeSetting;
}

/** A user who joined or left a chat. */
export interface EventChatUser {
  /** The user's display name. */
  name?: string;
  /** Key of the user's tenant. */
  tenant_key?: string;
  /** The user's ids. */
  user_id?: UserIdSet;
}

/** One @mention inside an event's message content. */
export interface EventMention {
  /** The placeholder standing for the mention in the content (@_user_1). */
  key: string;
  /** The ids of the mentioned user or bot. */
  id?: UserIdSet;
  /** Display name of the mentioned party. */
  name?: string;
  /** Key of the tenant the mentioned party belongs to. */
  tenant_key?: string;
}

/** A message as a message event carries it. */
export interface EventMessage {
  /** ID of the message (om_…). */
  message_id: string;
  /** For a reply, the first message of the reply chain. */
  root_id?: string;
  /** For a reply, the message it answers. */
  parent_id?: string;
  /**
   * When the message was sent, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  create_time?: string;
  /**
   * When the message last changed, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  update_time?: string;
  /** ID of the chat (oc_…) the message was posted in. */
  chat_id: string;
  /** ID of the thread (omt_…) when the message belongs to one. */
  thread_id?: string;
  /**
   * Whether the message was posted in a one-to-one chat or a group.
   *
   * - `p2p`: a one-to-one chat with the bot
   * - `group`: a group chat the bot belongs to
   */
  chat_type: 'p2p' | 'group';
  /** Type of the message (text, post, image, file, interactive, …); decides the shape of content. */
  message_type: string;
  /**
   * The message content as a JSON document in a string, in the shape of its message_type.
   *
   * Constraints: format json.
   */
  content: string;
  /** The @mentions of the content, in order. */
  mentions?: EventMention[];
  /** The client the sender used, when the platform reports it. */
  user_agent?: string;
}

/** Who was added to or removed from the list of members allowed to post. */
export interface EventModeratorList {
  /** Members who may now post. */
  added_member_list?: EventChatUser[];
  /** Members who may no longer post. */
  removed_member_list?: EventChatUser[];
}

/** The emoji of a reaction. */
export interface EventReactionType {
  /** The emoji's key (SMILE, THUMBSUP, OK, …). */
  emoji_type: string;
}

/** Who read the messages of a read-receipt event, and when. */
export interface EventReader {
  /** The reader's ids. */
  reader_id?: UserIdSet;
  /**
   * When the messages were read, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  read_time: string;
  /** Key of the reader's tenant. */
  tenant_key?: string;
}

/** Who sent the message that triggered the event. */
export interface EventSender {
  /** The sender's ids; for an app sender only the fields the platform knows are filled. */
  sender_id?: UserIdSet;
  /**
   * What kind of party sent the message.
   *
   * - `user`: a person
   * - `app`: a bot or app
   */
  sender_type: 'user' | 'app';
  /** Key of the tenant (organisation) the sender belongs to. */
  tenant_key?: string;
}

/** A feed group — a user-made tag that files chats into a section of the feed. */
export interface FeedGroup {
  /** ID of the feed group (ofg_…). */
  group_id: string;
  /** Display name of the group. */
  name?: string;
  /**
   * custom for groups the user made; system for the built-in ones the client provides.
   *
   * - `custom`: Made by the user; can be renamed and deleted.
   * - `system`: Provided by the client; read-only.
   */
  type?: 'custom' | 'system';
  /**
   * When the group was created, in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  create_time?: string;
  /**
   * When the group was last changed (or deleted), in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  update_time?: string;
}

/** A feed entry (a chat) filed in a feed group. */
export interface FeedGroupItem {
  /** ID of the feed entry; for feed_type chat the chat_id (oc_…). */
  feed_id: string;
  /**
   * Kind of feed entry; only chats can be filed today.
   *
   * - `chat`: A chat; feed_id is its chat_id.
   */
  feed_type: 'chat';
  /**
   * When the entry was filed in the group (or taken out of it), in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  update_time?: string;
}

/** An entry the server could not add or remove, with why. */
export interface FeedGroupItemFailure {
  item: FeedGroupItem;
  /**
   * Why it failed: not_member (the user is not in the chat), chat_not_found, chat_dissolved, or
   * limit_reached (the group is full).
   */
  reason: 'not_member' | 'chat_not_found' | 'chat_dissolved' | 'limit_reached';
}

/** An entry the server could not pin or unpin, with why. */
export interface FeedShortcutFailure {
  shortcut: FeedShortcutRef;
  /**
   * Why the entry failed: not_member (the user is not in the chat), chat_not_found, chat_dissolved or
   * limit_reached (the bar is full).
   */
  reason: 'not_member' | 'chat_not_found' | 'chat_dissolved' | 'limit_reached';
}

/** One entry of the shortcut bar at the top of a user's feed. */
export interface FeedShortcutRef {
  /**
   * Kind of entry; only chats can be pinned today.
   *
   * - `chat`: A chat (group or one-to-one), id is its chat_id.
   */
  type: 'chat';
  /** ID of the pinned entry; for type chat the chat_id (oc_…). */
  id: string;
}

/** A flag the signed-in user holds, or held until it was cancelled. */
export interface FlagItem {
  /** ID of the flagged message (om_…). */
  item_id: string;
  item_type: FlagItemType;
  flag_type: FlagType;
  /** ID of the chat the flagged message belongs to (oc_…). */
  chat_id?: string;
  /** ID of the thread (omt_…) for feed-layer flags whose message starts a thread. */
  thread_id?: string;
  /**
   * When the flag was set, as a Unix timestamp in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  create_time?: string;
  /**
   * When the flag last changed (for cancelled flags, when it was cancelled), in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  update_time?: string;
}

/** One item to flag or unflag. */
export interface FlagItemRef {
  /** ID of the message to flag (om_…); for the feed layer, the thread's root message. */
  item_id: string;
  item_type: FlagItemType;
  flag_type: FlagType;
}

/**
 * What a flag points at: default for a single message, thread for a topic in a topic chat, msg_thread
 * for a reply thread in an ordinary group chat.
 *
 * - `default`: A single message (paired with flag_type message).
 * - `thread`: A topic of a topic-mode chat (paired with flag_type feed).
 * - `msg_thread`: A reply thread in a conversation-mode chat (paired with flag_type feed).
 */
export type FlagItemType = 'default' | 'thread' | 'msg_thread';
/**
 * Where the flag lives: message keeps it on the message itself, feed keeps the thread in the user's
 * flagged feed.
 *
 * - `message`: The message layer; shown in the message's own flag marker.
 * - `feed`: The feed layer; the thread shows in the flagged section of the feed.
 */
export type FlagType = 'message' | 'feed';
/**
 * Whether a group chat can be found and joined by people who are not in it.
 *
 * - `private`: Only invited people can join; the chat does not show up in searches by outsiders.
 * - `public`: People of the same tenant can find the chat in search and join it.
 */
export type GroupChatType = 'private' | 'public';

/**
 * The chat name per client language. A member whose Lark client runs in one of these languages sees
 * that entry instead of `name`; keep each entry within 60 characters.
 */
export interface I18nNames {
  /** Name shown to members using the Simplified Chinese client. */
  zh_cn?: string;
  /** Name shown to members using the English client. */
  en_us?: string;
  /** Name shown to members using the Japanese client. */
  ja_jp?: string;
}

/** A user or bot @-mentioned in a message. */
export interface Mention {
  /** Placeholder used for this mention inside the content, e.g. @_user_1 for the first one. */
  key: string;
  /** ID of the mentioned user or bot. */
  id: string;
  /** Kind of id in `id`, such as open_id. */
  id_type: string;
  /** Display name of the mentioned user or bot. */
  name: string;
  /** Key of the tenant the mentioned party belongs to. */
  tenant_key?: string;
}

/**
 * One message as the platform returns it: its ids, where it sits (chat, thread, reply chain), who sent
 * it, its type and its content.
 */
export interface Message {
  /** ID of the message (om_…), unique within the tenant. */
  message_id?: string;
  /**
   * For a reply, the message_id of the first message of the reply chain; empty or absent for a message
   * that answers nothing. Inside a thread every reply has the thread's root here.
   */
  root_id?: string;
  /**
   * For a reply, the message_id of the message it directly answers; inside a thread this is always the
   * root message.
   */
  parent_id?: string;
  /** ID of the thread (omt_…) the message starts or belongs to; absent when it is not part of a thread. */
  thread_id?: string;
  /**
   * Type of the message, which decides the shape of body.content: text, post, image, file, audio, media,
   * sticker, interactive, share_chat, share_user, system, merge_forward, and further types created by
   * Lark clients (for example location or video_chat).
   */
  msg_type?: string;
  /**
   * When the message was sent, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  create_time?: string;
  /**
   * When the message was last changed (edited, card updated or recalled), in milliseconds since the Unix
   * epoch.
   *
   * Constraints: format unix-ms.
   */
  update_time?: string;
  /** True when the message has been recalled. */
  deleted?: boolean;
  /** True when the message was edited or its card was updated after sending. */
  updated?: boolean;
  /** ID of the chat (oc_…) the message was posted in. */
  chat_id?: string;
  /** Who sent the message: a user or an app. */
  sender?: Sender;
  /** The content of the message. */
  body?: MessageBody;
  /**
   * The users and bots @-mentioned in the message, in order; the placeholders in the content (@_user_1,
   * @_user_2 …) refer to these entries by key.
   */
  mentions?: Mention[];
  /**
   * Set on a message that is part of a merged forward: the message_id of the merge_forward message that
   * contains it. Such nested messages cannot be forwarded on their own.
   */
  upper_message_id?: string;
  /**
   * Set on a thread reply that its sender also sent to the chat, which makes two messages: the reply
   * inside the thread (type 1) and its copy in the chat (type 2), each naming the other. Decision: the
   * platform's reference for this field was not available; the shape follows the reference CLI's receive
   * event (type, related_message_id, thread_id).
   */
  sync_to_chat_info?: MessageSyncToChatInfo;
  /** An applink URL that opens this message in the Lark client. */
  message_app_link?: string;
  /** Sequence number of the message in its chat, as a decimal string. */
  message_position?: string;
  /** Sequence number of the message inside its thread, as a decimal string. */
  thread_message_position?: string;
}

export interface MessageSyncToChatInfo {
  /**
   * 1 on the reply inside the thread, 2 on its copy in the chat.
   *
   * Constraints: minimum 1; maximum 2.
   */
  type?: number;
  /** The other message of the pair (om_…). */
  related_message_id?: string;
  /** The thread (omt_…) the reply belongs to. */
  thread_id?: string;
}

/** Wrapper around the content of a message. */
export interface MessageBody {
  /**
   * The content as a string. Normally a JSON document encoded into the string, shaped by msg_type (e.g.
   * {"text":"Hello team"} for text, {"image_key":"img_…"} for image). Exceptions: a recalled message
   * carries a plain notice such as "This message was recalled", and a merge_forward message carries the
   * plain text "Merged and Forwarded Message".
   */
  content: string;
}

/** One user who has read a message. */
export interface MessageReadUser {
  /** Kind of id in user_id, echoing the request's user_id_type. */
  user_id_type: string;
  /** ID of the reader. */
  user_id: string;
  /**
   * When the user read the message, in milliseconds since the Unix epoch.
   *
   * Constraints: format unix-ms.
   */
  timestamp: string;
  /** Key of the tenant the reader belongs to. */
  tenant_key?: string;
}

/** A second-level entry to add under a new top-level entry. */
export interface NewChatMenuSecondLevel {
  /** Label, icon and action of the entry. */
  chat_menu_item: ChatMenuItem;
}

/** A top-level entry to add to a chat menu, optionally with second-level entries. */
export interface NewChatMenuTopLevel {
  /**
   * Label, icon and action of the entry. When children are given, set action_type to NONE and leave out
   * image_key and redirect_link.
   */
  chat_menu_item: ChatMenuItem;
  /**
   * Second-level entries under this entry, at most 5.
   *
   * Constraints: at most 5 items.
   */
  children?: NewChatMenuSecondLevel[];
}

/**
 * A tab to add to a chat. Only doc and url tabs can be added through the API; the other types exist in
 * the client only.
 */
export interface NewChatTab {
  /**
   * Label shown on the tab. The field reference caps it at 30 characters, where one Chinese character
   * counts as three (so about 10 Chinese characters); longer names fail with 232047.
   *
   * Constraints: at most 60 characters.
   */
  tab_name?: string;
  /** Kind of tab. Only doc and url are accepted when adding or updating tabs; any other value is refused. */
  tab_type: TabType;
  /** Target of the tab; fill url for a url tab and doc for a doc tab. */
  tab_content?: TabContent;
  /** Icon and opening behaviour; only used by url tabs. */
  tab_config?: TabConfig;
}

/** Who put a reaction on a message, a user or an app (bot). */
export interface Operator {
  /**
   * ID of the reacting party. For a user it is an ID of the kind chosen with user_id_type (open_id by
   * default, e.g. ou_…); for an app it is the app ID (cli_…).
   */
  operator_id: string;
  /**
   * Whether the reaction came from a person or from an app.
   *
   * - `app`: An app (bot) added the reaction; operator_id is its app ID.
   * - `user`: A person added the reaction; operator_id is a user ID.
   */
  operator_type: 'app' | 'user';
}

/**
 * A message pinned in its chat, with who pinned it and when. Pinned messages appear in the chat's Pin
 * tab for every member.
 */
export interface Pin {
  /** ID of the pinned message (om_…). */
  message_id: string;
  /** ID of the chat the pinned message belongs to (oc_…). */
  chat_id?: string;
  /**
   * ID of whoever pinned the message: the user's open_id when a person pinned it, the app ID (cli_…)
   * when a bot did. operator_id_type says which.
   */
  operator_id?: string;
  /**
   * Kind of ID held in operator_id: open_id for a user, app_id for a bot. Not a closed list in the
   * platform's reference, so treat unknown values as opaque.
   */
  operator_id_type?: string;
  /**
   * When the message was pinned, as a Unix timestamp in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  create_time?: string;
}

/** One emoji reaction that a user or bot put on a message. */
export interface Reaction {
  /**
   * ID of this reaction, unique within its message. Pass it to the delete method to take the reaction
   * off again.
   */
  reaction_id?: string;
  /** The user or app that added the reaction. */
  operator?: Operator;
  /**
   * When the reaction was added, as a Unix timestamp in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  action_time?: string;
  /** The emoji that was used. */
  reaction_type?: Emoji;
}

/**
 * Restricted (leak-protection) mode of a chat, which blocks copying and saving content. The tenant
 * must be entitled to the feature.
 */
export interface RestrictedModeSetting {
  /** Whether restricted mode is on. */
  status?: boolean;
  /** Who may take screenshots or screen recordings of the chat. */
  screenshot_has_permission_setting?: ChatRestrictedPermission;
  /** Who may download the images, videos and files sent in the chat. */
  download_has_permission_setting?: ChatRestrictedPermission;
  /** Who may copy or forward the chat's messages. */
  message_has_permission_setting?: ChatRestrictedPermission;
}

/** The author of a message: a user (identified by a user id) or an app (identified by its app id). */
export interface Sender {
  /** ID of the sender: an open_id (ou_…) or other user id for users, the app id (cli_…) for apps. */
  id: string;
  /**
   * Kind of id in `id`: open_id, union_id or user_id for users (following the user_id_type of the
   * request, open_id by default), app_id for apps.
   */
  id_type: string;
  /**
   * What kind of party sent the message.
   *
   * - `user`: a person
   * - `app`: a bot or app
   * - `anonymous`: a user posting anonymously in a chat that allows it
   * - `unknown`: the platform could not tell (e.g. some system messages)
   */
  sender_type: 'user' | 'app' | 'anonymous' | 'unknown';
  /** Key of the tenant (organisation) the sender belongs to. */
  tenant_key?: string;
  /** Display name of the sender; filled only when the request asked for it with with_sender_name. */
  sender_name?: string;
  /** For app senders, the bot's open id when the platform provides it. */
  open_bot_id?: string;
  /** Localised display names of the sender, when requested with with_sender_name. */
  sender_i18n_names?: SenderSenderI18nNames;
}

export interface SenderSenderI18nNames {
  /** Name in simplified Chinese. */
  zh_cn?: string;
  /** Name in English. */
  en_us?: string;
  /** Name in Japanese. */
  ja_jp?: string;
}

/** Display options of a tab. The platform only honours them on url tabs. */
export interface TabConfig {
  /**
   * image_key of the icon shown on the tab. Upload the icon first with image_type=message; a bot may
   * only use images it uploaded itself (232056 otherwise).
   */
  icon_key?: string;
  /** true embeds the page inside the Lark client; false or absent opens it as an ordinary link. */
  is_built_in?: boolean;
}

/**
 * What a tab opens. Only the member that matches the tab's tab_type is filled in; the others stay
 * empty. Built-in tabs such as message or pin carry no content.
 */
export interface TabContent {
  /**
   * Web address opened by a url tab. Must begin with http:// or https://, otherwise the platform answers
   * 232048.
   *
   * Constraints: format uri.
   */
  url?: string;
  /**
   * Link to the cloud document opened by a doc tab, beginning with http:// or https://. The caller must
   * be able to collaborate on that document, otherwise the platform answers 232051.
   *
   * Constraints: format uri.
   */
  doc?: string;
  /**
   * Link to the meeting minutes shown by a meeting_minute tab. Read-only: such tabs cannot be created or
   * edited through the API, so leave it out of requests.
   */
  meeting_minute?: string;
  /**
   * Reference to the task list shown by a task tab. Read-only: such tabs cannot be created or edited
   * through the API, so leave it out of requests.
   */
  task?: string;
}

/**
 * Kind of a chat tab.
 *
 * - `message`: The chat's message stream; always the first tab.
 * - `doc_list`: The list of cloud documents shared in the chat.
 * - `doc`: A single cloud document (tab_content.doc).
 * - `pin`: The chat's pinned messages.
 * - `meeting_minute`: Meeting minutes (tab_content.meeting_minute).
 * - `chat_announcement`: The chat announcement.
 * - `url`: A web page (tab_content.url).
 * - `file`: Files shared in the chat.
 * - `files_resources`: Combined view of the documents, links and files shared in the chat.
 * - `images_videos`: Combined view of the images and videos shared in the chat.
 * - `task`: The chat's tasks.
 */
export type TabType = 'message' | 'doc_list' | 'doc' | 'pin' | 'meeting_minute' | 'chat_announcement' | 'url' | 'file' | 'files_resources' | 'images_videos' | 'task';

/** Outcome of an urgent (buzz) request. */
export interface UrgentResult {
  /**
   * The ids from user_id_list that were not notified, for example users outside the chat or outside the
   * app's availability range. Empty when everyone was reached.
   */
  invalid_user_id_list: string[];
}

/**
 * The ids of one user as an event carries them: the open_id of the receiving app, the union_id shared
 * by the developer's apps and the tenant's own user_id (only with the scope that reveals it).
 */
export interface UserIdSet {
  /** ID of the user within this app (ou_…). */
  open_id?: string;
  /** ID of the user across the apps of one developer (on_…). */
  union_id?: string;
  /** The tenant's own id of the user; empty unless the app may read user ids. */
  user_id?: string;
}
