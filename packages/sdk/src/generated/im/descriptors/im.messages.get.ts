// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/messages/{message_id}` */
export const imMessagesGetDescriptor: MethodDescriptor = {
  id: 'im.messages.get',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    with_sender_name: { type: 'boolean' },
  },
};
