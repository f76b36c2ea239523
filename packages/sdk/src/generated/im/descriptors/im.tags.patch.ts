// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/tags.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v2/tags/{tag_id}` */
export const imTagsPatchDescriptor: MethodDescriptor = {
  id: 'im.tags.patch',
  http: 'PATCH',
  path: '/open-apis/im/v2/tags/{tag_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:tag:write'] } },
  pathParams: { tag_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: false,
    fields: {
      patch_tag: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
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
