// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/messages` */
export const imMessagesListDescriptor: MethodDescriptor = {
  id: 'im.messages.list',
  http: 'GET',
  path: '/open-apis/im/v1/messages',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: {},
  query: {
    container_id_type: { type: 'string', required: true, enum: ['chat', 'thread'] },
    container_id: { type: 'string', required: true },
    start_time: { type: 'string', format: 'unix-seconds' },
    end_time: { type: 'string', format: 'unix-seconds' },
    sort_type: { type: 'string', enum: ['ByCreateTimeAsc', 'ByCreateTimeDesc'] },
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    only_thread_root_messages: { type: 'boolean' },
    with_sender_name: { type: 'boolean' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};
