// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodDescriptor } from '../../../core/types.js';

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
