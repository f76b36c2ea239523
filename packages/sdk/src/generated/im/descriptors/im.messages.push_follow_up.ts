// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages/{message_id}/push_follow_up` */
export const imMessagesPushFollowUpDescriptor: MethodDescriptor = {
  id: 'im.messages.push_follow_up',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/push_follow_up',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      follow_ups: {
        type: 'array',
        required: true,
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            content: { type: 'string', required: true },
            i18n_contents: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  content: { type: 'string', required: true },
                  language: {
                    type: 'string',
                    required: true,
                    enum: [
                      'en_us',
                      'zh_cn',
                      'zh_hk',
                      'zh_tw',
                      'ja_jp',
                      'id_id',
                      'vi_vn',
                      'th_th',
                      'pt_br',
                      'es_es',
                      'ko_kr',
                      'de_de',
                      'fr_fr',
                      'it_it',
                      'ru_ru',
                      'ms_my',
                    ],
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
