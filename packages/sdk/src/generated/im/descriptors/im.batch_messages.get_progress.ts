// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/batch_messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/batch_messages/{batch_message_id}/get_progress` */
export const imBatchMessagesGetProgressDescriptor: MethodDescriptor = {
  id: 'im.batch_messages.get_progress',
  http: 'GET',
  path: '/open-apis/im/v1/batch_messages/{batch_message_id}/get_progress',
  risk: 'read',
  identities: { bot: { anyOf: ['im:message:send_multi_depts', 'im:message:send_multi_users'] } },
  pathParams: { batch_message_id: { type: 'string', required: true } },
  query: {},
};
