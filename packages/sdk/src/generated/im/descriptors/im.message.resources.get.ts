// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/message.resources.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/messages/{message_id}/resources/{file_key}` */
export const imMessageResourcesGetDescriptor: MethodDescriptor = {
  id: 'im.message.resources.get',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}/resources/{file_key}',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:readonly'] },
    user: { anyOf: ['im:message', 'im:message:readonly'] },
  },
  pathParams: { message_id: { type: 'string', required: true }, file_key: { type: 'string', required: true } },
  query: { type: { type: 'string', required: true, enum: ['image', 'file'] } },
  download: { contentTypes: [], range: true },
};
