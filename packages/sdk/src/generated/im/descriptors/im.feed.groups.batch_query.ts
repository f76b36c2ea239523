// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
