// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/tags.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v2/tags` */
export const imTagsCreateDescriptor: MethodDescriptor = {
  id: 'im.tags.create',
  http: 'POST',
  path: '/open-apis/im/v2/tags',
  risk: 'write',
  identities: { bot: { anyOf: ['im:tag:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      create_tag: {
        type: 'object',
        required: true,
        properties: {
          tag_type: { type: 'string', required: true, enum: ['tenant'] },
          name: { type: 'string', required: true },
          i18n_names: {
            type: 'array',
            maxItems: 40,
            items: {
              type: 'object',
              properties: { locale: { type: 'string', required: true }, name: { type: 'string' } },
            },
          },
        },
      },
      bot_id: { type: 'string' },
    },
  },
};
