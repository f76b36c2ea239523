// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat_p2p.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chat_p2p/batch_query` */
export const imChatP2pBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.chat_p2p.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/chat_p2p/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat:read'] } },
  pathParams: {},
  query: { chatter_id_type: { type: 'string', enum: ['open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { chatter_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};
