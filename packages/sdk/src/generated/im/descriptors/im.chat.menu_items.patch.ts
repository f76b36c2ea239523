// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_items.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v1/chats/{chat_id}/menu_items/{menu_item_id}` */
export const imChatMenuItemsPatchDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_items.patch',
  http: 'PATCH',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_items/{menu_item_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:write_only'] } },
  pathParams: { chat_id: { type: 'string', required: true }, menu_item_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      update_fields: {
        type: 'array',
        required: true,
        minItems: 1,
        items: { type: 'string', enum: ['ICON', 'NAME', 'I18N_NAME', 'REDIRECT_LINK'] },
      },
      chat_menu_item: {
        type: 'object',
        required: true,
        properties: {
          action_type: { type: 'string', enum: ['NONE', 'REDIRECT_LINK'] },
          redirect_link: {
            type: 'object',
            properties: {
              common_url: { type: 'string', format: 'uri' },
              ios_url: { type: 'string', format: 'uri' },
              android_url: { type: 'string', format: 'uri' },
              pc_url: { type: 'string', format: 'uri' },
              web_url: { type: 'string', format: 'uri' },
            },
          },
          image_key: { type: 'string' },
          name: { type: 'string', minLength: 1, maxLength: 120 },
          i18n_names: {
            type: 'object',
            properties: {
              zh_cn: { type: 'string', minLength: 1, maxLength: 120 },
              en_us: { type: 'string', minLength: 1, maxLength: 120 },
              ja_jp: { type: 'string', minLength: 1, maxLength: 120 },
            },
          },
        },
      },
    },
  },
};
