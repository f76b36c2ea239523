// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.managers.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/managers/delete_managers` */
export const imChatManagersDeleteManagersDescriptor: MethodDescriptor = {
  id: 'im.chat.managers.delete_managers',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/managers/delete_managers',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.managers:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.managers:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: { manager_ids: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};
