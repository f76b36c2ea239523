// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/chats/{chat_id}/members/is_in_chat` */
export const imChatMembersIsInChatDescriptor: MethodDescriptor = {
  id: 'im.chat.members.is_in_chat',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members/is_in_chat',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};
