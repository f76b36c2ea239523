// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v1/chats/{chat_id}/members/me_join` */
export const imChatMembersMeJoinDescriptor: MethodDescriptor = {
  id: 'im.chat.members.me_join',
  http: 'PATCH',
  path: '/open-apis/im/v1/chats/{chat_id}/members/me_join',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};
