// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages/search` */
export const imMessagesSearchDescriptor: MethodDescriptor = {
  id: 'im.messages.search',
  http: 'POST',
  path: '/open-apis/im/v1/messages/search',
  risk: 'read',
  identities: { user: { anyOf: ['search:message'] } },
  pathParams: {},
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
  },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      query: { type: 'string' },
      filter: {
        type: 'object',
        properties: {
          from_ids: { type: 'array', items: { type: 'string' } },
          chat_ids: { type: 'array', items: { type: 'string' } },
          time_range: {
            type: 'object',
            properties: {
              start_time: { type: 'string', format: 'date-time' },
              end_time: { type: 'string', format: 'date-time' },
            },
          },
          include_attachment_types: { type: 'array', items: { type: 'string', enum: ['image', 'video', 'file', 'link'] } },
          from_types: { type: 'array', items: { type: 'string', enum: ['user', 'bot'] } },
          at_chatter_ids: { type: 'array', items: { type: 'string' } },
          chat_type: { type: 'string', enum: ['group', 'p2p'] },
          is_at_me: { type: 'boolean' },
          exclude_from_types: { type: 'array', items: { type: 'string', enum: ['user', 'bot'] } },
        },
      },
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
