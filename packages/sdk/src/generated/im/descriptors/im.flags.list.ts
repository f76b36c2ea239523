// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/flags.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/flags` */
export const imFlagsListDescriptor: MethodDescriptor = {
  id: 'im.flags.list',
  http: 'GET',
  path: '/open-apis/im/v1/flags',
  risk: 'read',
  identities: { user: { anyOf: ['im:flag:read', 'im:flag:write'] } },
  pathParams: {},
  query: { page_size: { type: 'integer', minimum: 1, maximum: 50 }, page_token: { type: 'string' } },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'flag_items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};
