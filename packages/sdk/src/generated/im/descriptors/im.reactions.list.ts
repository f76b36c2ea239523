// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
