// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/im/resources/app_feed_card.batch.yaml, specs/im/resources/app_feed_card.yaml, specs/im/resources/batch_messages.yaml, specs/im/resources/biz_entity_tag_relation.yaml, specs/im/resources/chat.announcement.yaml, specs/im/resources/chat.managers.yaml, specs/im/resources/chat.members.yaml, specs/im/resources/chat.menu_items.yaml, specs/im/resources/chat.menu_tree.yaml, specs/im/resources/chat.moderation.yaml, specs/im/resources/chat.nickname.yaml, specs/im/resources/chat.tabs.yaml, specs/im/resources/chat.top_notice.yaml, specs/im/resources/chat.user_setting.yaml, specs/im/resources/chat_button.yaml, specs/im/resources/chat_p2p.yaml, specs/im/resources/chats.yaml, specs/im/resources/feed.groups.yaml, specs/im/resources/feed_cards.yaml, specs/im/resources/feed_shortcuts.yaml, specs/im/resources/files.yaml, specs/im/resources/flags.yaml, specs/im/resources/images.yaml, specs/im/resources/message.resources.yaml, specs/im/resources/messages.yaml, specs/im/resources/pins.yaml, specs/im/resources/reactions.yaml, specs/im/resources/tags.yaml, specs/im/resources/threads.yaml, specs/im/resources/url_previews.yaml

import type { MethodDescriptor } from '../../core/types.js';

/** `POST /open-apis/im/v2/app_feed_card` */
export const imAppFeedCardCreateDescriptor: MethodDescriptor = {
  id: 'im.app_feed_card.create',
  http: 'POST',
  path: '/open-apis/im/v2/app_feed_card',
  risk: 'write',
  identities: { bot: { anyOf: ['im:app_feed_card:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      app_feed_card: {
        type: 'object',
        required: true,
        properties: {
          biz_id: { type: 'string' },
          title: { type: 'string' },
          avatar_key: { type: 'string' },
          preview: { type: 'string' },
          status_label: {
            type: 'object',
            properties: {
              text: { type: 'string', required: true },
              type: { type: 'string', required: true, enum: ['primary', 'secondary', 'success', 'danger'] },
            },
          },
          buttons: {
            type: 'object',
            properties: {
              buttons: {
                type: 'array',
                required: true,
                items: {
                  type: 'object',
                  properties: {
                    multi_url: {
                      type: 'object',
                      properties: {
                        url: { type: 'string', format: 'uri', maxLength: 700 },
                        android_url: { type: 'string', format: 'uri', maxLength: 700 },
                        ios_url: { type: 'string', format: 'uri', maxLength: 700 },
                        pc_url: { type: 'string', format: 'uri', maxLength: 700 },
                      },
                    },
                    action_type: { type: 'string', required: true, enum: ['url_page', 'webhook'] },
                    text: {
                      type: 'object',
                      required: true,
                      properties: { text: { type: 'string', required: true } },
                    },
                    button_type: { type: 'string', enum: ['default', 'primary', 'success'] },
                    action_map: { type: 'object', additionalProperties: { type: 'string' } },
                  },
                },
              },
            },
          },
          link: {
            type: 'object',
            required: true,
            properties: { link: { type: 'string', format: 'uri', maxLength: 700 } },
          },
          time_sensitive: { type: 'boolean' },
          notify: {
            type: 'object',
            properties: {
              close_notify: { type: 'boolean' },
              custom_sound_text: { type: 'string', maxLength: 20 },
              with_custom_sound: { type: 'boolean' },
            },
          },
        },
      },
      user_ids: { type: 'array', items: { type: 'string' } },
    },
  },
};

/** `DELETE /open-apis/im/v2/app_feed_card/batch` */
export const imAppFeedCardBatchDeleteDescriptor: MethodDescriptor = {
  id: 'im.app_feed_card.batch.delete',
  http: 'DELETE',
  path: '/open-apis/im/v2/app_feed_card/batch',
  risk: 'high-risk-write',
  identities: { bot: { anyOf: ['im:app_feed_card:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'user_id', 'union_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      feed_cards: {
        type: 'array',
        items: {
          type: 'object',
          properties: { biz_id: { type: 'string', required: true }, user_id: { type: 'string', required: true } },
        },
      },
    },
  },
};

/** `PUT /open-apis/im/v2/app_feed_card/batch` */
export const imAppFeedCardBatchUpdateDescriptor: MethodDescriptor = {
  id: 'im.app_feed_card.batch.update',
  http: 'PUT',
  path: '/open-apis/im/v2/app_feed_card/batch',
  risk: 'write',
  identities: { bot: { anyOf: ['im:app_feed_card:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'user_id', 'union_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      feed_cards: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            app_feed_card: {
              type: 'object',
              required: true,
              properties: {
                biz_id: { type: 'string' },
                title: { type: 'string' },
                avatar_key: { type: 'string' },
                preview: { type: 'string' },
                status_label: {
                  type: 'object',
                  properties: {
                    text: { type: 'string', required: true },
                    type: { type: 'string', required: true, enum: ['primary', 'secondary', 'success', 'danger'] },
                  },
                },
                buttons: {
                  type: 'object',
                  properties: {
                    buttons: {
                      type: 'array',
                      required: true,
                      items: {
                        type: 'object',
                        properties: {
                          multi_url: {
                            type: 'object',
                            properties: {
                              url: { type: 'string', format: 'uri', maxLength: 700 },
                              android_url: { type: 'string', format: 'uri', maxLength: 700 },
                              ios_url: { type: 'string', format: 'uri', maxLength: 700 },
                              pc_url: { type: 'string', format: 'uri', maxLength: 700 },
                            },
                          },
                          action_type: { type: 'string', required: true, enum: ['url_page', 'webhook'] },
                          text: {
                            type: 'object',
                            required: true,
                            properties: { text: { type: 'string', required: true } },
                          },
                          button_type: { type: 'string', enum: ['default', 'primary', 'success'] },
                          action_map: { type: 'object', additionalProperties: { type: 'string' } },
                        },
                      },
                    },
                  },
                },
                link: { type: 'object', properties: { link: { type: 'string', format: 'uri', maxLength: 700 } } },
                time_sensitive: { type: 'boolean' },
                notify: {
                  type: 'object',
                  properties: {
                    close_notify: { type: 'boolean' },
                    custom_sound_text: { type: 'string', maxLength: 20 },
                    with_custom_sound: { type: 'boolean' },
                  },
                },
              },
            },
            user_id: { type: 'string', required: true },
            update_fields: {
              type: 'array',
              required: true,
              minItems: 1,
              items: { type: 'string', enum: ['1', '2', '3', '10', '11', '12', '13', '101', '102', '103'] },
            },
          },
        },
      },
    },
  },
};

/** `DELETE /open-apis/im/v1/batch_messages/{batch_message_id}` */
export const imBatchMessagesDeleteDescriptor: MethodDescriptor = {
  id: 'im.batch_messages.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/batch_messages/{batch_message_id}',
  risk: 'high-risk-write',
  identities: { bot: { anyOf: ['im:message:send_multi_depts', 'im:message:send_multi_users'] } },
  pathParams: { batch_message_id: { type: 'string', required: true } },
  query: {},
};

/** `GET /open-apis/im/v1/batch_messages/{batch_message_id}/get_progress` */
export const imBatchMessagesGetProgressDescriptor: MethodDescriptor = {
  id: 'im.batch_messages.get_progress',
  http: 'GET',
  path: '/open-apis/im/v1/batch_messages/{batch_message_id}/get_progress',
  risk: 'read',
  identities: { bot: { anyOf: ['im:message:send_multi_depts', 'im:message:send_multi_users'] } },
  pathParams: { batch_message_id: { type: 'string', required: true } },
  query: {},
};

/** `GET /open-apis/im/v1/batch_messages/{batch_message_id}/read_user` */
export const imBatchMessagesReadUserDescriptor: MethodDescriptor = {
  id: 'im.batch_messages.read_user',
  http: 'GET',
  path: '/open-apis/im/v1/batch_messages/{batch_message_id}/read_user',
  risk: 'read',
  identities: { bot: { anyOf: ['im:message:send_multi_depts', 'im:message:send_multi_users'] } },
  pathParams: { batch_message_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v2/biz_entity_tag_relation` */
export const imBizEntityTagRelationCreateDescriptor: MethodDescriptor = {
  id: 'im.biz_entity_tag_relation.create',
  http: 'POST',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  risk: 'write',
  identities: { bot: { anyOf: ['im:biz_entity_tag_relation:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      tag_biz_type: { type: 'string', required: true, enum: ['chat'] },
      biz_entity_id: { type: 'string', required: true },
      tag_ids: { type: 'array', items: { type: 'string' } },
      bot_id: { type: 'string' },
    },
  },
};

/** `GET /open-apis/im/v2/biz_entity_tag_relation` */
export const imBizEntityTagRelationGetDescriptor: MethodDescriptor = {
  id: 'im.biz_entity_tag_relation.get',
  http: 'GET',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  risk: 'read',
  identities: { bot: { anyOf: ['im:biz_entity_tag_relation:read', 'im:tag:read'] } },
  pathParams: {},
  query: {
    tag_biz_type: { type: 'string', required: true, enum: ['chat'] },
    biz_entity_id: { type: 'string', required: true },
    bot_id: { type: 'string' },
  },
};

/** `PUT /open-apis/im/v2/biz_entity_tag_relation` */
export const imBizEntityTagRelationUpdateDescriptor: MethodDescriptor = {
  id: 'im.biz_entity_tag_relation.update',
  http: 'PUT',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  risk: 'write',
  identities: { bot: { anyOf: ['im:biz_entity_tag_relation:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      tag_biz_type: { type: 'string', required: true, enum: ['chat'] },
      biz_entity_id: { type: 'string', required: true },
      tag_ids: { type: 'array', items: { type: 'string' } },
      bot_id: { type: 'string' },
    },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/announcement` */
export const imChatAnnouncementGetDescriptor: MethodDescriptor = {
  id: 'im.chat.announcement.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/announcement',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.announcement:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.announcement:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] } },
};

/** `PATCH /open-apis/im/v1/chats/{chat_id}/announcement` */
export const imChatAnnouncementPatchDescriptor: MethodDescriptor = {
  id: 'im.chat.announcement.patch',
  http: 'PATCH',
  path: '/open-apis/im/v1/chats/{chat_id}/announcement',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.announcement:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.announcement:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      revision: { type: 'string', required: true, format: 'int64' },
      requests: { type: 'array', items: { type: 'string', format: 'json' } },
    },
  },
};

/** `POST /open-apis/im/v1/chats/{chat_id}/managers/add_managers` */
export const imChatManagersAddManagersDescriptor: MethodDescriptor = {
  id: 'im.chat.managers.add_managers',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/managers/add_managers',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.managers:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.managers:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: { manager_ids: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/chats/{chat_id}/managers/delete_managers` */
export const imChatManagersDeleteManagersDescriptor: MethodDescriptor = {
  id: 'im.chat.managers.delete_managers',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/managers/delete_managers',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.managers:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.managers:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: { manager_ids: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/chats/{chat_id}/members` */
export const imChatMembersCreateDescriptor: MethodDescriptor = {
  id: 'im.chat.members.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/members',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {
    member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] },
    succeed_type: { type: 'integer', enum: [0, 1, 2] },
  },
  body: {
    encoding: 'json',
    required: false,
    fields: { id_list: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `DELETE /open-apis/im/v1/chats/{chat_id}/members` */
export const imChatMembersDeleteDescriptor: MethodDescriptor = {
  id: 'im.chat.members.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/members',
  risk: 'high-risk-write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: { id_list: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/members` */
export const imChatMembersGetDescriptor: MethodDescriptor = {
  id: 'im.chat.members.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {
    member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    page_token: { type: 'string' },
    check_security_conf: { type: 'boolean' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/members/is_in_chat` */
export const imChatMembersIsInChatDescriptor: MethodDescriptor = {
  id: 'im.chat.members.is_in_chat',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members/is_in_chat',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `PATCH /open-apis/im/v1/chats/{chat_id}/members/me_join` */
export const imChatMembersMeJoinDescriptor: MethodDescriptor = {
  id: 'im.chat.members.me_join',
  http: 'PATCH',
  path: '/open-apis/im/v1/chats/{chat_id}/members/me_join',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `GET /open-apis/im/v1/chats/{chat_id}/members/list` */
export const imChatMembersListDescriptor: MethodDescriptor = {
  id: 'im.chat.members.list',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members/list',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {
    member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    member_types: { type: 'string', repeated: true, enum: ['user', 'bot'] },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    page_token: { type: 'string' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `PATCH /open-apis/im/v1/chats/{chat_id}/menu_items/{menu_item_id}` */
export const imChatMenuItemsPatchDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_items.patch',
  http: 'PATCH',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_items/{menu_item_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:write_only'] } },
  pathParams: { chat_id: { type: 'string', required: true }, menu_item_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      update_fields: {
        type: 'array',
        required: true,
        minItems: 1,
        items: { type: 'string', enum: ['ICON', 'NAME', 'I18N_NAME', 'REDIRECT_LINK'] },
      },
      chat_menu_item: {
        type: 'object',
        required: true,
        properties: {
          action_type: { type: 'string', enum: ['NONE', 'REDIRECT_LINK'] },
          redirect_link: {
            type: 'object',
            properties: {
              common_url: { type: 'string', format: 'uri' },
              ios_url: { type: 'string', format: 'uri' },
              android_url: { type: 'string', format: 'uri' },
              pc_url: { type: 'string', format: 'uri' },
              web_url: { type: 'string', format: 'uri' },
            },
          },
          image_key: { type: 'string' },
          name: { type: 'string', minLength: 1, maxLength: 120 },
          i18n_names: {
            type: 'object',
            properties: {
              zh_cn: { type: 'string', minLength: 1, maxLength: 120 },
              en_us: { type: 'string', minLength: 1, maxLength: 120 },
              ja_jp: { type: 'string', minLength: 1, maxLength: 120 },
            },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/chats/{chat_id}/menu_tree` */
export const imChatMenuTreeCreateDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_tree.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_tree',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:write_only'] } },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      menu_tree: {
        type: 'object',
        required: true,
        properties: {
          chat_menu_top_levels: {
            type: 'array',
            required: true,
            minItems: 1,
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                chat_menu_item: {
                  type: 'object',
                  required: true,
                  properties: {
                    action_type: { type: 'string', required: true, enum: ['NONE', 'REDIRECT_LINK'] },
                    redirect_link: {
                      type: 'object',
                      properties: {
                        common_url: { type: 'string', format: 'uri' },
                        ios_url: { type: 'string', format: 'uri' },
                        android_url: { type: 'string', format: 'uri' },
                        pc_url: { type: 'string', format: 'uri' },
                        web_url: { type: 'string', format: 'uri' },
                      },
                    },
                    image_key: { type: 'string' },
                    name: { type: 'string', required: true, minLength: 1, maxLength: 120 },
                    i18n_names: {
                      type: 'object',
                      properties: {
                        zh_cn: { type: 'string', minLength: 1, maxLength: 120 },
                        en_us: { type: 'string', minLength: 1, maxLength: 120 },
                        ja_jp: { type: 'string', minLength: 1, maxLength: 120 },
                      },
                    },
                  },
                },
                children: {
                  type: 'array',
                  maxItems: 5,
                  items: {
                    type: 'object',
                    properties: {
                      chat_menu_item: {
                        type: 'object',
                        required: true,
                        properties: {
                          action_type: { type: 'string', required: true, enum: ['NONE', 'REDIRECT_LINK'] },
                          redirect_link: {
                            type: 'object',
                            properties: {
                              common_url: { type: 'string', format: 'uri' },
                              ios_url: { type: 'string', format: 'uri' },
                              android_url: { type: 'string', format: 'uri' },
                              pc_url: { type: 'string', format: 'uri' },
                              web_url: { type: 'string', format: 'uri' },
                            },
                          },
                          image_key: { type: 'string' },
                          name: { type: 'string', required: true, minLength: 1, maxLength: 120 },
                          i18n_names: {
                            type: 'object',
                            properties: {
                              zh_cn: { type: 'string', minLength: 1, maxLength: 120 },
                              en_us: { type: 'string', minLength: 1, maxLength: 120 },
                              ja_jp: { type: 'string', minLength: 1, maxLength: 120 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** `DELETE /open-apis/im/v1/chats/{chat_id}/menu_tree` */
export const imChatMenuTreeDeleteDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_tree.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_tree',
  risk: 'high-risk-write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:write_only'] } },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      chat_menu_top_level_ids: { type: 'array', required: true, minItems: 1, maxItems: 3, items: { type: 'string' } },
    },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/menu_tree` */
export const imChatMenuTreeGetDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_tree.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_tree',
  risk: 'read',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:read', 'im:chat:readonly'] } },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v1/chats/{chat_id}/menu_tree/sort` */
export const imChatMenuTreeSortDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_tree.sort',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_tree/sort',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:write_only'] } },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      chat_menu_top_level_ids: { type: 'array', required: true, minItems: 1, maxItems: 3, items: { type: 'string' } },
    },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/moderation` */
export const imChatModerationGetDescriptor: MethodDescriptor = {
  id: 'im.chat.moderation.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/moderation',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.moderation:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.moderation:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    page_token: { type: 'string' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `PUT /open-apis/im/v1/chats/{chat_id}/moderation` */
export const imChatModerationUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat.moderation.update',
  http: 'PUT',
  path: '/open-apis/im/v1/chats/{chat_id}/moderation',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:moderation:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat:moderation:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      moderation_setting: { type: 'string', enum: ['all_members', 'only_owner', 'moderator_list'] },
      moderator_added_list: { type: 'array', items: { type: 'string' } },
      moderator_removed_list: { type: 'array', items: { type: 'string' } },
    },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/nickname` */
export const imChatNicknameGetDescriptor: MethodDescriptor = {
  id: 'im.chat.nickname.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/nickname',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat.user_setting:read', 'im:chat.user_setting:write'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `PUT /open-apis/im/v1/chats/{chat_id}/nickname` */
export const imChatNicknameUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat.nickname.update',
  http: 'PUT',
  path: '/open-apis/im/v1/chats/{chat_id}/nickname',
  risk: 'write',
  identities: { user: { anyOf: ['im:chat.user_setting:write'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: { encoding: 'json', required: true, fields: { nickname: { type: 'string', required: true, minLength: 1 } } },
};

/** `DELETE /open-apis/im/v1/chats/{chat_id}/nickname` */
export const imChatNicknameDeleteDescriptor: MethodDescriptor = {
  id: 'im.chat.nickname.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/nickname',
  risk: 'write',
  identities: { user: { anyOf: ['im:chat.user_setting:write'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `POST /open-apis/im/v1/chats/{chat_id}/chat_tabs` */
export const imChatTabsCreateDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      chat_tabs: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          properties: {
            tab_name: { type: 'string', maxLength: 60 },
            tab_type: {
              type: 'string',
              required: true,
              enum: [
                'message',
                'doc_list',
                'doc',
                'pin',
                'meeting_minute',
                'chat_announcement',
                'url',
                'file',
                'files_resources',
                'images_videos',
                'task',
              ],
            },
            tab_content: {
              type: 'object',
              properties: {
                url: { type: 'string', format: 'uri' },
                doc: { type: 'string', format: 'uri' },
                meeting_minute: { type: 'string' },
                task: { type: 'string' },
              },
            },
            tab_config: { type: 'object', properties: { icon_key: { type: 'string' }, is_built_in: { type: 'boolean' } } },
          },
        },
      },
    },
  },
};

/** `DELETE /open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs` */
export const imChatTabsDeleteTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.delete_tabs',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { tab_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs` */
export const imChatTabsListTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.list_tabs',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v1/chats/{chat_id}/chat_tabs/sort_tabs` */
export const imChatTabsSortTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.sort_tabs',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/sort_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: { encoding: 'json', required: false, fields: { tab_ids: { type: 'array', items: { type: 'string' } } } },
};

/** `POST /open-apis/im/v1/chats/{chat_id}/chat_tabs/update_tabs` */
export const imChatTabsUpdateTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.update_tabs',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/update_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: false,
    fields: {
      chat_tabs: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            tab_id: { type: 'string' },
            tab_name: { type: 'string', maxLength: 60 },
            tab_type: {
              type: 'string',
              required: true,
              enum: [
                'message',
                'doc_list',
                'doc',
                'pin',
                'meeting_minute',
                'chat_announcement',
                'url',
                'file',
                'files_resources',
                'images_videos',
                'task',
              ],
            },
            tab_content: {
              type: 'object',
              properties: {
                url: { type: 'string', format: 'uri' },
                doc: { type: 'string', format: 'uri' },
                meeting_minute: { type: 'string' },
                task: { type: 'string' },
              },
            },
            tab_config: { type: 'object', properties: { icon_key: { type: 'string' }, is_built_in: { type: 'boolean' } } },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/chats/{chat_id}/top_notice/delete_top_notice` */
export const imChatTopNoticeDeleteTopNoticeDescriptor: MethodDescriptor = {
  id: 'im.chat.top_notice.delete_top_notice',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/top_notice/delete_top_notice',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `POST /open-apis/im/v1/chats/{chat_id}/top_notice/put_top_notice` */
export const imChatTopNoticePutTopNoticeDescriptor: MethodDescriptor = {
  id: 'im.chat.top_notice.put_top_notice',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/top_notice/put_top_notice',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      chat_top_notice: {
        type: 'array',
        required: true,
        minItems: 1,
        items: {
          type: 'object',
          properties: { action_type: { type: 'string', enum: ['1', '2'] }, message_id: { type: 'string' } },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/chats/user_setting/batch_query` */
export const imChatUserSettingBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.chat.user_setting.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/chats/user_setting/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat.user_setting:read', 'im:chat.user_setting:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { chat_ids: { type: 'array', required: true, minItems: 1, maxItems: 10, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/chats/user_setting/batch_update` */
export const imChatUserSettingBatchUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat.user_setting.batch_update',
  http: 'POST',
  path: '/open-apis/im/v1/chats/user_setting/batch_update',
  risk: 'write',
  identities: { user: { anyOf: ['im:chat.user_setting:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      settings: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: {
            chat_id: { type: 'string', required: true },
            is_muted: { type: 'boolean' },
            is_mute_at_all: { type: 'boolean' },
          },
        },
      },
    },
  },
};

/** `PUT /open-apis/im/v2/chat_button` */
export const imChatButtonUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat_button.update',
  http: 'PUT',
  path: '/open-apis/im/v2/chat_button',
  risk: 'write',
  identities: { bot: { anyOf: ['im:app_feed_card:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      bot_id: { type: 'string' },
      user_ids: { type: 'array', items: { type: 'string' } },
      chat_id: { type: 'string', required: true },
      buttons: {
        type: 'object',
        properties: {
          buttons: {
            type: 'array',
            required: true,
            items: {
              type: 'object',
              properties: {
                multi_url: {
                  type: 'object',
                  properties: {
                    url: { type: 'string', format: 'uri', maxLength: 700 },
                    android_url: { type: 'string', format: 'uri', maxLength: 700 },
                    ios_url: { type: 'string', format: 'uri', maxLength: 700 },
                    pc_url: { type: 'string', format: 'uri', maxLength: 700 },
                  },
                },
                action_type: { type: 'string', required: true, enum: ['url_page', 'webhook'] },
                text: { type: 'object', required: true, properties: { text: { type: 'string', required: true } } },
                button_type: { type: 'string', enum: ['default', 'primary', 'success'] },
                action_map: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/chat_p2p/batch_query` */
export const imChatP2pBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.chat_p2p.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/chat_p2p/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat:read'] } },
  pathParams: {},
  query: { chatter_id_type: { type: 'string', enum: ['open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { chatter_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/chats` */
export const imChatsCreateDescriptor: MethodDescriptor = {
  id: 'im.chats.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats',
  risk: 'write',
  identities: { bot: { allOf: ['im:chat:create'] }, user: { allOf: ['im:chat:create_by_user'] } },
  pathParams: {},
  query: {
    user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] },
    set_bot_manager: { type: 'boolean' },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      avatar: { type: 'string' },
      name: { type: 'string', maxLength: 60 },
      description: { type: 'string', maxLength: 100 },
      i18n_names: {
        type: 'object',
        properties: { zh_cn: { type: 'string' }, en_us: { type: 'string' }, ja_jp: { type: 'string' } },
      },
      owner_id: { type: 'string' },
      user_id_list: { type: 'array', maxItems: 50, items: { type: 'string' } },
      bot_id_list: { type: 'array', maxItems: 5, items: { type: 'string' } },
      group_message_type: { type: 'string', enum: ['chat', 'thread'] },
      chat_mode: { type: 'string', enum: ['group', 'topic'] },
      chat_type: { type: 'string', enum: ['private', 'public'] },
      external: { type: 'boolean' },
      join_message_visibility: { type: 'string', enum: ['only_owner', 'all_members', 'not_anyone'] },
      leave_message_visibility: { type: 'string', enum: ['only_owner', 'all_members', 'not_anyone'] },
      membership_approval: { type: 'string', enum: ['no_approval_required', 'approval_required'] },
      labels: { type: 'array', items: { type: 'string' } },
      toolkit_ids: { type: 'array', items: { type: 'string' } },
      restricted_mode_setting: {
        type: 'object',
        properties: {
          status: { type: 'boolean' },
          screenshot_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
          download_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
          message_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
        },
      },
      urgent_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      video_conference_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      edit_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      chat_tags: { type: 'array', items: { type: 'string' } },
      pin_manage_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      hide_member_count_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
    },
  },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};

/** `DELETE /open-apis/im/v1/chats/{chat_id}` */
export const imChatsDeleteDescriptor: MethodDescriptor = {
  id: 'im.chats.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}',
  risk: 'high-risk-write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat:delete'] }, user: { anyOf: ['im:chat', 'im:chat:delete'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `GET /open-apis/im/v1/chats/{chat_id}` */
export const imChatsGetDescriptor: MethodDescriptor = {
  id: 'im.chats.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
};

/** `POST /open-apis/im/v1/chats/{chat_id}/link` */
export const imChatsLinkDescriptor: MethodDescriptor = {
  id: 'im.chats.link',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/link',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: {
    encoding: 'json',
    required: false,
    fields: { validity_period: { type: 'string', enum: ['week', 'year', 'permanently'] } },
  },
};

/** `GET /open-apis/im/v1/chats` */
export const imChatsListDescriptor: MethodDescriptor = {
  id: 'im.chats.list',
  http: 'GET',
  path: '/open-apis/im/v1/chats',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
  },
  pathParams: {},
  query: {
    user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] },
    sort_type: { type: 'string', enum: ['ByCreateTimeAsc', 'ByActiveTimeDesc'] },
    page_token: { type: 'string' },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    types: { type: 'string' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `GET /open-apis/im/v1/chats/search` */
export const imChatsSearchDescriptor: MethodDescriptor = {
  id: 'im.chats.search',
  http: 'GET',
  path: '/open-apis/im/v1/chats/search',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
  },
  pathParams: {},
  query: {
    user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] },
    query: { type: 'string' },
    page_token: { type: 'string' },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `PUT /open-apis/im/v1/chats/{chat_id}` */
export const imChatsUpdateDescriptor: MethodDescriptor = {
  id: 'im.chats.update',
  http: 'PUT',
  path: '/open-apis/im/v1/chats/{chat_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat:update'] }, user: { anyOf: ['im:chat', 'im:chat:update'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      avatar: { type: 'string' },
      name: { type: 'string', maxLength: 60 },
      description: { type: 'string', maxLength: 100 },
      i18n_names: {
        type: 'object',
        properties: { zh_cn: { type: 'string' }, en_us: { type: 'string' }, ja_jp: { type: 'string' } },
      },
      add_member_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      share_card_permission: { type: 'string', enum: ['allowed', 'not_allowed'] },
      at_all_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      edit_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      owner_id: { type: 'string' },
      join_message_visibility: { type: 'string', enum: ['only_owner', 'all_members', 'not_anyone'] },
      leave_message_visibility: { type: 'string', enum: ['only_owner', 'all_members', 'not_anyone'] },
      membership_approval: { type: 'string', enum: ['no_approval_required', 'approval_required'] },
      labels: { type: 'array', items: { type: 'string' } },
      toolkit_ids: { type: 'array', items: { type: 'string' } },
      restricted_mode_setting: {
        type: 'object',
        properties: {
          status: { type: 'boolean' },
          screenshot_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
          download_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
          message_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
        },
      },
      chat_type: { type: 'string', enum: ['private', 'public'] },
      group_message_type: { type: 'string', enum: ['chat', 'thread'] },
      urgent_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      video_conference_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      pin_manage_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      hide_member_count_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
    },
  },
};

/** `POST /open-apis/im/v2/chats/search` */
export const imChatsSearchV2Descriptor: MethodDescriptor = {
  id: 'im.chats.search_v2',
  http: 'POST',
  path: '/open-apis/im/v2/chats/search',
  risk: 'read',
  identities: { bot: { anyOf: ['im:chat:read'] }, user: { anyOf: ['im:chat:read'] } },
  pathParams: {},
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    page_token: { type: 'string' },
    user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] },
  },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      query: { type: 'string', maxLength: 64 },
      filter: {
        type: 'object',
        properties: {
          search_types: {
            type: 'array',
            items: { type: 'string', enum: ['private', 'external', 'public_joined', 'public_not_joined'] },
          },
          member_ids: { type: 'array', maxItems: 50, items: { type: 'string' } },
          is_manager: { type: 'boolean' },
          disable_search_by_user: { type: 'boolean' },
          chat_modes: { type: 'array', items: { type: 'string', enum: ['default', 'thread'] } },
        },
      },
      sorter: { type: 'string', enum: ['create_time_desc', 'update_time_desc', 'member_count_desc'] },
    },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/chats/batch_query` */
export const imChatsBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.chats.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/chats/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat:read'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { chat_ids: { type: 'array', required: true, minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `GET /open-apis/im/v1/groups` */
export const imFeedGroupsListDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.list',
  http: 'GET',
  path: '/open-apis/im/v1/groups',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: {},
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    start_time: { type: 'string', format: 'unix-ms' },
    end_time: { type: 'string', format: 'unix-ms' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'groups',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/groups` */
export const imFeedGroupsCreateDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.create',
  http: 'POST',
  path: '/open-apis/im/v1/groups',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { name: { type: 'string', required: true, minLength: 1, maxLength: 60 } },
  },
};

/** `PATCH /open-apis/im/v1/groups/{feed_group_id}` */
export const imFeedGroupsUpdateDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.update',
  http: 'PATCH',
  path: '/open-apis/im/v1/groups/{feed_group_id}',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { name: { type: 'string', required: true, minLength: 1, maxLength: 60 } },
  },
};

/** `DELETE /open-apis/im/v1/groups/{feed_group_id}` */
export const imFeedGroupsDeleteDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/groups/{feed_group_id}',
  risk: 'high-risk-write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v1/groups/batch_query` */
export const imFeedGroupsBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/groups/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { group_ids: { type: 'array', required: true, minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `GET /open-apis/im/v1/groups/{feed_group_id}/list_item` */
export const imFeedGroupsListItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.list_item',
  http: 'GET',
  path: '/open-apis/im/v1/groups/{feed_group_id}/list_item',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    start_time: { type: 'string', format: 'unix-ms' },
    end_time: { type: 'string', format: 'unix-ms' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/groups/{feed_group_id}/batch_query_item` */
export const imFeedGroupsBatchQueryItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_query_item',
  http: 'POST',
  path: '/open-apis/im/v1/groups/{feed_group_id}/batch_query_item',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            feed_id: { type: 'string', required: true },
            feed_type: { type: 'string', required: true, enum: ['chat'] },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/groups/{feed_group_id}/batch_add_item` */
export const imFeedGroupsBatchAddItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_add_item',
  http: 'POST',
  path: '/open-apis/im/v1/groups/{feed_group_id}/batch_add_item',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            feed_id: { type: 'string', required: true },
            feed_type: { type: 'string', required: true, enum: ['chat'] },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/groups/{feed_group_id}/batch_remove_item` */
export const imFeedGroupsBatchRemoveItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_remove_item',
  http: 'POST',
  path: '/open-apis/im/v1/groups/{feed_group_id}/batch_remove_item',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            feed_id: { type: 'string', required: true },
            feed_type: { type: 'string', required: true, enum: ['chat'] },
          },
        },
      },
    },
  },
};

/** `PATCH /open-apis/im/v2/feed_cards/bot_time_sentive` */
export const imFeedCardsBotTimeSentiveDescriptor: MethodDescriptor = {
  id: 'im.feed_cards.bot_time_sentive',
  http: 'PATCH',
  path: '/open-apis/im/v2/feed_cards/bot_time_sentive',
  risk: 'write',
  identities: { bot: { anyOf: ['im:datasync.feed_card.time_sensitive:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      bot_id: { type: 'string' },
      time_sensitive: { type: 'boolean', required: true },
      user_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
    },
  },
};

/** `PATCH /open-apis/im/v2/feed_cards/{feed_card_id}` */
export const imFeedCardsPatchDescriptor: MethodDescriptor = {
  id: 'im.feed_cards.patch',
  http: 'PATCH',
  path: '/open-apis/im/v2/feed_cards/{feed_card_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:datasync.feed_card.time_sensitive:write'] } },
  pathParams: { feed_card_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      time_sensitive: { type: 'boolean', required: true },
      user_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
    },
  },
};

/** `POST /open-apis/im/v2/feed_shortcuts` */
export const imFeedShortcutsCreateDescriptor: MethodDescriptor = {
  id: 'im.feed_shortcuts.create',
  http: 'POST',
  path: '/open-apis/im/v2/feed_shortcuts',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_shortcut:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      shortcuts: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: { type: { type: 'string', required: true, enum: ['chat'] }, id: { type: 'string', required: true } },
        },
      },
      is_header: { type: 'boolean' },
    },
  },
};

/** `POST /open-apis/im/v2/feed_shortcuts/remove` */
export const imFeedShortcutsRemoveDescriptor: MethodDescriptor = {
  id: 'im.feed_shortcuts.remove',
  http: 'POST',
  path: '/open-apis/im/v2/feed_shortcuts/remove',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_shortcut:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      shortcuts: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: { type: { type: 'string', required: true, enum: ['chat'] }, id: { type: 'string', required: true } },
        },
      },
    },
  },
};

/** `GET /open-apis/im/v2/feed_shortcuts` */
export const imFeedShortcutsListDescriptor: MethodDescriptor = {
  id: 'im.feed_shortcuts.list',
  http: 'GET',
  path: '/open-apis/im/v2/feed_shortcuts',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_shortcut:read', 'im:feed_shortcut:write'] } },
  pathParams: {},
  query: { page_token: { type: 'string' } },
};

/** `POST /open-apis/im/v1/files` */
export const imFilesCreateDescriptor: MethodDescriptor = {
  id: 'im.files.create',
  http: 'POST',
  path: '/open-apis/im/v1/files',
  risk: 'write',
  identities: { bot: { anyOf: ['im:resource'] }, user: { anyOf: ['im:resource'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'multipart',
    required: true,
    fields: {
      file_type: { type: 'string', required: true, enum: ['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream'] },
      file_name: { type: 'string', required: true },
      duration: { type: 'integer', minimum: 0 },
      file: { type: 'file', required: true, maxBytes: 31457280 },
    },
  },
};

/** `GET /open-apis/im/v1/files/{file_key}` */
export const imFilesGetDescriptor: MethodDescriptor = {
  id: 'im.files.get',
  http: 'GET',
  path: '/open-apis/im/v1/files/{file_key}',
  risk: 'read',
  identities: { bot: { anyOf: ['im:resource'] } },
  pathParams: { file_key: { type: 'string', required: true } },
  query: {},
  download: { contentTypes: [], range: true },
};

/** `POST /open-apis/im/v1/flags` */
export const imFlagsCreateDescriptor: MethodDescriptor = {
  id: 'im.flags.create',
  http: 'POST',
  path: '/open-apis/im/v1/flags',
  risk: 'write',
  identities: { user: { anyOf: ['im:flag:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      flag_items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            item_id: { type: 'string', required: true },
            item_type: { type: 'string', required: true, enum: ['default', 'thread', 'msg_thread'] },
            flag_type: { type: 'string', required: true, enum: ['message', 'feed'] },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/flags/cancel` */
export const imFlagsCancelDescriptor: MethodDescriptor = {
  id: 'im.flags.cancel',
  http: 'POST',
  path: '/open-apis/im/v1/flags/cancel',
  risk: 'write',
  identities: { user: { anyOf: ['im:flag:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      flag_items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            item_id: { type: 'string', required: true },
            item_type: { type: 'string', required: true, enum: ['default', 'thread', 'msg_thread'] },
            flag_type: { type: 'string', required: true, enum: ['message', 'feed'] },
          },
        },
      },
    },
  },
};

/** `GET /open-apis/im/v1/flags` */
export const imFlagsListDescriptor: MethodDescriptor = {
  id: 'im.flags.list',
  http: 'GET',
  path: '/open-apis/im/v1/flags',
  risk: 'read',
  identities: { user: { anyOf: ['im:flag:read', 'im:flag:write'] } },
  pathParams: {},
  query: { page_size: { type: 'integer', minimum: 1, maximum: 50 }, page_token: { type: 'string' } },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'flag_items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/images` */
export const imImagesCreateDescriptor: MethodDescriptor = {
  id: 'im.images.create',
  http: 'POST',
  path: '/open-apis/im/v1/images',
  risk: 'write',
  identities: { bot: { anyOf: ['im:resource'] }, user: { anyOf: ['im:resource'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'multipart',
    required: true,
    fields: {
      image_type: { type: 'string', required: true, enum: ['message', 'avatar'] },
      image: { type: 'file', required: true, maxBytes: 10485760 },
    },
  },
};

/** `GET /open-apis/im/v1/images/{image_key}` */
export const imImagesGetDescriptor: MethodDescriptor = {
  id: 'im.images.get',
  http: 'GET',
  path: '/open-apis/im/v1/images/{image_key}',
  risk: 'read',
  identities: { bot: { anyOf: ['im:resource'] } },
  pathParams: { image_key: { type: 'string', required: true } },
  query: {},
  download: { contentTypes: [], range: true },
};

/** `GET /open-apis/im/v1/messages/{message_id}/resources/{file_key}` */
export const imMessageResourcesGetDescriptor: MethodDescriptor = {
  id: 'im.message.resources.get',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}/resources/{file_key}',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:readonly'] },
    user: { anyOf: ['im:message', 'im:message:readonly'] },
  },
  pathParams: { message_id: { type: 'string', required: true }, file_key: { type: 'string', required: true } },
  query: { type: { type: 'string', required: true, enum: ['image', 'file'] } },
  download: { contentTypes: [], range: true },
};

/** `POST /open-apis/im/v1/messages` */
export const imMessagesCreateDescriptor: MethodDescriptor = {
  id: 'im.messages.create',
  http: 'POST',
  path: '/open-apis/im/v1/messages',
  risk: 'write',
  identities: { bot: { allOf: ['im:message:send_as_bot'] }, user: { allOf: ['im:message.send_as_user', 'im:message'] } },
  pathParams: {},
  query: {
    receive_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id'] },
  },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      receive_id: { type: 'string', required: true },
      msg_type: {
        type: 'string',
        required: true,
        enum: [
          'text',
          'post',
          'image',
          'file',
          'audio',
          'media',
          'sticker',
          'interactive',
          'share_chat',
          'share_user',
          'system',
        ],
      },
      content: { type: 'string', required: true, format: 'json' },
      uuid: { type: 'string', maxLength: 50 },
    },
  },
  idempotency: { in: 'body', field: 'uuid', auto: true },
};

/** `DELETE /open-apis/im/v1/messages/{message_id}` */
export const imMessagesDeleteDescriptor: MethodDescriptor = {
  id: 'im.messages.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'high-risk-write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:recall', 'im:message:send_as_bot'] },
    user: { anyOf: ['im:message', 'im:message:recall', 'im:message:send_as_bot'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v1/messages/{message_id}/forward` */
export const imMessagesForwardDescriptor: MethodDescriptor = {
  id: 'im.messages.forward',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/forward',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    receive_id_type: {
      type: 'string',
      required: true,
      enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id'],
    },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: { encoding: 'json', required: true, fields: { receive_id: { type: 'string', required: true } } },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};

/** `GET /open-apis/im/v1/messages/{message_id}` */
export const imMessagesGetDescriptor: MethodDescriptor = {
  id: 'im.messages.get',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    with_sender_name: { type: 'boolean' },
  },
};

/** `GET /open-apis/im/v1/messages` */
export const imMessagesListDescriptor: MethodDescriptor = {
  id: 'im.messages.list',
  http: 'GET',
  path: '/open-apis/im/v1/messages',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: {},
  query: {
    container_id_type: { type: 'string', required: true, enum: ['chat', 'thread'] },
    container_id: { type: 'string', required: true },
    start_time: { type: 'string', format: 'unix-seconds' },
    end_time: { type: 'string', format: 'unix-seconds' },
    sort_type: { type: 'string', enum: ['ByCreateTimeAsc', 'ByCreateTimeDesc'] },
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    only_thread_root_messages: { type: 'boolean' },
    with_sender_name: { type: 'boolean' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/messages/merge_forward` */
export const imMessagesMergeForwardDescriptor: MethodDescriptor = {
  id: 'im.messages.merge_forward',
  http: 'POST',
  path: '/open-apis/im/v1/messages/merge_forward',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: {},
  query: {
    receive_id_type: {
      type: 'string',
      required: true,
      enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id'],
    },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      receive_id: { type: 'string', required: true },
      message_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
    },
  },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}` */
export const imMessagesPatchDescriptor: MethodDescriptor = {
  id: 'im.messages.patch',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] },
    user: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { content: { type: 'string', required: true, format: 'json' } },
  },
};

/** `POST /open-apis/im/v1/messages/{message_id}/push_follow_up` */
export const imMessagesPushFollowUpDescriptor: MethodDescriptor = {
  id: 'im.messages.push_follow_up',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/push_follow_up',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      follow_ups: {
        type: 'array',
        required: true,
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            content: { type: 'string', required: true },
            i18n_contents: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  content: { type: 'string', required: true },
                  language: {
                    type: 'string',
                    required: true,
                    enum: [
                      'en_us',
                      'zh_cn',
                      'zh_hk',
                      'zh_tw',
                      'ja_jp',
                      'id_id',
                      'vi_vn',
                      'th_th',
                      'pt_br',
                      'es_es',
                      'ko_kr',
                      'de_de',
                      'fr_fr',
                      'it_it',
                      'ru_ru',
                      'ms_my',
                    ],
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** `GET /open-apis/im/v1/messages/{message_id}/read_users` */
export const imMessagesReadUsersDescriptor: MethodDescriptor = {
  id: 'im.messages.read_users',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}/read_users',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:readonly'] },
    user: { anyOf: ['im:message', 'im:message:readonly'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    page_token: { type: 'string' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/messages/read_status` */
export const imMessagesReadStatusDescriptor: MethodDescriptor = {
  id: 'im.messages.read_status',
  http: 'POST',
  path: '/open-apis/im/v1/messages/read_status',
  risk: 'read',
  identities: { user: { anyOf: ['im:message:readonly', 'im:message', 'im:message:get_as_user'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { message_ids: { type: 'array', required: true, minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/messages/{message_id}/reply` */
export const imMessagesReplyDescriptor: MethodDescriptor = {
  id: 'im.messages.reply',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/reply',
  risk: 'write',
  identities: { bot: { allOf: ['im:message:send_as_bot'] }, user: { allOf: ['im:message.send_as_user', 'im:message'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      content: { type: 'string', required: true, format: 'json' },
      msg_type: {
        type: 'string',
        required: true,
        enum: [
          'text',
          'post',
          'image',
          'file',
          'audio',
          'media',
          'sticker',
          'interactive',
          'share_chat',
          'share_user',
        ],
      },
      reply_in_thread: { type: 'boolean' },
      uuid: { type: 'string', maxLength: 50 },
    },
  },
  idempotency: { in: 'body', field: 'uuid', auto: true },
};

/** `PUT /open-apis/im/v1/messages/{message_id}` */
export const imMessagesUpdateDescriptor: MethodDescriptor = {
  id: 'im.messages.update',
  http: 'PUT',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      msg_type: { type: 'string', required: true, enum: ['text', 'post'] },
      content: { type: 'string', required: true, format: 'json' },
    },
  },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}/urgent_app` */
export const imMessagesUrgentAppDescriptor: MethodDescriptor = {
  id: 'im.messages.urgent_app',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}/urgent_app',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message.urgent'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}/urgent_phone` */
export const imMessagesUrgentPhoneDescriptor: MethodDescriptor = {
  id: 'im.messages.urgent_phone',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}/urgent_phone',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message.urgent:phone'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}/urgent_sms` */
export const imMessagesUrgentSmsDescriptor: MethodDescriptor = {
  id: 'im.messages.urgent_sms',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}/urgent_sms',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message.urgent:sms'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/messages/search` */
export const imMessagesSearchDescriptor: MethodDescriptor = {
  id: 'im.messages.search',
  http: 'POST',
  path: '/open-apis/im/v1/messages/search',
  risk: 'read',
  identities: { user: { anyOf: ['search:message'] } },
  pathParams: {},
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
  },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      query: { type: 'string' },
      filter: {
        type: 'object',
        properties: {
          from_ids: { type: 'array', items: { type: 'string' } },
          chat_ids: { type: 'array', items: { type: 'string' } },
          time_range: {
            type: 'object',
            properties: {
              start_time: { type: 'string', format: 'date-time' },
              end_time: { type: 'string', format: 'date-time' },
            },
          },
          include_attachment_types: { type: 'array', items: { type: 'string', enum: ['image', 'video', 'file', 'link'] } },
          from_types: { type: 'array', items: { type: 'string', enum: ['user', 'bot'] } },
          at_chatter_ids: { type: 'array', items: { type: 'string' } },
          chat_type: { type: 'string', enum: ['group', 'p2p'] },
          is_at_me: { type: 'boolean' },
          exclude_from_types: { type: 'array', items: { type: 'string', enum: ['user', 'bot'] } },
        },
      },
    },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `GET /open-apis/im/v1/messages/mget` */
export const imMessagesMgetDescriptor: MethodDescriptor = {
  id: 'im.messages.mget',
  http: 'GET',
  path: '/open-apis/im/v1/messages/mget',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: {},
  query: {
    message_ids: { type: 'string', required: true, repeated: true, minItems: 1, maxItems: 50 },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    with_sender_name: { type: 'boolean' },
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
  },
};

/** `POST /open-apis/im/v1/pins` */
export const imPinsCreateDescriptor: MethodDescriptor = {
  id: 'im.pins.create',
  http: 'POST',
  path: '/open-apis/im/v1/pins',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
    user: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
  },
  pathParams: {},
  query: {},
  body: { encoding: 'json', required: true, fields: { message_id: { type: 'string', required: true } } },
};

/** `DELETE /open-apis/im/v1/pins/{message_id}` */
export const imPinsDeleteDescriptor: MethodDescriptor = {
  id: 'im.pins.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/pins/{message_id}',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
    user: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
};

/** `GET /open-apis/im/v1/pins` */
export const imPinsListDescriptor: MethodDescriptor = {
  id: 'im.pins.list',
  http: 'GET',
  path: '/open-apis/im/v1/pins',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.pins:read', 'im:message:readonly'] },
    user: { anyOf: ['im:message', 'im:message.pins:read', 'im:message:readonly'] },
  },
  pathParams: {},
  query: {
    chat_id: { type: 'string', required: true },
    start_time: { type: 'string', format: 'unix-ms' },
    end_time: { type: 'string', format: 'unix-ms' },
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/messages/{message_id}/reactions` */
export const imReactionsCreateDescriptor: MethodDescriptor = {
  id: 'im.reactions.create',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/reactions',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
    user: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      reaction_type: { type: 'object', required: true, properties: { emoji_type: { type: 'string', required: true } } },
    },
  },
};

/** `DELETE /open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}` */
export const imReactionsDeleteDescriptor: MethodDescriptor = {
  id: 'im.reactions.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
    user: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
  },
  pathParams: { message_id: { type: 'string', required: true }, reaction_id: { type: 'string', required: true } },
  query: {},
};

/** `GET /open-apis/im/v1/messages/{message_id}/reactions` */
export const imReactionsListDescriptor: MethodDescriptor = {
  id: 'im.reactions.list',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}/reactions',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message.reactions:read', 'im:message:readonly'] },
    user: { anyOf: ['im:message.reactions:read', 'im:message:readonly'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    reaction_type: { type: 'string' },
    page_token: { type: 'string' },
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/messages/reactions/batch_query` */
export const imReactionsBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.reactions.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/messages/reactions/batch_query',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message.reactions:read', 'im:message:readonly'] },
    user: { anyOf: ['im:message.reactions:read', 'im:message:readonly'] },
  },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      queries: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 20,
        items: { type: 'object', properties: { message_id: { type: 'string' }, page_token: { type: 'string' } } },
      },
      page_size_per_message: { type: 'integer', minimum: 1, maximum: 10 },
      reaction_type: { type: 'string' },
    },
  },
};

/** `POST /open-apis/im/v2/tags` */
export const imTagsCreateDescriptor: MethodDescriptor = {
  id: 'im.tags.create',
  http: 'POST',
  path: '/open-apis/im/v2/tags',
  risk: 'write',
  identities: { bot: { anyOf: ['im:tag:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      create_tag: {
        type: 'object',
        required: true,
        properties: {
          tag_type: { type: 'string', required: true, enum: ['tenant'] },
          name: { type: 'string', required: true },
          i18n_names: {
            type: 'array',
            maxItems: 40,
            items: {
              type: 'object',
              properties: { locale: { type: 'string', required: true }, name: { type: 'string' } },
            },
          },
        },
      },
      bot_id: { type: 'string' },
    },
  },
};

/** `PATCH /open-apis/im/v2/tags/{tag_id}` */
export const imTagsPatchDescriptor: MethodDescriptor = {
  id: 'im.tags.patch',
  http: 'PATCH',
  path: '/open-apis/im/v2/tags/{tag_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:tag:write'] } },
  pathParams: { tag_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: false,
    fields: {
      patch_tag: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          i18n_names: {
            type: 'array',
            maxItems: 40,
            items: {
              type: 'object',
              properties: { locale: { type: 'string', required: true }, name: { type: 'string' } },
            },
          },
        },
      },
      bot_id: { type: 'string' },
    },
  },
};

/** `POST /open-apis/im/v1/threads/{thread_id}/forward` */
export const imThreadsForwardDescriptor: MethodDescriptor = {
  id: 'im.threads.forward',
  http: 'POST',
  path: '/open-apis/im/v1/threads/{thread_id}/forward',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: { thread_id: { type: 'string', required: true } },
  query: {
    receive_id_type: {
      type: 'string',
      required: true,
      enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id'],
    },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: { encoding: 'json', required: true, fields: { receive_id: { type: 'string', required: true } } },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};

/** `POST /open-apis/im/v2/url_previews/batch_update` */
export const imUrlPreviewsBatchUpdateDescriptor: MethodDescriptor = {
  id: 'im.url_previews.batch_update',
  http: 'POST',
  path: '/open-apis/im/v2/url_previews/batch_update',
  risk: 'write',
  identities: { bot: { anyOf: ['im:url_preview.update'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      preview_tokens: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
      open_ids: { type: 'array', items: { type: 'string' } },
    },
  },
};
