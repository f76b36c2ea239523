// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}` */
export const imReactionsDeleteDescriptor: MethodDescriptor = {
  id: 'im.reactions.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
    user: { anyOf: ['im:message', 'im:message.reactions:write_only'] },
  },
  pathParams: { message_id: { type: 'string', required: true }, reaction_id: { type: 'string', required: true } },
  query: {},
};
