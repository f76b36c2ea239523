// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/pins` */
export const imPinsCreateDescriptor: MethodDescriptor = {
  id: 'im.pins.create',
  http: 'POST',
  path: '/open-apis/im/v1/pins',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
    user: { anyOf: ['im:message', 'im:message.pins:write_only', 'im:message:send_as_bot'] },
  },
  pathParams: {},
  query: {},
  body: { encoding: 'json', required: true, fields: { message_id: { type: 'string', required: true } } },
};
