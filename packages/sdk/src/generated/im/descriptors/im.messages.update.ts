// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PUT /open-apis/im/v1/messages/{message_id}` */
export const imMessagesUpdateDescriptor: MethodDescriptor = {
  id: 'im.messages.update',
  http: 'PUT',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      msg_type: { type: 'string', required: true, enum: ['text', 'post'] },
      content: { type: 'string', required: true, format: 'json' },
    },
  },
};
