// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_shortcuts.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v2/feed_shortcuts` */
export const imFeedShortcutsCreateDescriptor: MethodDescriptor = {
  id: 'im.feed_shortcuts.create',
  http: 'POST',
  path: '/open-apis/im/v2/feed_shortcuts',
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
      is_header: { type: 'boolean' },
    },
  },
};

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
