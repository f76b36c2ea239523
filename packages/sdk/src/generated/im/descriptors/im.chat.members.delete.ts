// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v1/chats/{chat_id}/members` */
export const imChatMembersDeleteDescriptor: MethodDescriptor = {
  id: 'im.chat.members.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/members',
  risk: 'high-risk-write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: { id_list: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};
