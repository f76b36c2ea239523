// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/chat_tabs` */
export const imChatTabsCreateDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      chat_tabs: {
        type: 'array',
        required: true,
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          properties: {
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

/** `DELETE /open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs` */
export const imChatTabsDeleteTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.delete_tabs',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { tab_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs` */
export const imChatTabsListTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.list_tabs',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v1/chats/{chat_id}/chat_tabs/sort_tabs` */
export const imChatTabsSortTabsDescriptor: MethodDescriptor = {
  id: 'im.chat.tabs.sort_tabs',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/chat_tabs/sort_tabs',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.tabs:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: { encoding: 'json', required: false, fields: { tab_ids: { type: 'array', items: { type: 'string' } } } },
};

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
