// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/contact/service.yaml, specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/files.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml, specs/im/service.yaml, specs/interactive/resources/card.yaml, specs/interactive/service.yaml

export * from './contact/index.js';
export * from './im/index.js';
export * from './interactive/index.js';
export { LarkClient } from './client.js';
