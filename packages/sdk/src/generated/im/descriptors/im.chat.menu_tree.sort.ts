// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_tree.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/menu_tree/sort` */
export const imChatMenuTreeSortDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_tree.sort',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_tree/sort',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:write_only'] } },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      chat_menu_top_level_ids: { type: 'array', required: true, minItems: 1, maxItems: 3, items: { type: 'string' } },
    },
  },
};
