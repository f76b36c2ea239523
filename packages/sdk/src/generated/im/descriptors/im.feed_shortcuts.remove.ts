// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_shortcuts.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v2/feed_shortcuts/remove` */
export const imFeedShortcutsRemoveDescriptor: MethodDescriptor = {
  id: 'im.feed_shortcuts.remove',
  http: 'POST',
  path: '/open-apis/im/v2/feed_shortcuts/remove',
  risk: 'write',
  identities: { user: { anyOf: ['im:feed_shortcut:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      shortcuts: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: { type: { type: 'string', required: true, enum: ['chat'] }, id: { type: 'string', required: true } },
        },
      },
    },
  },
};
