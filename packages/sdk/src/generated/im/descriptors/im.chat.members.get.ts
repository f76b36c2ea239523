// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
