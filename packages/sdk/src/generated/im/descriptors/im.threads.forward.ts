// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/threads.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/threads/{thread_id}/forward` */
export const imThreadsForwardDescriptor: MethodDescriptor = {
  id: 'im.threads.forward',
  http: 'POST',
  path: '/open-apis/im/v1/threads/{thread_id}/forward',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] }, user: { anyOf: ['im:message'] } },
  pathParams: { thread_id: { type: 'string', required: true } },
  query: {
    receive_id_type: {
      type: 'string',
      required: true,
      enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id'],
    },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: { encoding: 'json', required: true, fields: { receive_id: { type: 'string', required: true } } },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};
