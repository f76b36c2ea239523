// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.top_notice.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/top_notice/delete_top_notice` */
export const imChatTopNoticeDeleteTopNoticeDescriptor: MethodDescriptor = {
  id: 'im.chat.top_notice.delete_top_notice',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/top_notice/delete_top_notice',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.top_notice:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};
