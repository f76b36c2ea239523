// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.nickname.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PUT /open-apis/im/v1/chats/{chat_id}/nickname` */
export const imChatNicknameUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat.nickname.update',
  http: 'PUT',
  path: '/open-apis/im/v1/chats/{chat_id}/nickname',
  risk: 'write',
  identities: { user: { anyOf: ['im:chat.user_setting:write'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: { encoding: 'json', required: true, fields: { nickname: { type: 'string', required: true, minLength: 1 } } },
};
