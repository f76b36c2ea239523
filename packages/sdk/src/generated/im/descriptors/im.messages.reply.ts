// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages/{message_id}/reply` */
export const imMessagesReplyDescriptor: MethodDescriptor = {
  id: 'im.messages.reply',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/reply',
  risk: 'write',
  identities: { bot: { allOf: ['im:message:send_as_bot'] }, user: { allOf: ['im:message.send_as_user', 'im:message'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      content: { type: 'string', required: true, format: 'json' },
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
        ],
      },
      reply_in_thread: { type: 'boolean' },
      uuid: { type: 'string', maxLength: 50 },
    },
  },
  idempotency: { in: 'body', field: 'uuid', auto: true },
};
