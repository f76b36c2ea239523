// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.user_setting.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/user_setting/batch_update` */
export const imChatUserSettingBatchUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat.user_setting.batch_update',
  http: 'POST',
  path: '/open-apis/im/v1/chats/user_setting/batch_update',
  risk: 'write',
  identities: { user: { anyOf: ['im:chat.user_setting:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      settings: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: {
            chat_id: { type: 'string', required: true },
            is_muted: { type: 'boolean' },
            is_mute_at_all: { type: 'boolean' },
          },
        },
      },
    },
  },
};
