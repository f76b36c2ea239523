// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.user_setting.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/user_setting/batch_query` */
export const imChatUserSettingBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.chat.user_setting.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/chats/user_setting/batch_query',
  risk: 'read',
  identities: { user: { anyOf: ['im:chat.user_setting:read', 'im:chat.user_setting:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { chat_ids: { type: 'array', required: true, minItems: 1, maxItems: 10, items: { type: 'string' } } },
  },
};
