// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages/{message_id}/reactions` */
export const imReactionsCreateDescriptor: MethodDescriptor = {
  id: 'im.reactions.create',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/reactions',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
    user: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      reaction_type: { type: 'object', required: true, properties: { emoji_type: { type: 'string', required: true } } },
    },
  },
};
