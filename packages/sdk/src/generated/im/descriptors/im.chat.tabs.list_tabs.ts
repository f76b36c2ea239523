// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs` */
export const imChatTabsListTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.list_tabs',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
};
