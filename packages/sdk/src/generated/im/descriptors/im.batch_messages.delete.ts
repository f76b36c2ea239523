// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/batch_messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v1/batch_messages/{batch_message_id}` */
export const imBatchMessagesDeleteDescriptor: MethodDescriptor = {
  id: 'im.batch_messages.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/batch_messages/{batch_message_id}',
  risk: 'high-risk-write',
  identities: { bot: { anyOf: ['im:message:send_multi_depts', 'im:message:send_multi_users'] } },
  pathParams: { batch_message_id: { type: 'string', required: true } },
  query: {},
};
