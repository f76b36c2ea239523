// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs` */
export const imChatTabsDeleteTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.delete_tabs',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { tab_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};
