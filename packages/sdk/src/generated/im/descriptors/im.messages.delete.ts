// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v1/messages/{message_id}` */
export const imMessagesDeleteDescriptor: MethodDescriptor = {
  id: 'im.messages.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'high-risk-write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:recall', 'im:message:send_as_bot'] },
    user: { anyOf: ['im:message', 'im:message:recall', 'im:message:send_as_bot'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
};
