// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.nickname.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/chats/{chat_id}/nickname` */
export const imChatNicknameGetDescriptor: MethodDescriptor = {
  id: 'im.chat.nickname.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/nickname',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat.user_setting:read', 'im:chat.user_setting:write'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};
