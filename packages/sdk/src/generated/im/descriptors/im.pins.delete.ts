// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v1/pins/{message_id}` */
export const imPinsDeleteDescriptor: MethodDescriptor = {
  id: 'im.pins.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/pins/{message_id}',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
    user: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
};
