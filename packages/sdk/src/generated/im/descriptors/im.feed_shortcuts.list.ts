// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_shortcuts.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v2/feed_shortcuts` */
export const imFeedShortcutsListDescriptor: MethodDescriptor = {
  id: 'im.feed_shortcuts.list',
  http: 'GET',
  path: '/open-apis/im/v2/feed_shortcuts',
  risk: 'read',
  identities: { user: { anyOf: ['im:feed_shortcut:read', 'im:feed_shortcut:write'] } },
  pathParams: {},
  query: { page_token: { type: 'string' } },
};
