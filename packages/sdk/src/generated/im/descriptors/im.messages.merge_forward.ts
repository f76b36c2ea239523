// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages/merge_forward` */
export const imMessagesMergeForwardDescriptor: MethodDescriptor = {
  id: 'im.messages.merge_forward',
  http: 'POST',
  path: '/open-apis/im/v1/messages/merge_forward',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: {},
  query: {
    receive_id_type: {
      type: 'string',
      required: true,
      enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id'],
    },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      receive_id: { type: 'string', required: true },
      message_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
    },
  },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};
