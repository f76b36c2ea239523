// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages` */
export const imMessagesCreateDescriptor: MethodDescriptor = {
  id: 'im.messages.create',
  http: 'POST',
  path: '/open-apis/im/v1/messages',
  risk: 'write',
  identities: { bot: { allOf: ['im:message:send_as_bot'] }, user: { allOf: ['im:message.send_as_user', 'im:message'] } },
  pathParams: {},
  query: {
    receive_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id'] },
  },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      receive_id: { type: 'string', required: true },
      msg_type: {
        type: 'string',
        required: true,
        enum: [
          'text',
          'post',
          'image',
          'file',
          'audio',
          'media',
          'sticker',
          'interactive',
          'share_chat',
          'share_user',
          'system',
        ],
      },
      content: { type: 'string', required: true, format: 'json' },
      uuid: { type: 'string', maxLength: 50 },
    },
  },
  idempotency: { in: 'body', field: 'uuid', auto: true },
};
