// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/groups` */
export const imFeedGroupsListDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.list',
  http: 'GET',
  path: '/open-apis/im/v1/groups',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: {},
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    start_time: { type: 'string', format: 'unix-ms' },
    end_time: { type: 'string', format: 'unix-ms' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'groups',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};
