// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v1/messages/{message_id}` */
export const imMessagesPatchDescriptor: MethodDescriptor = {
  id: 'im.messages.patch',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] },
    user: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { content: { type: 'string', required: true, format: 'json' } },
  },
};
