// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/chats/{chat_id}/members/bots` */
export const imChatMembersBotsDescriptor: MethodDescriptor = {
  id: 'im.chat.members.bots',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members/bots',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { page_size: { type: 'integer', minimum: 1, maximum: 100 }, page_token: { type: 'string' } },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};
