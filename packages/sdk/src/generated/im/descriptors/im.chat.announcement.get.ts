// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.announcement.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/chats/{chat_id}/announcement` */
export const imChatAnnouncementGetDescriptor: MethodDescriptor = {
  id: 'im.chat.announcement.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/announcement',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.announcement:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.announcement:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] } },
};
