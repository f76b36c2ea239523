// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
