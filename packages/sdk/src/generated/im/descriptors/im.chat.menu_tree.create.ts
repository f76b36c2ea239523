// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_tree.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/menu_tree` */
export const imChatMenuTreeCreateDescriptor: MethodDescriptor = {
  id: 'im.chat.menu_tree.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/menu_tree',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat.menu_tree:write_only'] } },
  pathParams: { chat_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      menu_tree: {
        type: 'object',
        required: true,
        properties: {
          chat_menu_top_levels: {
            type: 'array',
            required: true,
            minItems: 1,
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                chat_menu_item: {
                  type: 'object',
                  required: true,
                  properties: {
                    action_type: { type: 'string', required: true, enum: ['NONE', 'REDIRECT_LINK'] },
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
                    name: { type: 'string', required: true, minLength: 1, maxLength: 120 },
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
                children: {
                  type: 'array',
                  maxItems: 5,
                  items: {
                    type: 'object',
                    properties: {
                      chat_menu_item: {
                        type: 'object',
                        required: true,
                        properties: {
                          action_type: { type: 'string', required: true, enum: ['NONE', 'REDIRECT_LINK'] },
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
                          name: { type: 'string', required: true, minLength: 1, maxLength: 120 },
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
                },
              },
            },
          },
        },
      },
    },
  },
};
