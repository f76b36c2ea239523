// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/link` */
export const imChatsLinkDescriptor: MethodDescriptor = {
  id: 'im.chats.link',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/link',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: {
    encoding: 'json',
    required: false,
    fields: { validity_period: { type: 'string', enum: ['week', 'year', 'permanently'] } },
  },
};
