// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/flags.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/flags` */
export const imFlagsCreateDescriptor: MethodDescriptor = {
  id: 'im.flags.create',
  http: 'POST',
  path: '/open-apis/im/v1/flags',
  risk: 'write',
  identities: { user: { anyOf: ['im:flag:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      flag_items: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            item_id: { type: 'string', required: true },
            item_type: { type: 'string', required: true, enum: ['default', 'thread', 'msg_thread'] },
            flag_type: { type: 'string', required: true, enum: ['message', 'feed'] },
          },
        },
      },
    },
  },
};
