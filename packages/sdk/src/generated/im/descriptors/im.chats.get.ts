// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/chats/{chat_id}` */
export const imChatsGetDescriptor: MethodDescriptor = {
  id: 'im.chats.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
};
