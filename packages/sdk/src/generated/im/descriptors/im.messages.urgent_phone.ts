// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v1/messages/{message_id}/urgent_phone` */
export const imMessagesUrgentPhoneDescriptor: MethodDescriptor = {
  id: 'im.messages.urgent_phone',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}/urgent_phone',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message.urgent:phone'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};
