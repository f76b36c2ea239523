// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.moderation.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PUT /open-apis/im/v1/chats/{chat_id}/moderation` */
export const imChatModerationUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat.moderation.update',
  http: 'PUT',
  path: '/open-apis/im/v1/chats/{chat_id}/moderation',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat:moderation:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat:moderation:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      moderation_setting: { type: 'string', enum: ['all_members', 'only_owner', 'moderator_list'] },
      moderator_added_list: { type: 'array', items: { type: 'string' } },
      moderator_removed_list: { type: 'array', items: { type: 'string' } },
    },
  },
};
