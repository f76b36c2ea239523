// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
