// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
