// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/contact/schemas/user.yaml, specs/contact/scopes.yaml, specs/contact/service.yaml, specs/im/events/card.action.trigger.yaml, specs/im/events/im.chat.disbanded_v1.yaml, specs/im/events/im.chat.member.bot.added_v1.yaml, specs/im/events/im.chat.member.bot.deleted_v1.yaml, specs/im/events/im.chat.member.user.added_v1.yaml, specs/im/events/im.chat.member.user.deleted_v1.yaml, specs/im/events/im.chat.member.user.withdrawn_v1.yaml, specs/im/events/im.chat.updated_v1.yaml, specs/im/events/im.message.message_read_v1.yaml, specs/im/events/im.message.reaction.created_v1.yaml, specs/im/events/im.message.reaction.deleted_v1.yaml, specs/im/events/im.message.recalled_v1.yaml, specs/im/events/im.message.receive_v1.yaml, specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/im/schemas/chat.yaml, specs/im/schemas/chat_tab.yaml, specs/im/schemas/event.yaml, specs/im/schemas/feed.yaml, specs/im/schemas/menu.yaml, specs/im/schemas/message.yaml, specs/im/schemas/pin.yaml, specs/im/schemas/reaction.yaml, specs/im/scopes.yaml, specs/im/service.yaml, specs/im/shortcuts/chat-create.yaml, specs/im/shortcuts/chat-disband.yaml, specs/im/shortcuts/chat-list.yaml, specs/im/shortcuts/chat-members-list.yaml, specs/im/shortcuts/chat-messages-list.yaml, specs/im/shortcuts/chat-search.yaml, specs/im/shortcuts/chat-update.yaml, specs/im/shortcuts/feed-group-list-item.yaml, specs/im/shortcuts/feed-group-list.yaml, specs/im/shortcuts/feed-group-query-item.yaml, specs/im/shortcuts/feed-shortcut-create.yaml, specs/im/shortcuts/feed-shortcut-list.yaml, specs/im/shortcuts/feed-shortcut-remove.yaml, specs/im/shortcuts/flag-cancel.yaml, specs/im/shortcuts/flag-create.yaml, specs/im/shortcuts/flag-list.yaml, specs/im/shortcuts/message-read-users.yaml, specs/im/shortcuts/messages-card-update.yaml, specs/im/shortcuts/messages-mget.yaml, specs/im/shortcuts/messages-read-status.yaml, specs/im/shortcuts/messages-reply.yaml, specs/im/shortcuts/messages-resources-download.yaml, specs/im/shortcuts/messages-search.yaml, specs/im/shortcuts/messages-send.yaml, specs/im/shortcuts/messages-update.yaml, specs/im/shortcuts/threads-messages-list.yaml, specs/interactive/resources/card.yaml, specs/interactive/scopes.yaml, specs/interactive/service.yaml

import type { Ctx, UploadedFile } from '../context.js';

/** The shared schemas, by name. */
export interface Schemas {
  "CardAction": { tag: "button" | "overflow" | "select_static" | "multi_select_static" | "select_person" | "multi_select_person" | "input" | "checker" | "date_picker" | "picker_time" | "picker_datetime" | "select_img"; value?: Record<string, unknown>; name?: string; form_value?: Record<string, unknown>; input_value?: string; option?: string; options?: Array<string>; checked?: boolean; timezone?: string };
  "CardActionContext": { open_message_id?: string; open_chat_id?: string; url?: string };
  "CardActionOperator": { open_id: string; union_id?: string; user_id?: string; tenant_key?: string };
  "CardToast": { type: "info" | "success" | "error" | "warning"; content: string };
  "Chat": { chat_id?: string; avatar?: string; name?: string; description?: string; i18n_names?: Schemas["I18nNames"]; owner_id_type?: string; owner_id?: string; user_manager_id_list?: Array<string>; bot_manager_id_list?: Array<string>; add_member_permission?: Schemas["ChatPermissionLevel"]; share_card_permission?: Schemas["ChatShareCardPermission"]; at_all_permission?: Schemas["ChatPermissionLevel"]; edit_permission?: Schemas["ChatPermissionLevel"]; moderation_permission?: Schemas["ChatModerationSetting"]; group_message_type?: Schemas["ChatGroupMessageType"]; chat_mode?: Schemas["ChatMode"]; chat_type?: Schemas["GroupChatType"]; chat_tag?: string; external?: boolean; tenant_key?: string; user_count?: string; bot_count?: string; join_message_visibility?: Schemas["ChatMessageVisibility"]; leave_message_visibility?: Schemas["ChatMessageVisibility"]; membership_approval?: Schemas["ChatMembershipApproval"]; urgent_setting?: Schemas["ChatPermissionLevel"]; video_conference_setting?: Schemas["ChatPermissionLevel"]; pin_manage_setting?: Schemas["ChatPermissionLevel"]; hide_member_count_setting?: Schemas["ChatPermissionLevel"]; restricted_mode_setting?: Schemas["RestrictedModeSetting"]; labels?: Array<string>; toolkit_ids?: Array<string>; chat_status?: Schemas["ChatStatus"] };
  "ChatGroupMessageType": "chat" | "thread";
  "ChatListItem": { chat_id?: string; avatar?: string; name?: string; description?: string; owner_id?: string; owner_id_type?: string; external?: boolean; tenant_key?: string; labels?: Array<string>; chat_status?: Schemas["ChatStatus"]; chat_mode?: Schemas["ChatMode"]; p2p_target_type?: "user" | "bot"; p2p_target_id?: string };
  "ChatManagers": { chat_managers?: Array<string>; chat_bot_managers?: Array<string> };
  "ChatMember": { member_id_type?: string; member_id?: string; name?: string; tenant_key?: string };
  "ChatMembershipApproval": "no_approval_required" | "approval_required";
  "ChatMenuI18nNames": { zh_cn?: string; en_us?: string; ja_jp?: string };
  "ChatMenuItem": { action_type: "NONE" | "REDIRECT_LINK"; redirect_link?: Schemas["ChatMenuRedirectLink"]; image_key?: string; name: string; i18n_names?: Schemas["ChatMenuI18nNames"] };
  "ChatMenuRedirectLink": { common_url?: string; ios_url?: string; android_url?: string; pc_url?: string; web_url?: string };
  "ChatMenuSecondLevel": { chat_menu_second_level_id?: string; chat_menu_item?: Schemas["ChatMenuItem"] };
  "ChatMenuTopLevel": { chat_menu_top_level_id?: string; chat_menu_item?: Schemas["ChatMenuItem"]; children?: Array<Schemas["ChatMenuSecondLevel"]> };
  "ChatMenuTree": { chat_menu_top_levels?: Array<Schemas["ChatMenuTopLevel"]> };
  "ChatMessageVisibility": "only_owner" | "all_members" | "not_anyone";
  "ChatMode": "group" | "topic" | "p2p";
  "ChatModerationSetting": "all_members" | "only_owner" | "moderator_list";
  "ChatPermissionLevel": "only_owner" | "all_members";
  "ChatRestrictedPermission": "all_members" | "not_anyone";
  "ChatShareCardPermission": "allowed" | "not_allowed";
  "ChatStatus": "normal" | "dissolved" | "dissolved_save";
  "ChatTab": { tab_id?: string; tab_name?: string; tab_type: Schemas["TabType"]; tab_content?: Schemas["TabContent"]; tab_config?: Schemas["TabConfig"] };
  "Emoji": { emoji_type: string };
  "EventChatSnapshot": { name?: string; description?: string; avatar?: string; i18n_names?: Schemas["I18nNames"]; owner_id?: Schemas["UserIdSet"]; add_member_permission?: Schemas["ChatPermissionLevel"]; at_all_permission?: Schemas["ChatPermissionLevel"]; edit_permission?: Schemas["ChatPermissionLevel"]; share_card_permission?: Schemas["ChatShareCardPermission"]; membership_approval?: Schemas["ChatMembershipApproval"]; moderation_permission?: Schemas["ChatModerationSetting"]; group_message_type?: Schemas["ChatGroupMessageType"]; join_message_visibility?: Schemas["ChatMessageVisibility"]; leave_message_visibility?: Schemas["ChatMessageVisibility"]; labels?: Array<string>; restricted_mode_setting?: Schemas["RestrictedModeSetting"] };
  "EventChatUser": { name?: string; tenant_key?: string; user_id?: Schemas["UserIdSet"] };
  "EventMention": { key: string; id?: Schemas["UserIdSet"]; name?: string; tenant_key?: string };
  "EventMessage": { message_id: string; root_id?: string; parent_id?: string; create_time?: string; update_time?: string; chat_id: string; thread_id?: string; chat_type: "p2p" | "group"; message_type: string; content: string; mentions?: Array<Schemas["EventMention"]>; user_agent?: string };
  "EventModeratorList": { added_member_list?: Array<Schemas["EventChatUser"]>; removed_member_list?: Array<Schemas["EventChatUser"]> };
  "EventReactionType": { emoji_type: string };
  "EventReader": { reader_id?: Schemas["UserIdSet"]; read_time: string; tenant_key?: string };
  "EventSender": { sender_id?: Schemas["UserIdSet"]; sender_type: "user" | "app"; tenant_key?: string };
  "FeedGroup": { group_id: string; name?: string; type?: "custom" | "system"; create_time?: string; update_time?: string };
  "FeedGroupItem": { feed_id: string; feed_type: "chat"; update_time?: string };
  "FeedGroupItemFailure": { item: Schemas["FeedGroupItem"]; reason: "not_member" | "chat_not_found" | "chat_dissolved" | "limit_reached" };
  "FeedShortcutFailure": { shortcut: Schemas["FeedShortcutRef"]; reason: "not_member" | "chat_not_found" | "chat_dissolved" | "limit_reached" };
  "FeedShortcutRef": { type: "chat"; id: string };
  "FlagItem": { item_id: string; item_type: Schemas["FlagItemType"]; flag_type: Schemas["FlagType"]; chat_id?: string; thread_id?: string; create_time?: string; update_time?: string };
  "FlagItemRef": { item_id: string; item_type: Schemas["FlagItemType"]; flag_type: Schemas["FlagType"] };
  "FlagItemType": "default" | "thread" | "msg_thread";
  "FlagType": "message" | "feed";
  "GroupChatType": "private" | "public";
  "I18nName": { zh_cn?: string; ja_jp?: string; en_us?: string };
  "I18nNames": { zh_cn?: string; en_us?: string; ja_jp?: string };
  "Mention": { key: string; id: string; id_type: string; name: string; tenant_key?: string };
  "Message": { message_id?: string; root_id?: string; parent_id?: string; thread_id?: string; msg_type?: string; create_time?: string; update_time?: string; deleted?: boolean; updated?: boolean; chat_id?: string; sender?: Schemas["Sender"]; body?: Schemas["MessageBody"]; mentions?: Array<Schemas["Mention"]>; upper_message_id?: string; sync_to_chat_info?: { type?: number; related_message_id?: string; thread_id?: string }; message_app_link?: string; message_position?: string; thread_message_position?: string };
  "MessageBody": { content: string };
  "MessageReadUser": { user_id_type: string; user_id: string; timestamp: string; tenant_key?: string };
  "NewChatMenuSecondLevel": { chat_menu_item: Schemas["ChatMenuItem"] };
  "NewChatMenuTopLevel": { chat_menu_item: Schemas["ChatMenuItem"]; children?: Array<Schemas["NewChatMenuSecondLevel"]> };
  "NewChatTab": { tab_name?: string; tab_type: Schemas["TabType"]; tab_content?: Schemas["TabContent"]; tab_config?: Schemas["TabConfig"] };
  "Operator": { operator_id: string; operator_type: "app" | "user" };
  "Pin": { message_id: string; chat_id?: string; operator_id?: string; operator_id_type?: string; create_time?: string };
  "Reaction": { reaction_id?: string; operator?: Schemas["Operator"]; action_time?: string; reaction_type?: Schemas["Emoji"] };
  "RestrictedModeSetting": { status?: boolean; screenshot_has_permission_setting?: Schemas["ChatRestrictedPermission"]; download_has_permission_setting?: Schemas["ChatRestrictedPermission"]; message_has_permission_setting?: Schemas["ChatRestrictedPermission"] };
  "Sender": { id: string; id_type: string; sender_type: "user" | "app" | "anonymous" | "unknown"; tenant_key?: string; sender_name?: string; open_bot_id?: string; sender_i18n_names?: { zh_cn?: string; en_us?: string; ja_jp?: string } };
  "TabConfig": { icon_key?: string; is_built_in?: boolean };
  "TabContent": { url?: string; doc?: string; meeting_minute?: string; task?: string };
  "TabType": "message" | "doc_list" | "doc" | "pin" | "meeting_minute" | "chat_announcement" | "url" | "file" | "files_resources" | "images_videos" | "task";
  "UrgentResult": { invalid_user_id_list: Array<string> };
  "User": { union_id?: string; user_id?: string; open_id?: string; name: string; en_name?: string; nickname?: string; email?: string; mobile?: string; mobile_visible?: boolean; gender?: number; avatar?: Schemas["UserAvatar"]; status?: Schemas["UserStatus"]; department_ids?: Array<string>; leader_user_id?: string; city?: string; country?: string; work_station?: string; join_time?: number; is_tenant_manager?: boolean; employee_no?: string; employee_type?: number; positions?: Array<{ position_code?: string; position_name?: string; department_id?: string; leader_user_id?: string; leader_position_code?: string; is_major?: boolean }>; orders?: Array<{ department_id?: string; user_order?: number; department_order?: number; is_primary_dept?: boolean }>; custom_attrs?: Array<{ type?: string; id?: string; value?: { text?: string; url?: string; pc_url?: string; option_id?: string; option_value?: string; name?: string; picture_url?: string; generic_user?: { id: string; type: number } } }>; enterprise_email?: string; idp_type?: string; time_zone?: string; description?: string; job_title?: string; need_send_notification?: boolean; notification_option?: { channels?: Array<string>; language?: "zh-CN" | "en-US" | "ja-JP" }; is_frozen?: boolean; geo?: string; job_level_id?: string; job_family_id?: string; subscription_ids?: Array<string>; assign_info?: Array<{ subscription_id?: string; license_plan_key?: string; product_name?: string; i18n_name?: Schemas["I18nName"]; start_time?: string; end_time?: string }>; department_path?: Array<{ department_id?: string; department_name?: { name?: string; i18n_name?: Schemas["I18nName"] }; department_path?: { department_ids?: Array<string>; department_path_name?: { name?: string; i18n_name?: Schemas["I18nName"] } } }>; dotted_line_leader_user_ids?: Array<string> };
  "UserAvatar": { avatar_72?: string; avatar_240?: string; avatar_640?: string; avatar_origin?: string };
  "UserBasic": { user_id?: string; name?: string; i18n_name?: Schemas["I18nName"] };
  "UserIdSet": { open_id?: string; union_id?: string; user_id?: string };
  "UserStatus": { is_frozen?: boolean; is_resigned?: boolean; is_activated?: boolean; is_exited?: boolean; is_unjoin?: boolean };
}

/** What a handler receives for each method once the request passed validation. */
export interface MethodRequests {
  "contact.users.basic_batch": { path: Record<string, never>; query: { user_id_type?: "user_id" | "union_id" | "open_id" }; body: { user_ids: Array<string> } };
  "contact.users.batch": { path: Record<string, never>; query: { user_ids: Array<string>; user_id_type?: "open_id" | "union_id" | "user_id"; department_id_type?: "open_department_id" | "department_id" }; body: Record<string, never> };
  "im.app_feed_card.batch.delete": { path: Record<string, never>; query: { user_id_type?: "open_id" | "user_id" | "union_id" }; body: { feed_cards?: Array<{ biz_id: string; user_id: string }> } };
  "im.app_feed_card.batch.update": { path: Record<string, never>; query: { user_id_type?: "open_id" | "user_id" | "union_id" }; body: { feed_cards?: Array<{ app_feed_card: { biz_id?: string; title?: string; avatar_key?: string; preview?: string; status_label?: { text: string; type: "primary" | "secondary" | "success" | "danger" }; buttons?: { buttons: Array<{ multi_url?: { url?: string; android_url?: string; ios_url?: string; pc_url?: string }; action_type: "url_page" | "webhook"; text: { text: string }; button_type?: "default" | "primary" | "success"; action_map?: Record<string, string> }> }; link?: { link?: string }; time_sensitive?: boolean; notify?: { close_notify?: boolean; custom_sound_text?: string; with_custom_sound?: boolean } }; user_id: string; update_fields: Array<"1" | "2" | "3" | "10" | "11" | "12" | "13" | "101" | "102" | "103"> }> } };
  "im.app_feed_card.create": { path: Record<string, never>; query: { user_id_type?: "open_id" | "union_id" | "user_id" }; body: { app_feed_card: { biz_id?: string; title?: string; avatar_key?: string; preview?: string; status_label?: { text: string; type: "primary" | "secondary" | "success" | "danger" }; buttons?: { buttons: Array<{ multi_url?: { url?: string; android_url?: string; ios_url?: string; pc_url?: string }; action_type: "url_page" | "webhook"; text: { text: string }; button_type?: "default" | "primary" | "success"; action_map?: Record<string, string> }> }; link: { link?: string }; time_sensitive?: boolean; notify?: { close_notify?: boolean; custom_sound_text?: string; with_custom_sound?: boolean } }; user_ids?: Array<string> } };
  "im.batch_messages.delete": { path: { batch_message_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.batch_messages.get_progress": { path: { batch_message_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.batch_messages.read_user": { path: { batch_message_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.biz_entity_tag_relation.create": { path: Record<string, never>; query: Record<string, never>; body: { tag_biz_type: "chat"; biz_entity_id: string; tag_ids?: Array<string>; bot_id?: string } };
  "im.biz_entity_tag_relation.get": { path: Record<string, never>; query: { tag_biz_type: "chat"; biz_entity_id: string; bot_id?: string }; body: Record<string, never> };
  "im.biz_entity_tag_relation.update": { path: Record<string, never>; query: Record<string, never>; body: { tag_biz_type: "chat"; biz_entity_id: string; tag_ids?: Array<string>; bot_id?: string } };
  "im.chat.announcement.get": { path: { chat_id: string }; query: { user_id_type?: "user_id" | "union_id" | "open_id" }; body: Record<string, never> };
  "im.chat.announcement.patch": { path: { chat_id: string }; query: Record<string, never>; body: { revision: string; requests?: Array<string> } };
  "im.chat.managers.add_managers": { path: { chat_id: string }; query: { member_id_type?: "user_id" | "union_id" | "open_id" | "app_id" }; body: { manager_ids?: Array<string> } };
  "im.chat.managers.delete_managers": { path: { chat_id: string }; query: { member_id_type?: "user_id" | "union_id" | "open_id" | "app_id" }; body: { manager_ids?: Array<string> } };
  "im.chat.members.bots": { path: { chat_id: string }; query: { page_size?: number; page_token?: string }; body: Record<string, never> };
  "im.chat.members.create": { path: { chat_id: string }; query: { member_id_type?: "user_id" | "union_id" | "open_id" | "app_id"; succeed_type?: 0 | 1 | 2 }; body: { id_list?: Array<string> } };
  "im.chat.members.delete": { path: { chat_id: string }; query: { member_id_type?: "user_id" | "union_id" | "open_id" | "app_id" }; body: { id_list?: Array<string> } };
  "im.chat.members.get": { path: { chat_id: string }; query: { member_id_type?: "user_id" | "union_id" | "open_id"; page_size?: number; page_token?: string; check_security_conf?: boolean }; body: Record<string, never> };
  "im.chat.members.is_in_chat": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chat.members.list": { path: { chat_id: string }; query: { member_id_type?: "user_id" | "union_id" | "open_id"; member_types?: Array<"user" | "bot">; page_size?: number; page_token?: string }; body: Record<string, never> };
  "im.chat.members.me_join": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chat.menu_items.patch": { path: { chat_id: string; menu_item_id: string }; query: Record<string, never>; body: { update_fields: Array<"ICON" | "NAME" | "I18N_NAME" | "REDIRECT_LINK">; chat_menu_item: { action_type?: "NONE" | "REDIRECT_LINK"; redirect_link?: Schemas["ChatMenuRedirectLink"]; image_key?: string; name?: string; i18n_names?: Schemas["ChatMenuI18nNames"] } } };
  "im.chat.menu_tree.create": { path: { chat_id: string }; query: Record<string, never>; body: { menu_tree: { chat_menu_top_levels: Array<Schemas["NewChatMenuTopLevel"]> } } };
  "im.chat.menu_tree.delete": { path: { chat_id: string }; query: Record<string, never>; body: { chat_menu_top_level_ids: Array<string> } };
  "im.chat.menu_tree.get": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chat.menu_tree.sort": { path: { chat_id: string }; query: Record<string, never>; body: { chat_menu_top_level_ids: Array<string> } };
  "im.chat.moderation.get": { path: { chat_id: string }; query: { user_id_type?: "user_id" | "union_id" | "open_id"; page_size?: number; page_token?: string }; body: Record<string, never> };
  "im.chat.moderation.update": { path: { chat_id: string }; query: { user_id_type?: "user_id" | "union_id" | "open_id" }; body: { moderation_setting?: Schemas["ChatModerationSetting"]; moderator_added_list?: Array<string>; moderator_removed_list?: Array<string> } };
  "im.chat.nickname.delete": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chat.nickname.get": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chat.nickname.update": { path: { chat_id: string }; query: Record<string, never>; body: { nickname: string } };
  "im.chat.tabs.create": { path: { chat_id: string }; query: Record<string, never>; body: { chat_tabs: Array<Schemas["NewChatTab"]> } };
  "im.chat.tabs.delete_tabs": { path: { chat_id: string }; query: Record<string, never>; body: { tab_ids: Array<string> } };
  "im.chat.tabs.list_tabs": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chat.tabs.sort_tabs": { path: { chat_id: string }; query: Record<string, never>; body: { tab_ids?: Array<string> } };
  "im.chat.tabs.update_tabs": { path: { chat_id: string }; query: Record<string, never>; body: { chat_tabs?: Array<Schemas["ChatTab"]> } };
  "im.chat.top_notice.delete_top_notice": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chat.top_notice.put_top_notice": { path: { chat_id: string }; query: Record<string, never>; body: { chat_top_notice: Array<{ action_type?: "1" | "2"; message_id?: string }> } };
  "im.chat.user_setting.batch_query": { path: Record<string, never>; query: Record<string, never>; body: { chat_ids: Array<string> } };
  "im.chat.user_setting.batch_update": { path: Record<string, never>; query: Record<string, never>; body: { settings: Array<{ chat_id: string; is_muted?: boolean; is_mute_at_all?: boolean }> } };
  "im.chat_button.update": { path: Record<string, never>; query: { user_id_type?: "open_id" | "union_id" | "user_id" }; body: { bot_id?: string; user_ids?: Array<string>; chat_id: string; buttons?: { buttons: Array<{ multi_url?: { url?: string; android_url?: string; ios_url?: string; pc_url?: string }; action_type: "url_page" | "webhook"; text: { text: string }; button_type?: "default" | "primary" | "success"; action_map?: Record<string, string> }> } } };
  "im.chat_p2p.batch_query": { path: Record<string, never>; query: { chatter_id_type?: "open_id" }; body: { chatter_ids: Array<string> } };
  "im.chats.batch_query": { path: Record<string, never>; query: { user_id_type?: "open_id" | "union_id" | "user_id" }; body: { chat_ids: Array<string> } };
  "im.chats.create": { path: Record<string, never>; query: { user_id_type?: "open_id" | "union_id" | "user_id"; set_bot_manager?: boolean; uuid?: string }; body: { avatar?: string; name?: string; description?: string; i18n_names?: Schemas["I18nNames"]; owner_id?: string; user_id_list?: Array<string>; bot_id_list?: Array<string>; group_message_type?: Schemas["ChatGroupMessageType"]; chat_mode?: "group" | "topic"; chat_type?: Schemas["GroupChatType"]; external?: boolean; join_message_visibility?: Schemas["ChatMessageVisibility"]; leave_message_visibility?: Schemas["ChatMessageVisibility"]; membership_approval?: Schemas["ChatMembershipApproval"]; labels?: Array<string>; toolkit_ids?: Array<string>; restricted_mode_setting?: Schemas["RestrictedModeSetting"]; urgent_setting?: Schemas["ChatPermissionLevel"]; video_conference_setting?: Schemas["ChatPermissionLevel"]; edit_permission?: Schemas["ChatPermissionLevel"]; chat_tags?: Array<string>; pin_manage_setting?: Schemas["ChatPermissionLevel"]; hide_member_count_setting?: Schemas["ChatPermissionLevel"] } };
  "im.chats.delete": { path: { chat_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.chats.get": { path: { chat_id: string }; query: { user_id_type?: "open_id" | "union_id" | "user_id" }; body: Record<string, never> };
  "im.chats.link": { path: { chat_id: string }; query: Record<string, never>; body: { validity_period?: "week" | "year" | "permanently" } };
  "im.chats.list": { path: Record<string, never>; query: { user_id_type?: "open_id" | "union_id" | "user_id"; sort_type?: "ByCreateTimeAsc" | "ByActiveTimeDesc"; page_token?: string; page_size?: number; types?: string }; body: Record<string, never> };
  "im.chats.search": { path: Record<string, never>; query: { user_id_type?: "open_id" | "union_id" | "user_id"; query?: string; page_token?: string; page_size?: number }; body: Record<string, never> };
  "im.chats.search_v2": { path: Record<string, never>; query: { page_size?: number; page_token?: string; user_id_type?: "open_id" | "union_id" | "user_id" }; body: { query?: string; filter?: { search_types?: Array<"private" | "external" | "public_joined" | "public_not_joined">; member_ids?: Array<string>; is_manager?: boolean; disable_search_by_user?: boolean; chat_modes?: Array<"default" | "thread"> }; sorter?: "create_time_desc" | "update_time_desc" | "member_count_desc" } };
  "im.chats.update": { path: { chat_id: string }; query: { user_id_type?: "open_id" | "union_id" | "user_id" }; body: { avatar?: string; name?: string; description?: string; i18n_names?: Schemas["I18nNames"]; add_member_permission?: Schemas["ChatPermissionLevel"]; share_card_permission?: Schemas["ChatShareCardPermission"]; at_all_permission?: Schemas["ChatPermissionLevel"]; edit_permission?: Schemas["ChatPermissionLevel"]; owner_id?: string; join_message_visibility?: Schemas["ChatMessageVisibility"]; leave_message_visibility?: Schemas["ChatMessageVisibility"]; membership_approval?: Schemas["ChatMembershipApproval"]; labels?: Array<string>; toolkit_ids?: Array<string>; restricted_mode_setting?: Schemas["RestrictedModeSetting"]; chat_type?: Schemas["GroupChatType"]; group_message_type?: Schemas["ChatGroupMessageType"]; urgent_setting?: Schemas["ChatPermissionLevel"]; video_conference_setting?: Schemas["ChatPermissionLevel"]; pin_manage_setting?: Schemas["ChatPermissionLevel"]; hide_member_count_setting?: Schemas["ChatPermissionLevel"] } };
  "im.feed.groups.batch_add_item": { path: { feed_group_id: string }; query: Record<string, never>; body: { items: Array<{ feed_id: string; feed_type: "chat" }> } };
  "im.feed.groups.batch_query": { path: Record<string, never>; query: Record<string, never>; body: { group_ids: Array<string> } };
  "im.feed.groups.batch_query_item": { path: { feed_group_id: string }; query: Record<string, never>; body: { items: Array<{ feed_id: string; feed_type: "chat" }> } };
  "im.feed.groups.batch_remove_item": { path: { feed_group_id: string }; query: Record<string, never>; body: { items: Array<{ feed_id: string; feed_type: "chat" }> } };
  "im.feed.groups.create": { path: Record<string, never>; query: Record<string, never>; body: { name: string } };
  "im.feed.groups.delete": { path: { feed_group_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.feed.groups.list": { path: Record<string, never>; query: { page_size?: number; page_token?: string; start_time?: string; end_time?: string }; body: Record<string, never> };
  "im.feed.groups.list_item": { path: { feed_group_id: string }; query: { page_size?: number; page_token?: string; start_time?: string; end_time?: string }; body: Record<string, never> };
  "im.feed.groups.update": { path: { feed_group_id: string }; query: Record<string, never>; body: { name: string } };
  "im.feed_cards.bot_time_sentive": { path: Record<string, never>; query: { user_id_type: "open_id" | "user_id" | "union_id" }; body: { bot_id?: string; time_sensitive: boolean; user_ids: Array<string> } };
  "im.feed_cards.patch": { path: { feed_card_id: string }; query: { user_id_type: "open_id" | "user_id" | "union_id" }; body: { time_sensitive: boolean; user_ids: Array<string> } };
  "im.feed_shortcuts.create": { path: Record<string, never>; query: Record<string, never>; body: { shortcuts: Array<Schemas["FeedShortcutRef"]>; is_header?: boolean } };
  "im.feed_shortcuts.list": { path: Record<string, never>; query: { page_token?: string }; body: Record<string, never> };
  "im.feed_shortcuts.remove": { path: Record<string, never>; query: Record<string, never>; body: { shortcuts: Array<Schemas["FeedShortcutRef"]> } };
  "im.files.create": { path: Record<string, never>; query: Record<string, never>; body: { file_type: "opus" | "mp4" | "pdf" | "doc" | "xls" | "ppt" | "stream"; file_name: string; duration?: number; file: UploadedFile } };
  "im.files.get": { path: { file_key: string }; query: Record<string, never>; body: Record<string, never> };
  "im.flags.cancel": { path: Record<string, never>; query: Record<string, never>; body: { flag_items: Array<Schemas["FlagItemRef"]> } };
  "im.flags.create": { path: Record<string, never>; query: Record<string, never>; body: { flag_items: Array<Schemas["FlagItemRef"]> } };
  "im.flags.list": { path: Record<string, never>; query: { page_size?: number; page_token?: string }; body: Record<string, never> };
  "im.images.create": { path: Record<string, never>; query: Record<string, never>; body: { image_type: "message" | "avatar"; image: UploadedFile } };
  "im.images.get": { path: { image_key: string }; query: Record<string, never>; body: Record<string, never> };
  "im.message.resources.get": { path: { message_id: string; file_key: string }; query: { type: "image" | "file" }; body: Record<string, never> };
  "im.messages.create": { path: Record<string, never>; query: { receive_id_type: "open_id" | "user_id" | "union_id" | "email" | "chat_id" }; body: { receive_id: string; msg_type: "text" | "post" | "image" | "file" | "audio" | "media" | "sticker" | "interactive" | "share_chat" | "share_user" | "system"; content: string; uuid?: string } };
  "im.messages.delete": { path: { message_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.messages.forward": { path: { message_id: string }; query: { receive_id_type: "open_id" | "user_id" | "union_id" | "email" | "chat_id" | "thread_id"; uuid?: string }; body: { receive_id: string } };
  "im.messages.get": { path: { message_id: string }; query: { user_id_type?: "user_id" | "union_id" | "open_id"; card_msg_content_type?: "raw_card_content" | "user_card_content"; with_sender_name?: boolean }; body: Record<string, never> };
  "im.messages.list": { path: Record<string, never>; query: { container_id_type: "chat" | "thread"; container_id: string; start_time?: string; end_time?: string; sort_type?: "ByCreateTimeAsc" | "ByCreateTimeDesc"; page_size?: number; page_token?: string; card_msg_content_type?: "raw_card_content" | "user_card_content"; only_thread_root_messages?: boolean; with_sender_name?: boolean }; body: Record<string, never> };
  "im.messages.merge_forward": { path: Record<string, never>; query: { receive_id_type: "open_id" | "user_id" | "union_id" | "email" | "chat_id" | "thread_id"; uuid?: string }; body: { receive_id: string; message_id_list: Array<string> } };
  "im.messages.mget": { path: Record<string, never>; query: { message_ids: Array<string>; card_msg_content_type?: "raw_card_content" | "user_card_content"; with_sender_name?: boolean; user_id_type?: "user_id" | "union_id" | "open_id" }; body: Record<string, never> };
  "im.messages.patch": { path: { message_id: string }; query: Record<string, never>; body: { content: string } };
  "im.messages.push_follow_up": { path: { message_id: string }; query: Record<string, never>; body: { follow_ups: Array<{ content: string; i18n_contents?: Array<{ content: string; language: "en_us" | "zh_cn" | "zh_hk" | "zh_tw" | "ja_jp" | "id_id" | "vi_vn" | "th_th" | "pt_br" | "es_es" | "ko_kr" | "de_de" | "fr_fr" | "it_it" | "ru_ru" | "ms_my" }> }> } };
  "im.messages.read_status": { path: Record<string, never>; query: Record<string, never>; body: { message_ids: Array<string> } };
  "im.messages.read_users": { path: { message_id: string }; query: { user_id_type: "user_id" | "union_id" | "open_id"; page_size?: number; page_token?: string }; body: Record<string, never> };
  "im.messages.reply": { path: { message_id: string }; query: Record<string, never>; body: { content: string; msg_type: "text" | "post" | "image" | "file" | "audio" | "media" | "sticker" | "interactive" | "share_chat" | "share_user"; reply_in_thread?: boolean; uuid?: string } };
  "im.messages.search": { path: Record<string, never>; query: { page_size?: number; page_token?: string; user_id_type?: "user_id" | "union_id" | "open_id" }; body: { query?: string; filter?: { from_ids?: Array<string>; chat_ids?: Array<string>; time_range?: { start_time?: string; end_time?: string }; include_attachment_types?: Array<"image" | "video" | "file" | "link">; from_types?: Array<"user" | "bot">; at_chatter_ids?: Array<string>; chat_type?: "group" | "p2p"; is_at_me?: boolean; exclude_from_types?: Array<"user" | "bot"> } } };
  "im.messages.update": { path: { message_id: string }; query: Record<string, never>; body: { msg_type: "text" | "post"; content: string } };
  "im.messages.urgent_app": { path: { message_id: string }; query: { user_id_type: "user_id" | "union_id" | "open_id" }; body: { user_id_list: Array<string> } };
  "im.messages.urgent_phone": { path: { message_id: string }; query: { user_id_type: "user_id" | "union_id" | "open_id" }; body: { user_id_list: Array<string> } };
  "im.messages.urgent_sms": { path: { message_id: string }; query: { user_id_type: "user_id" | "union_id" | "open_id" }; body: { user_id_list: Array<string> } };
  "im.pins.create": { path: Record<string, never>; query: Record<string, never>; body: { message_id: string } };
  "im.pins.delete": { path: { message_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.pins.list": { path: Record<string, never>; query: { chat_id: string; start_time?: string; end_time?: string; page_size?: number; page_token?: string }; body: Record<string, never> };
  "im.reactions.batch_query": { path: Record<string, never>; query: { user_id_type?: "user_id" | "union_id" | "open_id" }; body: { queries: Array<{ message_id?: string; page_token?: string }>; page_size_per_message?: number; reaction_type?: string } };
  "im.reactions.create": { path: { message_id: string }; query: Record<string, never>; body: { reaction_type: Schemas["Emoji"] } };
  "im.reactions.delete": { path: { message_id: string; reaction_id: string }; query: Record<string, never>; body: Record<string, never> };
  "im.reactions.list": { path: { message_id: string }; query: { reaction_type?: string; page_token?: string; page_size?: number; user_id_type?: "open_id" | "union_id" | "user_id" }; body: Record<string, never> };
  "im.tags.create": { path: Record<string, never>; query: Record<string, never>; body: { create_tag: { tag_type: "tenant"; name: string; i18n_names?: Array<{ locale: string; name?: string }> }; bot_id?: string } };
  "im.tags.patch": { path: { tag_id: string }; query: Record<string, never>; body: { patch_tag?: { id?: string; name?: string; i18n_names?: Array<{ locale: string; name?: string }> }; bot_id?: string } };
  "im.threads.forward": { path: { thread_id: string }; query: { receive_id_type: "open_id" | "user_id" | "union_id" | "email" | "chat_id" | "thread_id"; uuid?: string }; body: { receive_id: string } };
  "im.url_previews.batch_update": { path: Record<string, never>; query: Record<string, never>; body: { preview_tokens: Array<string>; open_ids?: Array<string> } };
  "interactive.card.update": { path: Record<string, never>; query: Record<string, never>; body: { token: string; card: Record<string, unknown> } };
}

export type MethodId = keyof MethodRequests;

/** The method ids of each resource (`<service>.<resource>`). */
export interface ResourceMethods {
  "contact.users": "contact.users.batch" | "contact.users.basic_batch";
  "im.app_feed_card": "im.app_feed_card.create";
  "im.app_feed_card.batch": "im.app_feed_card.batch.delete" | "im.app_feed_card.batch.update";
  "im.batch_messages": "im.batch_messages.delete" | "im.batch_messages.get_progress" | "im.batch_messages.read_user";
  "im.biz_entity_tag_relation": "im.biz_entity_tag_relation.create" | "im.biz_entity_tag_relation.get" | "im.biz_entity_tag_relation.update";
  "im.chat.announcement": "im.chat.announcement.get" | "im.chat.announcement.patch";
  "im.chat.managers": "im.chat.managers.add_managers" | "im.chat.managers.delete_managers";
  "im.chat.members": "im.chat.members.create" | "im.chat.members.delete" | "im.chat.members.get" | "im.chat.members.is_in_chat" | "im.chat.members.me_join" | "im.chat.members.list" | "im.chat.members.bots";
  "im.chat.menu_items": "im.chat.menu_items.patch";
  "im.chat.menu_tree": "im.chat.menu_tree.create" | "im.chat.menu_tree.delete" | "im.chat.menu_tree.get" | "im.chat.menu_tree.sort";
  "im.chat.moderation": "im.chat.moderation.get" | "im.chat.moderation.update";
  "im.chat.nickname": "im.chat.nickname.get" | "im.chat.nickname.update" | "im.chat.nickname.delete";
  "im.chat.tabs": "im.chat.tabs.create" | "im.chat.tabs.delete_tabs" | "im.chat.tabs.list_tabs" | "im.chat.tabs.sort_tabs" | "im.chat.tabs.update_tabs";
  "im.chat.top_notice": "im.chat.top_notice.delete_top_notice" | "im.chat.top_notice.put_top_notice";
  "im.chat.user_setting": "im.chat.user_setting.batch_query" | "im.chat.user_setting.batch_update";
  "im.chat_button": "im.chat_button.update";
  "im.chat_p2p": "im.chat_p2p.batch_query";
  "im.chats": "im.chats.create" | "im.chats.delete" | "im.chats.get" | "im.chats.link" | "im.chats.list" | "im.chats.search" | "im.chats.update" | "im.chats.search_v2" | "im.chats.batch_query";
  "im.feed.groups": "im.feed.groups.list" | "im.feed.groups.create" | "im.feed.groups.update" | "im.feed.groups.delete" | "im.feed.groups.batch_query" | "im.feed.groups.list_item" | "im.feed.groups.batch_query_item" | "im.feed.groups.batch_add_item" | "im.feed.groups.batch_remove_item";
  "im.feed_cards": "im.feed_cards.bot_time_sentive" | "im.feed_cards.patch";
  "im.feed_shortcuts": "im.feed_shortcuts.create" | "im.feed_shortcuts.remove" | "im.feed_shortcuts.list";
  "im.files": "im.files.create" | "im.files.get";
  "im.flags": "im.flags.create" | "im.flags.cancel" | "im.flags.list";
  "im.images": "im.images.create" | "im.images.get";
  "im.message.resources": "im.message.resources.get";
  "im.messages": "im.messages.create" | "im.messages.delete" | "im.messages.forward" | "im.messages.get" | "im.messages.list" | "im.messages.merge_forward" | "im.messages.patch" | "im.messages.push_follow_up" | "im.messages.read_users" | "im.messages.read_status" | "im.messages.reply" | "im.messages.update" | "im.messages.urgent_app" | "im.messages.urgent_phone" | "im.messages.urgent_sms" | "im.messages.search" | "im.messages.mget";
  "im.pins": "im.pins.create" | "im.pins.delete" | "im.pins.list";
  "im.reactions": "im.reactions.create" | "im.reactions.delete" | "im.reactions.list" | "im.reactions.batch_query";
  "im.tags": "im.tags.create" | "im.tags.patch";
  "im.threads": "im.threads.forward";
  "im.url_previews": "im.url_previews.batch_update";
  "interactive.card": "interactive.card.update";
}

export type ResourceName = keyof ResourceMethods;

/** A handler of one method: its context carries that method's typed path, query and body. */
export type MethodHandler<K extends MethodId> = (ctx: Ctx<MethodRequests[K]>) => unknown;

/** The handlers of one resource: exactly its methods (a missing or misnamed one is a type error). */
export type ResourceHandlers<R extends ResourceName> = { readonly [K in ResourceMethods[R]]: MethodHandler<K> };

/** The handlers of every resource of the specs. */
export type AllHandlers = { readonly [R in ResourceName]: ResourceHandlers<R> };
