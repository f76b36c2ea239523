// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
