// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
