// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.moderation.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
