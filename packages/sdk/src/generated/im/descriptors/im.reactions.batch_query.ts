// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages/reactions/batch_query` */
export const imReactionsBatchQueryDescriptor: MethodDescriptor = {
  id: 'im.reactions.batch_query',
  http: 'POST',
  path: '/open-apis/im/v1/messages/reactions/batch_query',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message.reactions:read', 'im:message:readonly'] },
    user: { anyOf: ['im:message.reactions:read', 'im:message:readonly'] },
  },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      queries: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 20,
        items: { type: 'object', properties: { message_id: { type: 'string' }, page_token: { type: 'string' } } },
      },
      page_size_per_message: { type: 'integer', minimum: 1, maximum: 10 },
      reaction_type: { type: 'string' },
    },
  },
};
