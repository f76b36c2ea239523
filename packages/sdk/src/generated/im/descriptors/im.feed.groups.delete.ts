// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
