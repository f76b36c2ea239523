// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages/read_status` */
export const imMessagesReadStatusDescriptor: MethodDescriptor = {
  id: 'im.messages.read_status',
  http: 'POST',
  path: '/open-apis/im/v1/messages/read_status',
  risk: 'read',
  identities: { user: { anyOf: ['im:message:readonly', 'im:message', 'im:message:get_as_user'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { message_ids: { type: 'array', required: true, minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};
