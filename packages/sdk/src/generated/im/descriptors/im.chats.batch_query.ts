// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/batch_query` */
export const imChatsBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.chats.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/chats/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat:read'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { chat_ids: { type: 'array', required: true, minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};
