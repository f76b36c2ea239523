// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/chat_tabs/update_tabs` */
export const imChatTabsUpdateTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.update_tabs',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/update_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: false,
    fields: {
      chat_tabs: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            tab_id: { type: 'string' },
            tab_name: { type: 'string', maxLength: 60 },
            tab_type: {
              type: 'string',
              required: true,
              enum: [
                'message',
                'doc_list',
                'doc',
                'pin',
                'meeting_minute',
                'chat_announcement',
                'url',
                'file',
                'files_resources',
                'images_videos',
                'task',
              ],
            },
            tab_content: {
              type: 'object',
              properties: {
                url: { type: 'string', format: 'uri' },
                doc: { type: 'string', format: 'uri' },
                meeting_minute: { type: 'string' },
                task: { type: 'string' },
              },
            },
            tab_config: { type: 'object', properties: { icon_key: { type: 'string' }, is_built_in: { type: 'boolean' } } },
          },
        },
      },
    },
  },
};
