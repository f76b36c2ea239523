// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/chat_tabs/sort_tabs` */
export const imChatTabsSortTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.sort_tabs',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/sort_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: { encoding: 'json', required: false, fields: { tab_ids: { type: 'array', items: { type: 'string' } } } },
};
