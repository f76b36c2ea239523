// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/messages/mget` */
export const imMessagesMgetDescriptor: MethodDescriptor = {
  id: 'im.messages.mget',
  http: 'GET',
  path: '/open-apis/im/v1/messages/mget',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: {},
  query: {
    message_ids: { type: 'string', required: true, repeated: true, minItems: 1, maxItems: 50 },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    with_sender_name: { type: 'boolean' },
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
  },
};
