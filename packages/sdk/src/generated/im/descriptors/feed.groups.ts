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

/** `POST /open-apis/im/v1/groups` */
export const imFeedGroupsCreateDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.create',
  http: 'POST',
  path: '/open-apis/im/v1/groups',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { name: { type: 'string', required: true, minLength: 1, maxLength: 60 } },
  },
};

/** `PATCH /open-apis/im/v1/groups/{feed_group_id}` */
export const imFeedGroupsUpdateDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.update',
  http: 'PATCH',
  path: '/open-apis/im/v1/groups/{feed_group_id}',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { name: { type: 'string', required: true, minLength: 1, maxLength: 60 } },
  },
};

/** `DELETE /open-apis/im/v1/groups/{feed_group_id}` */
export const imFeedGroupsDeleteDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/groups/{feed_group_id}',
  risk: 'high-risk-write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v1/groups/batch_query` */
export const imFeedGroupsBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/groups/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { group_ids: { type: 'array', required: true, minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

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

/** `POST /open-apis/im/v1/groups/{feed_group_id}/batch_query_item` */
export const imFeedGroupsBatchQueryItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_query_item',
  http: 'POST',
  path: '/open-apis/im/v1/groups/{feed_group_id}/batch_query_item',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_group_v1:read', 'im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            feed_id: { type: 'string', required: true },
            feed_type: { type: 'string', required: true, enum: ['chat'] },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/groups/{feed_group_id}/batch_add_item` */
export const imFeedGroupsBatchAddItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_add_item',
  http: 'POST',
  path: '/open-apis/im/v1/groups/{feed_group_id}/batch_add_item',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            feed_id: { type: 'string', required: true },
            feed_type: { type: 'string', required: true, enum: ['chat'] },
          },
        },
      },
    },
  },
};

/** `POST /open-apis/im/v1/groups/{feed_group_id}/batch_remove_item` */
export const imFeedGroupsBatchRemoveItemDescriptor: MethodDescriptor = {
  id: 'im.feed.groups.batch_remove_item',
  http: 'POST',
  path: '/open-apis/im/v1/groups/{feed_group_id}/batch_remove_item',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_group_v1:write'] } },
  pathParams: { feed_group_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            feed_id: { type: 'string', required: true },
            feed_type: { type: 'string', required: true, enum: ['chat'] },
          },
        },
      },
    },
  },
};
