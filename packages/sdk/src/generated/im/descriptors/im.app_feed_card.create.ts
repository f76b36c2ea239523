// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/app_feed_card.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v2/app_feed_card` */
export const imAppFeedCardCreateDescriptor: MethodDescriptor = {
  id: 'im.app_feed_card.create',
  http: 'POST',
  path: '/open-apis/im/v2/app_feed_card',
  risk: 'write',
  identities: { bot: { anyOf: ['im:app_feed_card:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      app_feed_card: {
        type: 'object',
        required: true,
        properties: {
          biz_id: { type: 'string' },
          title: { type: 'string' },
          avatar_key: { type: 'string' },
          preview: { type: 'string' },
          status_label: {
            type: 'object',
            properties: {
              text: { type: 'string', required: true },
              type: { type: 'string', required: true, enum: ['primary', 'secondary', 'success', 'danger'] },
            },
          },
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
                    text: {
                      type: 'object',
                      required: true,
                      properties: { text: { type: 'string', required: true } },
                    },
                    button_type: { type: 'string', enum: ['default', 'primary', 'success'] },
                    action_map: { type: 'object', additionalProperties: { type: 'string' } },
                  },
                },
              },
            },
          },
          link: {
            type: 'object',
            required: true,
            properties: { link: { type: 'string', format: 'uri', maxLength: 700 } },
          },
          time_sensitive: { type: 'boolean' },
          notify: {
            type: 'object',
            properties: {
              close_notify: { type: 'boolean' },
              custom_sound_text: { type: 'string', maxLength: 20 },
              with_custom_sound: { type: 'boolean' },
            },
          },
        },
      },
      user_ids: { type: 'array', items: { type: 'string' } },
    },
  },
};
