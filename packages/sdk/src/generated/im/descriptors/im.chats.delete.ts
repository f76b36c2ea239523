// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v1/chats/{chat_id}` */
export const imChatsDeleteDescriptor: MethodDescriptor = {
  id: 'im.chats.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}',
  risk: 'high-risk-write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat:delete'] }, user: { anyOf: ['im:chat', 'im:chat:delete'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};
