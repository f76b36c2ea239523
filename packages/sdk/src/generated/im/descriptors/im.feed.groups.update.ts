// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
