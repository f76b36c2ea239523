// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/groups/{feed_group_id}/list_item` */
export const imFeedGroupsListItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.list_item',
  http: 'GET',
  path: '/open-apis/im/v1/groups/{feed_group_id}/list_item',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    start_time: { type: 'string', format: 'unix-ms' },
    end_time: { type: 'string', format: 'unix-ms' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};
