// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_tree.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/chats/{chat_id}/menu_tree` */
export const imChatMenuTreeGetDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_tree.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_tree',
  risk: 'read',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:read', 'im:chat:readonly'] } },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
};
