// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat_button.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PUT /open-apis/im/v2/chat_button` */
export const imChatButtonUpdateDescriptor: MethodDescriptor = {
  id: 'im.chat_button.update',
  http: 'PUT',
  path: '/open-apis/im/v2/chat_button',
  risk: 'write',
  identities: { bot: { anyOf: ['im:app_feed_card:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      bot_id: { type: 'string' },
      user_ids: { type: 'array', items: { type: 'string' } },
      chat_id: { type: 'string', required: true },
      buttons: {
        type: 'object',
        properties: {
          buttons: {
            type: 'array',
            required: true,
            items: {
              type: 'object',
              properties: {
                multi_url: {
                  type: 'object',
                  properties: {
                    url: { type: 'string', format: 'uri', maxLength: 700 },
                    android_url: { type: 'string', format: 'uri', maxLength: 700 },
                    ios_url: { type: 'string', format: 'uri', maxLength: 700 },
                    pc_url: { type: 'string', format: 'uri', maxLength: 700 },
                  },
                },
                action_type: { type: 'string', required: true, enum: ['url_page', 'webhook'] },
                text: { type: 'object', required: true, properties: { text: { type: 'string', required: true } } },
                button_type: { type: 'string', enum: ['default', 'primary', 'success'] },
                action_map: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
};
