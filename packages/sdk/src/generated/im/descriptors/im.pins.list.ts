// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/pins` */
export const imPinsListDescriptor: MethodDescriptor = {
  id: 'im.pins.list',
  http: 'GET',
  path: '/open-apis/im/v1/pins',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.pins:read', 'im:message:readonly'] },
    user: { anyOf: ['im:message', 'im:message.pins:read', 'im:message:readonly'] },
  },
  pathParams: {},
  query: {
    chat_id: { type: 'string', required: true },
    start_time: { type: 'string', format: 'unix-ms' },
    end_time: { type: 'string', format: 'unix-ms' },
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
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
