// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.announcement.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v1/chats/{chat_id}/announcement` */
export const imChatAnnouncementPatchDescriptor: MethodDescriptor = {
  id: 'im.chat.announcement.patch',
  http: 'PATCH',
  path: '/open-apis/im/v1/chats/{chat_id}/announcement',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.announcement:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.announcement:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      revision: { type: 'string', required: true, format: 'int64' },
      requests: { type: 'array', items: { type: 'string', format: 'json' } },
    },
  },
};
