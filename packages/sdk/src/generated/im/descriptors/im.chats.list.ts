// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
