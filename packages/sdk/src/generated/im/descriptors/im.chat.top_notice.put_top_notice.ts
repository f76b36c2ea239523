// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.top_notice.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/top_notice/put_top_notice` */
export const imChatTopNoticePutTopNoticeDescriptor: MethodDescriptor = {
  id: 'im.chat.top_notice.put_top_notice',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/top_notice/put_top_notice',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      chat_top_notice: {
        type: 'array',
        required: true,
        minItems: 1,
        items: {
          type: 'object',
          properties: { action_type: { type: 'string', enum: ['1', '2'] }, message_id: { type: 'string' } },
        },
      },
    },
  },
};
