// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
